CREATE TABLE public.bookings (id integer PRIMARY KEY, starts timestamptz NOT NULL, ends timestamptz NOT NULL);
