-- schemac migration: up
-- 1 step; no hazards

-- ~ domain public.quantity: alter domain: set default, drop not null, set comment
ALTER DOMAIN public.quantity SET DEFAULT 0;
ALTER DOMAIN public.quantity DROP NOT NULL;
COMMENT ON DOMAIN public.quantity IS 'how many';
