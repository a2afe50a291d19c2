INSERT INTO queue (id, weight) VALUES (1, 5);
INSERT INTO queue (id, weight) VALUES (2, 7);
DO $$ BEGIN
  IF (SELECT position FROM queue WHERE id = 2) <> 2 THEN RAISE EXCEPTION 'default not applied'; END IF;
END $$;
DELETE FROM queue;
