CREATE TYPE public.level AS ENUM ('low', 'high', 'mid');
CREATE TYPE public.level_span AS RANGE (subtype = public.level);
CREATE FUNCTION public.widest() RETURNS public.level_span LANGUAGE sql
    RETURN public.level_span('low', 'high', '[]');
