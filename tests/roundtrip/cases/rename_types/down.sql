-- schemac migration: down
-- 5 steps; hazards: untracked-dependencies

-- ~ domain public.above_zero: rename check "above_zero_check" to "positive_check"
ALTER DOMAIN public.above_zero RENAME CONSTRAINT above_zero_check TO positive_check;

-- ~ composite type public.point2: rename composite type "coordinates" to "point2"
ALTER TYPE public.coordinates RENAME TO point2;

-- ~ domain public.positive: rename domain "above_zero" to "positive"
ALTER DOMAIN public.above_zero RENAME TO positive;

-- ~ enum type public.mood: rename enum type "feeling" to "mood"
ALTER TYPE public.feeling RENAME TO mood;

-- ~ function public.cheer(public.mood): alter function: replace definition [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.cheer(m public.mood)
 RETURNS public.mood
 LANGUAGE sql
AS $function$ SELECT 'happy'::mood $function$;
