CREATE TABLE public.nodes (
    id integer PRIMARY KEY,
    next_id integer REFERENCES public.nodes DEFERRABLE INITIALLY DEFERRED
);
