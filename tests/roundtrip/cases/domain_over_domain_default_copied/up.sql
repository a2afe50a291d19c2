-- schemac migration: up
-- 5 steps; no hazards

-- ~ domain public.amount: alter domain: set default
ALTER DOMAIN public.amount SET DEFAULT 2;

-- + domain public.price: create domain
CREATE DOMAIN public.price AS public.amount DEFAULT 1;

-- + domain public.rate: create domain
CREATE DOMAIN public.rate AS integer;

-- + domain public.percent: create domain
CREATE DOMAIN public.percent AS public.rate DEFAULT 7;

-- + domain public.fraction: create domain
CREATE DOMAIN public.fraction AS public.percent DEFAULT 7
    CONSTRAINT fraction_check CHECK (((VALUE)::integer <= 100));
