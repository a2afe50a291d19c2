CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE public.feeling AS ENUM ('sad', 'ok', 'happy', 'excited');

CREATE TABLE public.people (
    id integer PRIMARY KEY,
    mood public.mood DEFAULT 'ok' NOT NULL,
    history public.mood[]
);
