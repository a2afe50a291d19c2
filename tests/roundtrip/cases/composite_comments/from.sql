CREATE TYPE public.dims AS (w integer, h integer);
COMMENT ON COLUMN public.dims.w IS 'width';
