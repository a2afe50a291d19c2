CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    at timestamp with time zone NOT NULL DEFAULT now(),
    kind text,
    CONSTRAINT events_kind_check CHECK (kind <> '')
);
-- Children: one with columns of its own, one that declares an inherited column again (NOT NULL,
-- another default), one with two parents; the parent's check goes to each.
CREATE TABLE logins (user_name text NOT NULL, PRIMARY KEY (id)) INHERITS (events);
CREATE INDEX logins_at_idx ON logins (at);
CREATE TABLE payments (kind text NOT NULL DEFAULT 'payment', amount numeric) INHERITS (events);
CREATE TABLE tagged (tags text[]);
CREATE TABLE tagged_logins () INHERITS (logins, tagged);
COMMENT ON TABLE tagged_logins IS 'logins with tags';
