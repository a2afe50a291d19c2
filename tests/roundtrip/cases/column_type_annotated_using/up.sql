-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.events: alter column created: type bigint -> timestamp with time zone [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.events ALTER COLUMN created TYPE timestamp with time zone USING to_timestamp(created);
