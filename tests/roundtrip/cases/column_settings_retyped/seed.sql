INSERT INTO notes VALUES (1, 'short', 3);
INSERT INTO logs VALUES ('2025-03-01', 'a line');
