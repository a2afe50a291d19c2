-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.events: alter column created: type timestamp with time zone -> bigint [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events ALTER COLUMN created TYPE bigint USING extract(epoch FROM created)::bigint;
