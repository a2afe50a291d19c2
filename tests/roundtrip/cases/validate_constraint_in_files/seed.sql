INSERT INTO customer VALUES (1);
INSERT INTO purchase VALUES (1, 1, 10);
INSERT INTO purchase_archive VALUES (2, NULL, 5);
