-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table app.shelves: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE app.shelves;

-- - range type app.name_span: drop range type
DROP TYPE app.name_span;
