-- Subject headings (a classification tree) and the languages works are written in.

CREATE TABLE catalog.subjects (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id integer REFERENCES catalog.subjects (id) ON DELETE RESTRICT,
    scheme varchar(10) NOT NULL DEFAULT 'ddc' CHECK (scheme IN ('ddc', 'lcsh', 'local')),
    code varchar(20) NOT NULL,
    heading public.nonempty_name NOT NULL,
    CONSTRAINT subjects_scheme_code_key UNIQUE (scheme, code),
    CONSTRAINT subjects_not_own_parent_check CHECK (parent_id <> id)
);

COMMENT ON TABLE catalog.subjects IS 'Subject headings, e.g. DDC 823.914 "English fiction, 1945-1999".';

CREATE INDEX subjects_parent_id_idx ON catalog.subjects (parent_id);

CREATE TABLE catalog.languages (
    code char(3) PRIMARY KEY CHECK (code ~ '^[a-z]{3}$'),
    name varchar(80) NOT NULL UNIQUE,
    native_name varchar(80)
);

COMMENT ON TABLE catalog.languages IS 'ISO 639-2 language codes.';

-- Works filed under a subject or any subject below it in the tree.
CREATE FUNCTION catalog.works_under_subject(p_subject_id integer) RETURNS SETOF bigint
    LANGUAGE sql STABLE STRICT
    AS $$
    WITH RECURSIVE tree (id) AS (
        SELECT p_subject_id
        UNION
        SELECT s.id FROM catalog.subjects AS s JOIN tree AS t ON s.parent_id = t.id
    )
    SELECT DISTINCT ws.work_id
      FROM catalog.work_subjects AS ws
      JOIN tree AS t ON t.id = ws.subject_id
$$;

COMMENT ON FUNCTION catalog.works_under_subject(integer) IS 'Ids of the works filed under a subject heading or any narrower heading.';
