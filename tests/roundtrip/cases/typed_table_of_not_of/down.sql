-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.notes: drop column body [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.notes DROP COLUMN body;

-- ~ table public.accounts: not of type public.account_row [access-exclusive-lock]
ALTER TABLE public.accounts NOT OF;

-- ~ table public.items: not of type public.item_row_v2 [access-exclusive-lock]
ALTER TABLE public.items NOT OF;

-- ~ table public.notes: make it a typed table of public.account_row [access-exclusive-lock]
ALTER TABLE public.notes OF public.account_row;

-- + composite type public.item_row: create composite type
CREATE TYPE public.item_row AS (
    id integer,
    label text
);

-- ~ table public.items: make it a typed table of public.item_row [access-exclusive-lock]
ALTER TABLE public.items OF public.item_row;
