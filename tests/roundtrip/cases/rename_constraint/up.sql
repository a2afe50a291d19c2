-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.t: rename constraint "positive" to "a_is_positive" [access-exclusive-lock]
ALTER TABLE public.t RENAME CONSTRAINT positive TO a_is_positive;

-- ~ table public.t: rename constraint "t_key" to "t_a_b_unique" [access-exclusive-lock]
ALTER TABLE public.t RENAME CONSTRAINT t_key TO t_a_b_unique;

-- ~ table public.u: rename constraint "u_t" to "u_references_t" [access-exclusive-lock]
ALTER TABLE public.u RENAME CONSTRAINT u_t TO u_references_t;
