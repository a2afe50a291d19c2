-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, index-build

-- - index public.events_at: drop index to create it again [access-exclusive-lock]
DROP INDEX public.events_at;

-- + index public.events_at: create index again [index-build]
CREATE INDEX events_at ON public.events USING btree (at);

-- ~ table public.events: cluster on events_at
ALTER TABLE public.events CLUSTER ON events_at;
