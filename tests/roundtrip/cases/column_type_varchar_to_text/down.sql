-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.people: alter column email: type text -> character varying(100) [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people ALTER COLUMN email TYPE character varying(100);
