CREATE TABLE public.addresses (
    id integer PRIMARY KEY,
    person_id integer NOT NULL,
    kind text,
    CONSTRAINT addresses_person_kind_key UNIQUE (person_id, kind)
);
