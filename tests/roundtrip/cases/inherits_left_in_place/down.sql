-- schemac migration: down
-- 12 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, table-rewrite, validates-constraint

-- ~ table public.swapped: no longer inherit from public.tagged, public.base: queries of public.tagged, public.base no longer read its rows [access-exclusive-lock]
ALTER TABLE public.swapped NO INHERIT public.tagged;
ALTER TABLE public.swapped NO INHERIT public.base;

-- - table public.heir: drop table to create it again inheriting from public.gone [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.heir;

-- ~ table public.base: alter column id: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.base ALTER COLUMN id TYPE bigint;

-- ~ table public.swapped: alter column id: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.swapped ALTER COLUMN id TYPE bigint;

-- + table public.gone: create table (1 column, 1 constraint)
CREATE TABLE public.gone (
    CONSTRAINT gone_g_check CHECK ((g > 0))
) INHERITS (public.grand);

-- + table public.heir: create table (1 column, 0 constraints)
CREATE TABLE public.heir () INHERITS (public.gone);

-- + table public.orphan: add column g integer [access-exclusive-lock]
ALTER TABLE public.orphan ADD COLUMN g integer;

-- + table public.orphan: add check constraint gone_g_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.orphan ADD CONSTRAINT gone_g_check CHECK ((g > 0));

-- + table public.orphan: add check constraint grand_g_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.orphan ADD CONSTRAINT grand_g_check CHECK ((g < 100));

-- ~ table public.item: inherit from public.tagged: queries of public.tagged read its rows too [access-exclusive-lock]
ALTER TABLE public.item INHERIT public.tagged;

-- ~ table public.orphan: inherit from public.gone: queries of public.gone read its rows too [access-exclusive-lock]
ALTER TABLE public.orphan INHERIT public.gone;

-- ~ table public.swapped: inherit from public.base, public.tagged: queries of public.base, public.tagged read its rows too [access-exclusive-lock]
ALTER TABLE public.swapped INHERIT public.base;
ALTER TABLE public.swapped INHERIT public.tagged;
