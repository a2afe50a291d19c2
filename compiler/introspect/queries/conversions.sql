-- Conversions of the user's schemas (CREATE CONVERSION), each with the statement that makes it
-- again: DEFAULT, its encodings and its function (regproc: qualified but for pg_catalog's).
-- Those that belong to an extension are left out.
SELECT n.nspname AS schema,
       c.conname AS name,
       'CREATE ' || CASE WHEN c.condefault THEN 'DEFAULT ' ELSE '' END || 'CONVERSION '
         || pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.conname)
         || ' FOR ' || pg_catalog.quote_literal(pg_catalog.pg_encoding_to_char(c.conforencoding))
         || ' TO ' || pg_catalog.quote_literal(pg_catalog.pg_encoding_to_char(c.contoencoding))
         || ' FROM ' || c.conproc::pg_catalog.regproc::pg_catalog.text AS definition,
       pg_catalog.obj_description(c.oid, 'pg_conversion') AS comment,
       pg_catalog.pg_get_userbyid(c.conowner) AS owner
FROM pg_catalog.pg_conversion c
JOIN pg_catalog.pg_namespace n ON n.oid = c.connamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_conversion'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.conname
