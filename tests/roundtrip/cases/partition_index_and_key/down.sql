-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- - index public.events_2024_id_idx: drop index [access-exclusive-lock]
DROP INDEX public.events_2024_id_idx;

-- - index public.events_kind_idx: drop index [access-exclusive-lock]
DROP INDEX public.events_kind_idx;

-- - table public.events: drop unique constraint events_kind_at_key [access-exclusive-lock]
ALTER TABLE public.events DROP CONSTRAINT events_kind_at_key;
