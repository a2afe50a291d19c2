INSERT INTO queue (id) VALUES (1);
INSERT INTO queue (id) VALUES (2);
DO $$ BEGIN
  IF (SELECT position FROM queue WHERE id = 2) IS DISTINCT FROM 2 THEN
    RAISE EXCEPTION 'default not applied: %', (SELECT array_agg(position) FROM queue);
  END IF;
END $$;
DELETE FROM queue;
