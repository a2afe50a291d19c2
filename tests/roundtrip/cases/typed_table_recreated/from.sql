CREATE TYPE event_row AS (at timestamp with time zone, what text);
CREATE TABLE events (what text, at timestamp with time zone);
