-- orders_draft takes the name orders gives up: a chain of renames, which run in the order
-- that frees each name first (orders_pkey before orders_draft_pkey takes it).
-- schemac:renamed-from orders
CREATE TABLE orders_archive (
  id serial PRIMARY KEY,
  total numeric NOT NULL CHECK (total >= 0)
);
-- schemac:renamed-from orders_draft
CREATE TABLE orders (
  id serial PRIMARY KEY,
  note text UNIQUE
);
