CREATE TABLE public.teams (
    id integer PRIMARY KEY
);

CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    team_id integer REFERENCES public.teams ON DELETE SET NULL,
    age integer CONSTRAINT people_age_check CHECK (age >= 0 AND age < 150)
);
