CREATE DOMAIN public.amount AS integer DEFAULT 1;
