CREATE TYPE public.weekday AS ENUM ('mon', 'tue', 'wed', 'thu', 'fri');

CREATE TABLE public.schedules (
    id integer PRIMARY KEY,
    days public.weekday[] NOT NULL DEFAULT '{}'
);
