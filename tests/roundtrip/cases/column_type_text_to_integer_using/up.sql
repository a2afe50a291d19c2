-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ table public.products: alter column stock: type text -> integer, set default 0 [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE public.products ALTER COLUMN stock DROP DEFAULT;
ALTER TABLE public.products ALTER COLUMN stock TYPE integer USING stock::integer;
ALTER TABLE ONLY public.products ALTER COLUMN stock SET DEFAULT 0;
