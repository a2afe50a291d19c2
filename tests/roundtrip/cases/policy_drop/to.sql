CREATE TABLE docs (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text,
                   shared boolean NOT NULL DEFAULT false);
