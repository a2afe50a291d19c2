DO $$ BEGIN
  IF (SELECT owner FROM accounts) <> 'ada' OR (SELECT owner FROM notes) <> 'bob'
     OR (SELECT label FROM items) <> 'pen' THEN
    RAISE EXCEPTION 'rows lost';
  END IF;
END $$;
