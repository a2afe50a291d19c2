-- schemac migration: up
-- 1 step; no hazards

-- ~ composite type public.dims: alter composite type: set comment, change comments on attributes
COMMENT ON TYPE public.dims IS 'dimensions';
COMMENT ON COLUMN public.dims.h IS 'height';
COMMENT ON COLUMN public.dims.w IS NULL;
