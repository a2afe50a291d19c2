-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.contacts: drop column address [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.contacts DROP COLUMN address;

-- - table public.contacts: drop column copies [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.contacts DROP COLUMN copies;

-- - domain public.quantity: drop domain
DROP DOMAIN public.quantity;

-- - table public.contacts: drop column others [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.contacts DROP COLUMN others;

-- - domain public.email: drop domain
DROP DOMAIN public.email;
