DO $$ BEGIN
  IF (SELECT email FROM accounts WHERE id = 1) IS DISTINCT FROM 'a@example.com' THEN
    RAISE EXCEPTION 'values lost in the rename';
  END IF;
END $$;
