-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.events: drop foreign key events_kind_fkey [access-exclusive-lock]
ALTER TABLE public.events DROP CONSTRAINT events_kind_fkey;

-- - table public.kinds: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.kinds;

-- - table public.replies: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.replies;
