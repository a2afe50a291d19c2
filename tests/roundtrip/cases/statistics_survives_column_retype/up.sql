-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.addresses: alter column city: type text -> character varying(100) [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.addresses ALTER COLUMN city TYPE character varying(100);
