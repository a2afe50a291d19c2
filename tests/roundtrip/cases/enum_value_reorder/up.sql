-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ enum type public.severity: recreate with the values in a new order [table-rewrite, access-exclusive-lock]
ALTER TYPE public.severity RENAME TO severity_old;
CREATE TYPE public.severity AS ENUM ('low', 'medium', 'high');
ALTER TABLE public.alerts ALTER COLUMN severity DROP DEFAULT;
ALTER TABLE public.alerts ALTER COLUMN severity TYPE public.severity USING severity::text::public.severity;
ALTER TABLE public.alerts ALTER COLUMN severity SET DEFAULT 'low'::public.severity;
DROP TYPE public.severity_old;
COMMENT ON TYPE public.severity IS 'Alert severity, in sort order';
