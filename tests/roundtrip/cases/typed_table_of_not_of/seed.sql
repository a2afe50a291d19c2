INSERT INTO accounts VALUES (1, 'ada');
INSERT INTO notes VALUES (1, 'bob');
INSERT INTO items VALUES (1, 'pen');
