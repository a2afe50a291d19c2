-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, irreversible-down, table-rewrite

-- ~ enum type public.plan: recreate without value 'team' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE public.plan RENAME TO plan_old;
CREATE TYPE public.plan AS ENUM ('free', 'pro', 'enterprise');
ALTER TABLE public.subscriptions ALTER COLUMN plan DROP DEFAULT;
ALTER TABLE public.subscriptions ALTER COLUMN plan TYPE public.plan USING plan::text::public.plan;
ALTER TABLE public.subscriptions ALTER COLUMN plan SET DEFAULT 'free'::public.plan;
DROP TYPE public.plan_old;
