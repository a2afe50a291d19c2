CREATE TYPE public.severity AS ENUM ('low', 'medium', 'high');
