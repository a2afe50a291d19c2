CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  total integer NOT NULL CHECK (total > 0),
  ref text UNIQUE
);
