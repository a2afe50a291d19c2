INSERT INTO hr.people (id, born) VALUES (1, '1990-05-01');
DO $$ BEGIN
  IF (SELECT name FROM hr.people) <> 'nobody' THEN RAISE EXCEPTION 'default not set'; END IF;
END $$;
INSERT INTO "Hr Archive" (id, born) VALUES (1, '1950-01-01');
