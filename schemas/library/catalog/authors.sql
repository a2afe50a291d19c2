-- Authors and other contributors, and how their names are displayed.

CREATE TABLE catalog.authors (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    family_name public.nonempty_name NOT NULL,
    given_names varchar(200),
    sort_key text GENERATED ALWAYS AS (lower(family_name || ', ' || coalesce(given_names, ''))) STORED,
    born_year smallint,
    died_year smallint,
    nationality char(2),
    biography text,
    external_ids jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT authors_lifespan_check CHECK (died_year IS NULL OR born_year IS NULL OR died_year >= born_year)
);

COMMENT ON TABLE catalog.authors IS 'People and organisations credited on works.';
COMMENT ON COLUMN catalog.authors.external_ids IS 'Identifiers in other registries, e.g. {"viaf": "...", "isni": "..."}.';

CREATE INDEX authors_sort_key_idx ON catalog.authors (sort_key text_pattern_ops);
CREATE INDEX authors_external_ids_idx ON catalog.authors USING gin (external_ids jsonb_path_ops);

-- Two forms of one name: from the parts, or from an author's id.
CREATE FUNCTION catalog.author_name(family_name text, given_names text) RETURNS text
    LANGUAGE sql IMMUTABLE
    RETURN CASE WHEN coalesce(given_names, '') = '' THEN family_name
                ELSE given_names || ' ' || family_name END;

CREATE FUNCTION catalog.author_name(p_author_id bigint) RETURNS text
    LANGUAGE sql STABLE STRICT
    AS $$
    SELECT catalog.author_name(a.family_name::text, a.given_names::text)
      FROM catalog.authors AS a
     WHERE a.id = p_author_id
$$;

COMMENT ON FUNCTION catalog.author_name(text, text) IS 'Display name: given names first, then the family name.';
COMMENT ON FUNCTION catalog.author_name(bigint) IS 'Display name of an author, looked up by id.';
