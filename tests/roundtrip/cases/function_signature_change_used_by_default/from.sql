CREATE FUNCTION public.next_code() RETURNS text LANGUAGE sql VOLATILE RETURN 'C' || floor(random() * 1000)::integer;
CREATE TABLE public.items (
    id integer PRIMARY KEY,
    code text NOT NULL DEFAULT public.next_code()
);
