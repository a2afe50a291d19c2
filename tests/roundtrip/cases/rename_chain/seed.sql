INSERT INTO orders (total) VALUES (10), (20);
INSERT INTO orders_draft (note) VALUES ('fresh');
