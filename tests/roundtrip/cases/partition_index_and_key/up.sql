-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, index-build

-- + table public.events: add unique constraint events_kind_at_key [access-exclusive-lock, index-build]
ALTER TABLE public.events ADD CONSTRAINT events_kind_at_key UNIQUE (kind, at);

-- + index public.events_2024_id_idx: create index [index-build]
CREATE INDEX events_2024_id_idx ON public.events_2024 USING btree (id);

-- + index public.events_kind_idx: create index [index-build]
CREATE INDEX events_kind_idx ON public.events USING btree (kind);
