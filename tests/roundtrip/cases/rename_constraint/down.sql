-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.u: rename constraint "u_references_t" to "u_t" [access-exclusive-lock]
ALTER TABLE public.u RENAME CONSTRAINT u_references_t TO u_t;

-- ~ table public.t: rename constraint "t_a_b_unique" to "t_key" [access-exclusive-lock]
ALTER TABLE public.t RENAME CONSTRAINT t_a_b_unique TO t_key;

-- ~ table public.t: rename constraint "a_is_positive" to "positive" [access-exclusive-lock]
ALTER TABLE public.t RENAME CONSTRAINT a_is_positive TO positive;
