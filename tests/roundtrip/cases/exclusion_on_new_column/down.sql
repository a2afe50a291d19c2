-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.leases: drop exclusion constraint leases_term_excl [access-exclusive-lock]
ALTER TABLE public.leases DROP CONSTRAINT leases_term_excl;

-- - table public.leases: drop column term [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.leases DROP COLUMN term;
