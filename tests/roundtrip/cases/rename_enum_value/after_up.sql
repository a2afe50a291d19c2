INSERT INTO tasks (id) VALUES (3);
DO $$ BEGIN
  IF (SELECT count(*) FROM tasks WHERE state = 'open') <> 2 THEN
    RAISE EXCEPTION 'the renamed value did not keep its rows';
  END IF;
END $$;
