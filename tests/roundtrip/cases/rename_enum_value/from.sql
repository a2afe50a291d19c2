CREATE TYPE status AS ENUM ('new', 'done', 'gone');
CREATE TABLE tasks (
  id integer PRIMARY KEY,
  state status NOT NULL DEFAULT 'new' CHECK (state <> 'gone')
);
CREATE INDEX tasks_open ON tasks (id) WHERE state = 'new';
