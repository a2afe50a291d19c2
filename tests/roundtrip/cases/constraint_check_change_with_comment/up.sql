-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- - table public.people: drop check constraint people_email_check to add it again [access-exclusive-lock]
ALTER TABLE public.people DROP CONSTRAINT people_email_check;

-- + table public.people: add again check constraint people_email_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.people ADD CONSTRAINT people_email_check CHECK (((email ~~ '%_@_%'::text) AND (length(email) <= 254)));
COMMENT ON CONSTRAINT people_email_check ON public.people IS 'Rough e-mail shape';
