INSERT INTO users (email, age) VALUES ('c@example.com', 32);
DO $$ BEGIN
  IF (SELECT count(*) FROM users) <> 3 THEN RAISE EXCEPTION 'rows lost in the rename back'; END IF;
END $$;
