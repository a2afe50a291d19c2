INSERT INTO orders (total, ref) VALUES (5, 'r1');
