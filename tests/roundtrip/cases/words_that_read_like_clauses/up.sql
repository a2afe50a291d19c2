-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- + table public.rules: add column exclude boolean DEFAULT false NOT NULL [access-exclusive-lock]
ALTER TABLE public.rules ADD COLUMN exclude boolean DEFAULT false NOT NULL;

-- + table public.rules: add column note text [access-exclusive-lock]
ALTER TABLE public.rules ADD COLUMN note text;

-- + table public.rules: add exclusion constraint rules_id_excl [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.rules ADD CONSTRAINT rules_id_excl EXCLUDE USING btree (id WITH =) WHERE (exclude);

-- + function public.rule_flag(boolean, boolean, text): create function
CREATE OR REPLACE FUNCTION public.rule_flag(a boolean DEFAULT (NULL::unknown IS NULL), b boolean DEFAULT (NOT true), c text DEFAULT ('x'::text COLLATE "C"))
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
RETURN (a AND (NOT b) AND (c IS NOT NULL));
