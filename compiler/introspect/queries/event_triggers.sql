-- Event triggers (CREATE EVENT TRIGGER), each with the statement that makes it again: its
-- event, the command tags it is limited to, and its function; then whether it fires (O: in
-- origin and local sessions, D: never, R: in replicas, A: always). Those that belong to an
-- extension are left out.
SELECT e.evtname AS name,
       'CREATE EVENT TRIGGER ' || pg_catalog.quote_ident(e.evtname) || ' ON '
         || pg_catalog.quote_ident(e.evtevent)
         || CASE WHEN e.evttags IS NULL THEN ''
                 ELSE ' WHEN TAG IN ('
                      || pg_catalog.array_to_string(
                           ARRAY(SELECT pg_catalog.quote_literal(t)
                                 FROM pg_catalog.unnest(e.evttags) WITH ORDINALITY u(t, i)
                                 ORDER BY u.i),
                           ', ')
                      || ')'
            END
         || ' EXECUTE FUNCTION ' || e.evtfoid::pg_catalog.regproc::pg_catalog.text || '()'
         AS definition,
       e.evtenabled AS enabled,
       pg_catalog.obj_description(e.oid, 'pg_event_trigger') AS comment,
       pg_catalog.pg_get_userbyid(e.evtowner) AS owner
FROM pg_catalog.pg_event_trigger e
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass
                    AND x.objid = e.oid AND x.deptype = 'e')
ORDER BY e.evtname
