CREATE TABLE orders (
  id serial PRIMARY KEY,
  total numeric NOT NULL CHECK (total >= 0)
);
CREATE TABLE orders_draft (
  id serial PRIMARY KEY,
  note text UNIQUE
);
