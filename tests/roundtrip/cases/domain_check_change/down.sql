-- schemac migration: down
-- 1 step; hazards: validates-constraint

-- ~ domain public.email: alter domain: drop check email_has_at, drop check email_lower, add check email_has_at, add check email_short [validates-constraint]
ALTER DOMAIN public.email DROP CONSTRAINT email_has_at;
ALTER DOMAIN public.email DROP CONSTRAINT email_lower;
ALTER DOMAIN public.email ADD CONSTRAINT email_has_at CHECK ((VALUE ~~ '%@%'::text));
ALTER DOMAIN public.email ADD CONSTRAINT email_short CHECK ((length(VALUE) < 200));
