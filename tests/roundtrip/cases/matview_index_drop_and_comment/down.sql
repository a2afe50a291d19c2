-- schemac migration: down
-- 2 steps; hazards: index-build

-- ~ index public.m_id: alter index: remove comment
COMMENT ON INDEX public.m_id IS NULL;

-- + index public.m_v: create index [index-build]
CREATE INDEX m_v ON public.m USING btree (v);
