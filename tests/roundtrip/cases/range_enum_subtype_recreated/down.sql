-- schemac migration: down
-- 5 steps; no hazards

-- - function public.widest(): drop function to create it again
DROP FUNCTION public.widest();

-- - range type public.level_span: drop range type to create it again
DROP TYPE public.level_span;

-- ~ enum type public.level: recreate with the values in a new order
ALTER TYPE public.level RENAME TO level_old;
CREATE TYPE public.level AS ENUM ('low', 'high', 'mid');
DROP TYPE public.level_old;

-- + range type public.level_span: create range type again
CREATE TYPE public.level_span AS RANGE (
    SUBTYPE = public.level,
    MULTIRANGE_TYPE_NAME = public.level_span_multirange
);

-- + function public.widest(): create function again
CREATE OR REPLACE FUNCTION public.widest()
 RETURNS public.level_span
 LANGUAGE sql
RETURN public.level_span('low'::public.level, 'high'::public.level, '[]'::text);
