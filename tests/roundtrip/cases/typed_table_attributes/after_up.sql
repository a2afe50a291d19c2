INSERT INTO people (id, name) VALUES (2, 'bob');
DO $$ BEGIN
  IF (SELECT score FROM people WHERE id = 1) <> 5 THEN RAISE EXCEPTION 'score lost'; END IF;
  IF (SELECT email FROM people WHERE id = 2) <> 'none' THEN RAISE EXCEPTION 'no default'; END IF;
END $$;
