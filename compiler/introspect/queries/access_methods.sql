-- Access methods (CREATE ACCESS METHOD) other than those initdb makes (OIDs below 16384), each
-- with the statement that makes it again: its type (t: table, i: index) and its handler
-- function. Those that belong to an extension are left out.
SELECT a.amname AS name,
       a.amtype AS type,
       'CREATE ACCESS METHOD ' || pg_catalog.quote_ident(a.amname) || ' TYPE '
         || CASE a.amtype WHEN 't' THEN 'TABLE' ELSE 'INDEX' END
         || ' HANDLER ' || a.amhandler::pg_catalog.regproc::pg_catalog.text AS definition,
       pg_catalog.obj_description(a.oid, 'pg_am') AS comment
FROM pg_catalog.pg_am a
WHERE a.oid >= 16384
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_am'::pg_catalog.regclass
                    AND x.objid = a.oid AND x.deptype = 'e')
ORDER BY a.amname
