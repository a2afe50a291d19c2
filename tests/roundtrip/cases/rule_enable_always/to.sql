-- A rule fires on replicas too (ENABLE ALWAYS), another only there (ENABLE REPLICA).
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE RULE no_delete AS ON DELETE TO items DO INSTEAD NOTHING;
CREATE RULE no_update AS ON UPDATE TO items DO INSTEAD NOTHING;
ALTER TABLE items ENABLE ALWAYS RULE no_delete;
ALTER TABLE items ENABLE REPLICA RULE no_update;
