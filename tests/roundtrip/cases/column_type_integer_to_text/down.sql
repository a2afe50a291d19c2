-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.products: alter column code: type text -> integer [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.products ALTER COLUMN code TYPE integer USING code::integer;
