CREATE TABLE users (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  age integer CHECK (age >= 0)
);
CREATE INDEX users_age_idx ON users (age);
CREATE TABLE posts (
  id integer PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id)
);
COMMENT ON TABLE users IS 'people who sign in';
