CREATE TABLE notes (id integer PRIMARY KEY, author text NOT NULL DEFAULT current_user, body text);
