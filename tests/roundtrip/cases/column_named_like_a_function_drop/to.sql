CREATE TABLE public.people (
    id integer PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT people_email_check CHECK (lower(email) <> '')
);
CREATE INDEX people_email_idx ON public.people (lower(email));
