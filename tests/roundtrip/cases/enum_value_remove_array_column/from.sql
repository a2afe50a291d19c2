CREATE TYPE public.weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');

CREATE TABLE public.schedules (
    id integer PRIMARY KEY,
    days public.weekday[] NOT NULL DEFAULT '{}'
);
