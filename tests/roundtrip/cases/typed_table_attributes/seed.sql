INSERT INTO people (id, name, score, legacy) VALUES (1, 'ada', 5, 'x');
