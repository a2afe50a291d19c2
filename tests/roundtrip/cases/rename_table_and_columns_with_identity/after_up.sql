INSERT INTO purchases (amount, reference) VALUES (6, 'r2');
DO $$ BEGIN
  IF (SELECT max(id) FROM purchases) <> 2 THEN RAISE EXCEPTION 'the identity did not carry on'; END IF;
END $$;
