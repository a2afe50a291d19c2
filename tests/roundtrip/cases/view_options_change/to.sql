CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age integer
);
CREATE VIEW public.adults WITH (security_barrier, security_invoker = true) AS SELECT id, name FROM public.people WHERE age >= 18;
