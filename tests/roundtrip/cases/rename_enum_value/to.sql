CREATE TYPE status AS ENUM (
  -- schemac:renamed-from 'new'
  'open',
  'done',
  -- schemac:renamed-from 'gone'
  'deleted'
);
CREATE TABLE tasks (
  id integer PRIMARY KEY,
  state status NOT NULL DEFAULT 'open' CHECK (state <> 'deleted')
);
CREATE INDEX tasks_open ON tasks (id) WHERE state = 'open';
