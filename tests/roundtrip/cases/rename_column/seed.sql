INSERT INTO accounts VALUES (1, 'a@example.com', 10, 'c');
