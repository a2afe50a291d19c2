-- Editions: a published form of a work (a paperback, an audiobook, ...).

CREATE TYPE catalog.media_format AS ENUM (
    'hardcover', 'paperback', 'large_print', 'ebook', 'audiobook', 'dvd', 'magazine', 'map'
);

COMMENT ON TYPE catalog.media_format IS 'Physical or digital form of an edition; loan rules depend on it.';

CREATE TABLE catalog.editions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    work_id bigint NOT NULL REFERENCES catalog.works (id) ON DELETE CASCADE,
    isbn public.isbn13 UNIQUE,
    format catalog.media_format NOT NULL DEFAULT 'paperback',
    publisher_id integer REFERENCES catalog.publishers (id) ON DELETE SET NULL,
    language char(3) NOT NULL DEFAULT 'eng' REFERENCES catalog.languages (code) ON UPDATE CASCADE,
    edition_statement varchar(100),
    published_on date,
    page_count integer CHECK (page_count > 0),
    duration_minutes integer CHECK (duration_minutes > 0),
    list_price public.money_amount,
    cover_url text,
    metadata jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT editions_duration_check
        CHECK (format NOT IN ('audiobook', 'dvd') OR duration_minutes IS NOT NULL)
);

COMMENT ON TABLE catalog.editions IS 'Published editions of works; copies are items of an edition.';
COMMENT ON COLUMN catalog.editions.edition_statement IS 'As printed, e.g. "2nd revised edition".';
COMMENT ON CONSTRAINT editions_duration_check ON catalog.editions IS 'Audiobooks and DVDs record their running time.';

CREATE INDEX editions_work_id_format_idx ON catalog.editions (work_id, format);
CREATE INDEX editions_publisher_id_idx ON catalog.editions (publisher_id) WHERE publisher_id IS NOT NULL;

CREATE TRIGGER editions_set_updated_at BEFORE UPDATE ON catalog.editions
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
