DO $$ BEGIN
  IF (SELECT note FROM logins WHERE id = 1) IS DISTINCT FROM 'first' THEN
    RAISE EXCEPTION 'the child lost the column it declares';
  END IF;
END $$;
