CREATE TABLE documents (id integer, body text) WITH (toast.autovacuum_enabled = false);
CREATE TABLE notes (id integer, body text);
