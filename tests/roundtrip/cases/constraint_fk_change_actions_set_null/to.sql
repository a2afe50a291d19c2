CREATE TABLE public.teams (
    id integer PRIMARY KEY,
    code text NOT NULL UNIQUE
);

CREATE TABLE public.people (
    id integer PRIMARY KEY,
    team_code text REFERENCES public.teams (code) ON UPDATE CASCADE ON DELETE SET NULL
);
