CREATE TYPE public.severity AS ENUM ('high', 'medium', 'low');

CREATE TABLE public.alerts (
    id integer PRIMARY KEY,
    severity public.severity NOT NULL DEFAULT 'low'
);

COMMENT ON TYPE public.severity IS 'Alert severity, in sort order';
