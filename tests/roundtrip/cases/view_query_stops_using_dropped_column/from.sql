CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    nickname text
);
CREATE VIEW public.labels AS SELECT id, coalesce(nickname, name) AS label FROM public.people;
