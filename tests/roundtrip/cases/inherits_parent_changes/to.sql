-- The parent gains a column and changes a type and a default: its children change with it; a
-- child gains a column of its own.
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    at timestamp with time zone NOT NULL DEFAULT clock_timestamp(),
    kind varchar(40),
    source text,
    CONSTRAINT events_kind_check CHECK (kind <> '')
);
CREATE TABLE logins (user_name text NOT NULL, ip inet, PRIMARY KEY (id)) INHERITS (events);
CREATE INDEX logins_at_idx ON logins (at);
CREATE TABLE payments (kind varchar(40) NOT NULL DEFAULT 'payment', amount numeric)
    INHERITS (events);
CREATE TABLE tagged (tags text[]);
CREATE TABLE tagged_logins () INHERITS (logins, tagged);
COMMENT ON TABLE tagged_logins IS 'logins with tags';
