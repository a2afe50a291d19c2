-- A domain over a domain copies the other's default when it is created: a later ALTER DOMAIN
-- ... SET DEFAULT of the base leaves it alone, and a later DROP DEFAULT as well.
CREATE DOMAIN public.amount AS integer DEFAULT 1;
CREATE DOMAIN public.price AS public.amount;
ALTER DOMAIN public.amount SET DEFAULT 2;
CREATE DOMAIN public.rate AS integer DEFAULT 7;
CREATE DOMAIN public.percent AS public.rate;
ALTER DOMAIN public.rate DROP DEFAULT;
CREATE DOMAIN public.fraction AS public.percent CHECK (VALUE <= 100);
