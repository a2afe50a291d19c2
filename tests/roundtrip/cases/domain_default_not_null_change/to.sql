CREATE DOMAIN public.quantity AS integer DEFAULT 0;
COMMENT ON DOMAIN public.quantity IS 'how many';
CREATE TABLE public.lines (id integer PRIMARY KEY, amount public.quantity);
