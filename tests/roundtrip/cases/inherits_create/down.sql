-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.payments: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.payments;

-- - table public.tagged_logins: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.tagged_logins;

-- - table public.logins: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.logins;

-- - table public.tagged: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.tagged;
