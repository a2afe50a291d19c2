CREATE TABLE public.countries (
    code char(2),
    name text NOT NULL,
    CONSTRAINT countries_pkey PRIMARY KEY (code)
);
