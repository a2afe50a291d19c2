CREATE DOMAIN public.score AS integer CHECK (VALUE >= 0);
