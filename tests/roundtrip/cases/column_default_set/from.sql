CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    priority integer NOT NULL,
    created_at timestamp with time zone
);
