-- schemac migration: up
-- 2 steps; no hazards

-- ~ function public.clean_up(integer): rename function "tidy" to "clean_up"
ALTER PROCEDURE public.tidy(integer) RENAME TO clean_up;

-- ~ function public.new_code(): rename function "next_code" to "new_code"
ALTER FUNCTION public.next_code() RENAME TO new_code;
