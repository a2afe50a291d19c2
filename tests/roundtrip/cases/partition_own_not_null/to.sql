-- A partition makes a column of its parent NOT NULL (WITH OPTIONS) and gives it a default.
CREATE TABLE notes (id bigint NOT NULL, at date NOT NULL, body text) PARTITION BY RANGE (at);
CREATE TABLE notes_2024 PARTITION OF notes (body WITH OPTIONS NOT NULL DEFAULT '')
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
