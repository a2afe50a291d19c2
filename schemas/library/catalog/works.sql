-- Works: the abstract creation (a novel, an album) that editions publish,
-- with its contributors and subjects.

CREATE FUNCTION catalog.normalize_title(title text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN regexp_replace(lower(btrim(title)), '^(the|an|a) ', '');

COMMENT ON FUNCTION catalog.normalize_title(text) IS 'Lower case title without a leading article, for sorting and title search.';

-- Title and summary search: English stems, stop words kept, so that "To Be or Not to Be" is
-- found by its words.
CREATE TEXT SEARCH DICTIONARY catalog.english_stem_all (TEMPLATE = snowball, language = english);
CREATE TEXT SEARCH CONFIGURATION catalog.work_search (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION catalog.work_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH catalog.english_stem_all;

COMMENT ON TEXT SEARCH CONFIGURATION catalog.work_search IS 'Words of titles and summaries, stop words kept.';

CREATE TABLE catalog.works (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title public.nonempty_name NOT NULL,
    subtitle varchar(300),
    original_language char(3) REFERENCES catalog.languages (code) ON UPDATE CASCADE,
    first_published smallint CHECK (first_published BETWEEN -3000 AND 2100),
    series_id integer REFERENCES catalog.series (id) ON DELETE SET NULL,
    series_position numeric(5,1),
    summary text,
    audience varchar(12) NOT NULL DEFAULT 'adult' CHECK (audience IN ('children', 'young_adult', 'adult')),
    keywords text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT works_series_position_check CHECK (series_position IS NULL OR series_id IS NOT NULL)
);

COMMENT ON TABLE catalog.works IS 'Abstract works, independent of any particular edition.';
COMMENT ON COLUMN catalog.works.first_published IS 'Year of first publication; negative for BCE.';
COMMENT ON COLUMN catalog.works.series_position IS 'Place in the series; 2.5 for a novella between books 2 and 3.';

CREATE INDEX works_normalize_title_idx ON catalog.works (catalog.normalize_title(title));
CREATE INDEX works_search_idx ON catalog.works
    USING gin (to_tsvector('catalog.work_search', title || ' ' || coalesce(summary, '')));
CREATE INDEX works_keywords_idx ON catalog.works USING gin (keywords);
CREATE UNIQUE INDEX works_series_position_key ON catalog.works (series_id, series_position)
    WHERE series_id IS NOT NULL;

CREATE TRIGGER works_set_updated_at BEFORE UPDATE ON catalog.works
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE catalog.work_authors (
    work_id bigint NOT NULL REFERENCES catalog.works (id) ON DELETE CASCADE,
    author_id bigint NOT NULL REFERENCES catalog.authors (id) ON DELETE RESTRICT,
    role varchar(12) NOT NULL DEFAULT 'author'
        CHECK (role IN ('author', 'editor', 'translator', 'illustrator', 'narrator')),
    sequence_no smallint NOT NULL DEFAULT 1 CHECK (sequence_no > 0),
    PRIMARY KEY (work_id, author_id, role)
);

COMMENT ON TABLE catalog.work_authors IS 'Who contributed to a work, in credit order.';

CREATE INDEX work_authors_author_id_idx ON catalog.work_authors (author_id);

CREATE TABLE catalog.work_subjects (
    work_id bigint NOT NULL REFERENCES catalog.works (id) ON DELETE CASCADE,
    subject_id integer NOT NULL REFERENCES catalog.subjects (id) ON DELETE CASCADE,
    is_primary boolean NOT NULL DEFAULT false,
    PRIMARY KEY (work_id, subject_id)
);

CREATE UNIQUE INDEX work_subjects_one_primary_key ON catalog.work_subjects (work_id) WHERE is_primary;
CREATE INDEX work_subjects_subject_id_idx ON catalog.work_subjects (subject_id);

COMMENT ON INDEX catalog.work_subjects_one_primary_key IS 'A work has at most one primary subject, which decides its shelf.';
