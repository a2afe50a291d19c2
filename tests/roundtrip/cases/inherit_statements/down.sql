-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- ~ table public.joined: no longer inherit from public.parent: queries of public.parent no longer read its rows [access-exclusive-lock]
ALTER TABLE public.joined NO INHERIT public.parent;

-- - table public.leaving: drop table to create it again inheriting from public.parent [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.leaving;

-- + table public.leaving: create table (1 column, 0 constraints)
CREATE TABLE public.leaving () INHERITS (public.parent);
