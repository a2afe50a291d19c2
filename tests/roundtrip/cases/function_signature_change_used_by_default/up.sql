-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- + function public.next_code(text): create function
CREATE OR REPLACE FUNCTION public.next_code(prefix text)
 RETURNS text
 LANGUAGE sql
RETURN (prefix || (floor((random() * (1000)::double precision)))::integer);

-- ~ table public.items: alter column code: set default public.next_code('C'::text) [access-exclusive-lock]
ALTER TABLE ONLY public.items ALTER COLUMN code DROP DEFAULT;
ALTER TABLE ONLY public.items ALTER COLUMN code SET DEFAULT public.next_code('C'::text);

-- - function public.next_code(): drop function
DROP FUNCTION public.next_code();
