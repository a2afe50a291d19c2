-- its columns in another order than the type's attributes: created again as a typed table
CREATE TYPE event_row AS (at timestamp with time zone, what text);
CREATE TABLE events OF event_row;
