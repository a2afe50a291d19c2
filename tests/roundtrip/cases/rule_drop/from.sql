CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE RULE no_delete AS ON DELETE TO items DO INSTEAD NOTHING;
COMMENT ON RULE no_delete ON items IS 'kept';
