CREATE TYPE public.status AS ENUM ('new', 'done', 'old');
CREATE FUNCTION public.is_done(s public.status) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s = 'done';
