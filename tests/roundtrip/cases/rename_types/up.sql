-- schemac migration: up
-- 5 steps; hazards: untracked-dependencies

-- ~ enum type public.feeling: rename enum type "mood" to "feeling"
ALTER TYPE public.mood RENAME TO feeling;

-- ~ domain public.above_zero: rename domain "positive" to "above_zero"
ALTER DOMAIN public.positive RENAME TO above_zero;

-- ~ composite type public.coordinates: rename composite type "point2" to "coordinates"
ALTER TYPE public.point2 RENAME TO coordinates;

-- ~ domain public.above_zero: rename check "positive_check" to "above_zero_check"
ALTER DOMAIN public.above_zero RENAME CONSTRAINT positive_check TO above_zero_check;

-- ~ function public.cheer(public.feeling): alter function: replace definition [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.cheer(m public.feeling)
 RETURNS public.feeling
 LANGUAGE sql
AS $function$ SELECT 'happy'::feeling $function$;
