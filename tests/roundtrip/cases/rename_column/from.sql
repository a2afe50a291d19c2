CREATE TABLE accounts (
  id integer PRIMARY KEY,
  mail text UNIQUE,
  balance numeric CHECK (balance >= 0),
  code text DEFAULT upper('x')
);
CREATE INDEX accounts_lower_mail ON accounts (lower(mail)) WHERE balance > 0;
CREATE TABLE transfers (
  id integer PRIMARY KEY,
  account_mail text REFERENCES accounts (mail)
);
COMMENT ON COLUMN accounts.mail IS 'where to write';
