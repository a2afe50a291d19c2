-- schemac migration: up
-- 4 steps; hazards: deletes-data

-- - materialized view public.m: drop materialized view to create it again [deletes-data]
DROP MATERIALIZED VIEW public.m;

-- - function public.tidy(text): drop function to create it again
DROP FUNCTION public.tidy(text);

-- + function public.tidy(text): create function again
CREATE OR REPLACE FUNCTION public.tidy(raw text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN lower(TRIM(BOTH FROM raw));

-- + materialized view public.m: create materialized view again
CREATE MATERIALIZED VIEW public.m (id, v) AS
SELECT t.id,
    public.tidy(t.v) AS v
   FROM public.t
  WITH DATA;
