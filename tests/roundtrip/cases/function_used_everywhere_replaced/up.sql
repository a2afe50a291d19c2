-- schemac migration: up
-- 1 step; no hazards

-- ~ function public.slug(text): alter function: replace definition
CREATE OR REPLACE FUNCTION public.slug(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN replace(lower(t), ' '::text, '-'::text);
