-- The identity's sequence follows its table, as PostgreSQL makes it.
DO $$
BEGIN
  IF (SELECT relpersistence FROM pg_class WHERE oid = 'public.t_id_seq'::regclass) <> 'u' THEN
    RAISE EXCEPTION 'the identity sequence of an unlogged table should be unlogged';
  END IF;
END
$$;
