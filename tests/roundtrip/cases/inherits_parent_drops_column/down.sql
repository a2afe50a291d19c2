-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, index-build

-- + table public.events: add column note text [access-exclusive-lock]
ALTER TABLE public.events ADD COLUMN note text;

-- + table public.events: add column source text [access-exclusive-lock]
ALTER TABLE public.events ADD COLUMN source text;

-- + index public.logins_source_idx: create index [index-build]
CREATE INDEX logins_source_idx ON public.logins USING btree (source);
