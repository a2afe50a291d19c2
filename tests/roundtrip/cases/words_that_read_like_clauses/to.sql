-- A column named exclude, as pg_dump writes it, beside an exclusion constraint.
CREATE TABLE rules (
    id integer PRIMARY KEY,
    exclude boolean DEFAULT false NOT NULL,
    note text COMPRESSION default,
    EXCLUDE USING btree (id WITH =) WHERE (exclude)
);

-- Any expression as a parameter's default.
CREATE FUNCTION rule_flag(a boolean DEFAULT NULL IS NULL, b boolean = NOT true,
                          c text DEFAULT 'x' COLLATE "C")
  RETURNS boolean LANGUAGE sql IMMUTABLE RETURN a AND NOT b AND c IS NOT NULL;
