CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    fax_number text,
    legacy_code integer NOT NULL DEFAULT 0 CHECK (legacy_code >= 0)
);

CREATE INDEX people_legacy_code_idx ON public.people (legacy_code);
