-- Publishers (with their imprints) and the series they publish.

CREATE TABLE catalog.publishers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name public.nonempty_name NOT NULL,
    imprint_of integer REFERENCES catalog.publishers (id) ON DELETE SET NULL,
    country_code char(2) CHECK (country_code ~ '^[A-Z]{2}$'),
    website text,
    isbn_prefixes text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT publishers_not_own_imprint_check CHECK (imprint_of <> id)
);

COMMENT ON TABLE catalog.publishers IS 'Publishers and imprints; an imprint points at its parent publisher.';
COMMENT ON COLUMN catalog.publishers.isbn_prefixes IS 'Registrant prefixes such as 978-0-14, used to guess the publisher of a new ISBN.';

CREATE UNIQUE INDEX publishers_lower_name_key ON catalog.publishers (lower(name));
CREATE INDEX publishers_isbn_prefixes_idx ON catalog.publishers USING gin (isbn_prefixes);

CREATE TABLE catalog.series (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title public.nonempty_name NOT NULL,
    publisher_id integer REFERENCES catalog.publishers (id) ON DELETE SET NULL,
    is_complete boolean NOT NULL DEFAULT false,
    UNIQUE (title, publisher_id)
);

COMMENT ON TABLE catalog.series IS 'Named series of works, e.g. a crime series or a textbook collection.';
