CREATE TABLE public.events (
    id integer PRIMARY KEY,
    happened_at timestamp without time zone NOT NULL DEFAULT now()
);
