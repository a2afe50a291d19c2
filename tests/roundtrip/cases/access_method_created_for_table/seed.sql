INSERT INTO events VALUES (1, 'launch'), (2, 'review');
