-- schemac:renamed-from users
CREATE TABLE people (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  age integer CHECK (age >= 0)
);
CREATE INDEX people_age_idx ON people (age);
CREATE TABLE posts (
  id integer PRIMARY KEY,
  user_id integer NOT NULL REFERENCES people (id)
);
COMMENT ON TABLE people IS 'people who sign in';
