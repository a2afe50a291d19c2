CREATE TABLE public.countries (
    id integer PRIMARY KEY,
    iso_code char(2) NOT NULL
);

CREATE UNIQUE INDEX countries_iso_code_idx ON public.countries (iso_code);

CREATE TABLE public.cities (
    id integer PRIMARY KEY,
    country_id integer NOT NULL,
    country_code char(2) NOT NULL REFERENCES public.countries (iso_code)
);
