-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.people: alter column name: type character varying(50) -> character varying(20) [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.people ALTER COLUMN name TYPE character varying(20);
