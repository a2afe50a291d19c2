-- schemac migration: up
-- 5 steps; hazards: untracked-dependencies, validates-constraint

-- ~ enum type public.feeling: rename enum type "mood" to "feeling"
ALTER TYPE public.mood RENAME TO feeling;

-- ~ domain public.above_zero: rename domain "positive" to "above_zero"
ALTER DOMAIN public.positive RENAME TO above_zero;

-- ~ composite type public.coordinates: rename composite type "point2" to "coordinates"
ALTER TYPE public.point2 RENAME TO coordinates;

-- ~ function public.cheer(public.feeling): alter function: replace definition [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.cheer(m public.feeling)
 RETURNS public.feeling
 LANGUAGE sql
AS $function$ SELECT 'happy'::feeling $function$;

-- ~ domain public.above_zero: alter domain: drop check positive_check, add check above_zero_check [validates-constraint]
ALTER DOMAIN public.above_zero DROP CONSTRAINT positive_check;
ALTER DOMAIN public.above_zero ADD CONSTRAINT above_zero_check CHECK ((VALUE > 0));
