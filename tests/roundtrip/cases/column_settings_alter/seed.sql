INSERT INTO docs VALUES (1, 'a', repeat('x', 5000), '{"k": 1}', 3);
