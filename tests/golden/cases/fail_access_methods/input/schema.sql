-- Access methods: one declared twice, comments on one the files do not declare and on a
-- built-in one, and forms PostgreSQL's grammar refuses.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD heap3 IS 'a typo';
COMMENT ON ACCESS METHOD btree IS 'built in';
CREATE ACCESS METHOD gist2 TYPE VIEW HANDLER gisthandler;
CREATE ACCESS METHOD brin2 INDEX HANDLER brinhandler;
CREATE ACCESS METHOD hash2 TYPE INDEX HANDLE hashhandler;

-- A partitioned table has no access method.
CREATE TABLE events (id integer, at date) PARTITION BY RANGE (at) USING heap2;

-- These are fine: a table and a materialized view stored with heap2.
CREATE TABLE archive (id integer) USING heap2;
CREATE MATERIALIZED VIEW archive_ids USING heap2 AS SELECT id FROM archive;
