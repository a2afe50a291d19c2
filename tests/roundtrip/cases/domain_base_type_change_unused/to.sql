CREATE DOMAIN public.score AS numeric(5,2) CHECK (VALUE >= 0);
