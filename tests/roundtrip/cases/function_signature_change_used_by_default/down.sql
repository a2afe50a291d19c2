-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- + function public.next_code(): create function
CREATE OR REPLACE FUNCTION public.next_code()
 RETURNS text
 LANGUAGE sql
RETURN ('C'::text || (floor((random() * (1000)::double precision)))::integer);

-- ~ table public.items: alter column code: set default public.next_code() [access-exclusive-lock]
ALTER TABLE ONLY public.items ALTER COLUMN code DROP DEFAULT;
ALTER TABLE ONLY public.items ALTER COLUMN code SET DEFAULT public.next_code();

-- - function public.next_code(text): drop function
DROP FUNCTION public.next_code(text);
