-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- - index public.m_v: drop index [access-exclusive-lock]
DROP INDEX public.m_v;

-- ~ index public.m_id: alter index: set comment
COMMENT ON INDEX public.m_id IS 'for REFRESH ... CONCURRENTLY';
