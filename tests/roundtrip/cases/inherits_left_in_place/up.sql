-- schemac migration: up
-- 11 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, table-rewrite

-- ~ table public.heir: no longer inherit from public.gone: queries of public.gone no longer read its rows [access-exclusive-lock]
ALTER TABLE public.heir NO INHERIT public.gone;
ALTER TABLE public.heir DROP CONSTRAINT gone_g_check;
ALTER TABLE public.heir DROP CONSTRAINT grand_g_check;

-- ~ table public.item: no longer inherit from public.tagged: queries of public.tagged no longer read its rows [access-exclusive-lock]
ALTER TABLE public.item NO INHERIT public.tagged;

-- ~ table public.orphan: no longer inherit from public.gone: queries of public.gone no longer read its rows [access-exclusive-lock]
ALTER TABLE public.orphan NO INHERIT public.gone;

-- ~ table public.swapped: no longer inherit from public.base, public.tagged: queries of public.base, public.tagged no longer read its rows [access-exclusive-lock]
ALTER TABLE public.swapped NO INHERIT public.base;
ALTER TABLE public.swapped NO INHERIT public.tagged;

-- - table public.orphan: drop check constraint gone_g_check [access-exclusive-lock]
ALTER TABLE public.orphan DROP CONSTRAINT gone_g_check;

-- - table public.orphan: drop check constraint grand_g_check [access-exclusive-lock]
ALTER TABLE public.orphan DROP CONSTRAINT grand_g_check;

-- - table public.orphan: drop column g [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.orphan DROP COLUMN g;

-- - table public.gone: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.gone;

-- ~ table public.base: alter column id: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.base ALTER COLUMN id TYPE integer;

-- ~ table public.swapped: alter column id: type bigint -> integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.swapped ALTER COLUMN id TYPE integer;

-- ~ table public.swapped: inherit from public.tagged, public.base: queries of public.tagged, public.base read its rows too [access-exclusive-lock]
ALTER TABLE public.swapped INHERIT public.tagged;
ALTER TABLE public.swapped INHERIT public.base;
