-- schemac migration: down
-- 1 step; no hazards

-- ~ composite type public.dims: alter composite type: remove comment, change comments on attributes
COMMENT ON TYPE public.dims IS NULL;
COMMENT ON COLUMN public.dims.h IS NULL;
COMMENT ON COLUMN public.dims.w IS 'width';
