-- schemac migration: up
-- 4 steps; hazards: untracked-dependencies

-- - function public.place(): drop function to create it again
DROP FUNCTION public.place();

-- + function public.place(): create function again [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.place()
 RETURNS bigint
 LANGUAGE internal
 WINDOW IMMUTABLE
AS $function$window_rank$function$;

-- + function public."row no"(): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION public."row no"()
 RETURNS bigint
 LANGUAGE internal
 WINDOW
AS $function$window_row_number$function$;
COMMENT ON FUNCTION public."row no"() IS 'the number of the row in its partition';

-- + view public.ranked: create view
CREATE VIEW public.ranked (id, place, n) AS
SELECT scores.id,
    public.place() OVER (ORDER BY scores.score DESC) AS place,
    public."row no"() OVER (ORDER BY scores.id) AS n
   FROM public.scores;
