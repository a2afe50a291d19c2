-- schemac migration: up
-- 6 steps; hazards: access-exclusive-lock

-- ~ table public.accounts: make it a typed table of public.account_row [access-exclusive-lock]
ALTER TABLE public.accounts OF public.account_row;

-- ~ table public.items: not of type public.item_row [access-exclusive-lock]
ALTER TABLE public.items NOT OF;

-- - composite type public.item_row: drop composite type
DROP TYPE public.item_row;

-- ~ table public.items: make it a typed table of public.item_row_v2 [access-exclusive-lock]
ALTER TABLE public.items OF public.item_row_v2;

-- ~ table public.notes: not of type public.account_row [access-exclusive-lock]
ALTER TABLE public.notes NOT OF;

-- + table public.notes: add column body text [access-exclusive-lock]
ALTER TABLE public.notes ADD COLUMN body text;
