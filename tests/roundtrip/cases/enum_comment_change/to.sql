CREATE TYPE public.severity AS ENUM ('low', 'medium', 'high');

COMMENT ON TYPE public.severity IS 'How bad it is, from low to high';
