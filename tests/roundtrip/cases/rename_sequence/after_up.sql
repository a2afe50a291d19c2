INSERT INTO tickets DEFAULT VALUES;
DO $$ BEGIN
  IF (SELECT max(number) FROM tickets) <> 101 THEN RAISE EXCEPTION 'the sequence did not carry on'; END IF;
END $$;
