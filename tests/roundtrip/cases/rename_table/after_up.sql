INSERT INTO people (email, age) VALUES ('b@example.com', 31);
DO $$ BEGIN
  IF (SELECT count(*) FROM people) <> 2 THEN RAISE EXCEPTION 'rows lost in the rename'; END IF;
END $$;
