-- schemac:renamed-from orders
CREATE TABLE purchases (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- schemac:renamed-from total
  amount integer NOT NULL CHECK (amount > 0),
  -- schemac:renamed-from ref
  reference text UNIQUE
);
