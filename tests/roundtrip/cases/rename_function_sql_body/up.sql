-- schemac migration: up
-- 2 steps; no hazards

-- ~ function public.clean_up(integer): rename function "tidy" to "clean_up"
ALTER PROCEDURE public.tidy(integer) RENAME TO clean_up;

-- ~ function public.following(integer): rename function "next_n" to "following"
ALTER FUNCTION public.next_n(integer) RENAME TO following;
