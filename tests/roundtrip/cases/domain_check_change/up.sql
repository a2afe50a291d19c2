-- schemac migration: up
-- 1 step; hazards: validates-constraint

-- ~ domain public.email: alter domain: drop check email_has_at, drop check email_short, add check email_has_at, add check email_lower [validates-constraint]
ALTER DOMAIN public.email DROP CONSTRAINT email_has_at;
ALTER DOMAIN public.email DROP CONSTRAINT email_short;
ALTER DOMAIN public.email ADD CONSTRAINT email_has_at CHECK ((VALUE ~~ '%_@_%'::text));
ALTER DOMAIN public.email ADD CONSTRAINT email_lower CHECK ((VALUE = lower(VALUE)));
