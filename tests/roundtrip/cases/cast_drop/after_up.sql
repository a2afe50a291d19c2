INSERT INTO money.prices (id) VALUES (1);
DO $$ BEGIN
  IF (SELECT (price).cents FROM money.prices WHERE id = 1) <> 500 THEN
    RAISE EXCEPTION 'the default lost its value';
  END IF;
END $$;
