INSERT INTO visits VALUES (1), (2);
