CREATE TABLE public.people (
    id integer PRIMARY KEY,
    email text NOT NULL,
    CONSTRAINT people_email_check CHECK (email LIKE '%_@_%' AND length(email) <= 254)
);

COMMENT ON CONSTRAINT people_email_check ON public.people IS 'Rough e-mail shape';
