-- schemac migration: down
-- 2 steps; no hazards

-- ~ function public.next_n(integer): rename function "following" to "next_n"
ALTER FUNCTION public.following(integer) RENAME TO next_n;

-- ~ function public.tidy(integer): rename function "clean_up" to "tidy"
ALTER PROCEDURE public.clean_up(integer) RENAME TO tidy;
