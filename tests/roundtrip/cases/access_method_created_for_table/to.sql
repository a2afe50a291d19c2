-- The method is created in the same plan as the table and the materialized view move onto it.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;

CREATE TABLE events (id integer PRIMARY KEY, name text NOT NULL) USING heap2;
CREATE MATERIALIZED VIEW event_names USING heap2 AS SELECT name FROM events;
