CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    priority integer NOT NULL DEFAULT 3,
    created_at timestamp with time zone DEFAULT now()
);
