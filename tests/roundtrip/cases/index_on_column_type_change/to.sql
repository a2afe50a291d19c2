CREATE TABLE public.people (
    id integer PRIMARY KEY,
    email text NOT NULL,
    external_id bigint NOT NULL
);

CREATE UNIQUE INDEX people_email_idx ON public.people (lower(email));
CREATE INDEX people_external_id_idx ON public.people (external_id) WHERE external_id > 0;
