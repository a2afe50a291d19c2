CREATE TABLE documents (body text NOT NULL);
