-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- + table public.people: add column full_name text GENERATED ALWAYS AS (((first_name || ' '::text) || last_name)) STORED [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN full_name text GENERATED ALWAYS AS (((first_name || ' '::text) || last_name)) STORED;
