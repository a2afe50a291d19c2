-- schemac migration: down
-- 2 steps; no hazards

-- ~ function public.next_code(): rename function "new_code" to "next_code"
ALTER FUNCTION public.new_code() RENAME TO next_code;

-- ~ function public.tidy(integer): rename function "clean_up" to "tidy"
ALTER PROCEDURE public.clean_up(integer) RENAME TO tidy;
