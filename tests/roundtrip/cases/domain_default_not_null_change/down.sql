-- schemac migration: down
-- 1 step; hazards: validates-constraint

-- ~ domain public.quantity: alter domain: set default, set not null, remove comment [validates-constraint]
ALTER DOMAIN public.quantity SET DEFAULT 1;
ALTER DOMAIN public.quantity SET NOT NULL;
COMMENT ON DOMAIN public.quantity IS NULL;
