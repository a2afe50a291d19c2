CREATE TABLE accounts (
  id integer PRIMARY KEY,
  -- schemac:renamed-from mail
  email text UNIQUE,
  -- schemac:renamed-from balance
  amount numeric CHECK (amount >= 0),
  code text DEFAULT upper('x')
);
CREATE INDEX accounts_lower_mail ON accounts (lower(email)) WHERE amount > 0;
CREATE TABLE transfers (
  id integer PRIMARY KEY,
  account_mail text REFERENCES accounts (email)
);
COMMENT ON COLUMN accounts.email IS 'where to write';
