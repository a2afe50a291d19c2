-- schemac migration: up
-- 2 steps; no hazards

-- - domain public.score: drop domain to create it again
DROP DOMAIN public.score;

-- + domain public.score: create domain again
CREATE DOMAIN public.score AS numeric(5,2)
    CONSTRAINT score_check CHECK ((VALUE >= (0)::numeric));
