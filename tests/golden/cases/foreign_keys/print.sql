-- schemas
CREATE SCHEMA ref;

-- tables
CREATE TABLE public.authors (
    id integer NOT NULL,
    country character(2),
    country_name text,
    favourite_book integer,
    CONSTRAINT authors_pkey PRIMARY KEY (id)
);
CREATE TABLE public.books (
    id integer NOT NULL,
    author_id integer NOT NULL,
    editor_id integer,
    series text,
    part integer,
    CONSTRAINT books_pkey PRIMARY KEY (id),
    CONSTRAINT books_series_part_key UNIQUE (series, part)
);
CREATE TABLE public.parts (
    series text,
    part integer,
    note text
);
CREATE TABLE ref.countries (
    code character(2) NOT NULL,
    name text,
    CONSTRAINT countries_name_key UNIQUE (name),
    CONSTRAINT countries_pkey PRIMARY KEY (code)
);

-- constraints added after their tables
ALTER TABLE public.authors ADD CONSTRAINT authors_country_fkey FOREIGN KEY (country) REFERENCES ref.countries(code) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE public.authors ADD CONSTRAINT authors_country_name_fkey FOREIGN KEY (country_name) REFERENCES ref.countries(name) MATCH FULL;
ALTER TABLE public.authors ADD CONSTRAINT authors_favourite_book_fkey FOREIGN KEY (favourite_book) REFERENCES public.books(id) NOT VALID;
ALTER TABLE public.books ADD CONSTRAINT books_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.authors(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE public.books ADD CONSTRAINT books_editor_fk FOREIGN KEY (editor_id) REFERENCES public.authors(id) ON DELETE RESTRICT;
ALTER TABLE public.parts ADD CONSTRAINT parts_note_check CHECK (note <> '') NOT VALID;
ALTER TABLE public.parts ADD CONSTRAINT parts_series_part_fkey FOREIGN KEY (series, part) REFERENCES public.books(series, part) ON DELETE SET NULL (series);
