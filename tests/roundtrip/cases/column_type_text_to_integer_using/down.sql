-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- ~ table public.products: alter column stock: type integer -> text, set default '0'::text [table-rewrite, access-exclusive-lock]
ALTER TABLE public.products ALTER COLUMN stock DROP DEFAULT;
ALTER TABLE public.products ALTER COLUMN stock TYPE text;
ALTER TABLE ONLY public.products ALTER COLUMN stock SET DEFAULT '0'::text;
