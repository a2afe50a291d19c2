INSERT INTO users (email, age) VALUES ('a@example.com', 30);
INSERT INTO posts VALUES (1, 1);
