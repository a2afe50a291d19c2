INSERT INTO v (name) VALUES ('through the view');
INSERT INTO added DEFAULT VALUES;
DO $$ BEGIN
  IF (SELECT qty FROM items WHERE name = 'through the view') IS DISTINCT FROM 2 THEN
    RAISE EXCEPTION 'the view''s column default is not used';
  END IF;
END $$;
