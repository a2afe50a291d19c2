CREATE TABLE public.events (
    id integer PRIMARY KEY,
    happened_at timestamp with time zone NOT NULL DEFAULT now()
);
