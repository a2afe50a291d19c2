CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    priority integer NOT NULL DEFAULT 3,
    title text NOT NULL DEFAULT 'untitled',
    due_in interval DEFAULT '7 days'
);
