CREATE TYPE public.dims AS (w integer, h integer);
CREATE TABLE public.boxes (id integer PRIMARY KEY, size public.dims);
COMMENT ON COLUMN public.dims.w IS 'width';
