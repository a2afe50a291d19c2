CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    priority integer NOT NULL DEFAULT 5,
    title text NOT NULL DEFAULT '',
    due_in interval DEFAULT '14 days'
);
