-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, table-rewrite

-- + table public.people: add column created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN created_at timestamp with time zone DEFAULT clock_timestamp() NOT NULL;

-- + table public.people: add column public_id uuid DEFAULT gen_random_uuid() NOT NULL [table-rewrite, access-exclusive-lock]
ALTER TABLE public.people ADD COLUMN public_id uuid DEFAULT gen_random_uuid() NOT NULL;
