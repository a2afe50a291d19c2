CREATE TABLE public.events (
    name text NOT NULL,
    happened_at timestamp with time zone NOT NULL
);
