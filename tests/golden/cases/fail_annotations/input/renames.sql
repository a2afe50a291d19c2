-- Renames are annotated before the declaration they rename, and nowhere else.
-- schemac:renamed-from old_schema
CREATE SCHEMA app;
-- schemac:renamed-from app.old_table
CREATE TABLE app.items (
    -- schemac:renamed-from "Old Id"
    id integer,
    -- schemac:renamed-from 42
    code text,
    -- schemac:renamed-from a
    -- schemac:renamed-from b
    note text,
    -- schemac:renamed-from items_code
    CONSTRAINT items_code_key UNIQUE (code)
);
-- schemac:rename-from old_index
CREATE INDEX items_note ON app.items (note);
-- schemac:renamed-from earlier
COMMENT ON TABLE app.items IS 'things';
CREATE TYPE app.state AS ENUM (
  -- schemac:renamed-from old
  'new',
  -- schemac:renamed-from 'a'
  -- schemac:renamed-from 'b'
  'done',
  -- schemac:using 'x'
  'gone'
);
