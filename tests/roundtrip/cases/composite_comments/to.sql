CREATE TYPE public.dims AS (w integer, h integer);
COMMENT ON TYPE public.dims IS 'dimensions';
COMMENT ON COLUMN public.dims.h IS 'height';
