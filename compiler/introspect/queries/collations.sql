-- Collations of the user's schemas (CREATE COLLATION), each with the statement that makes it
-- again: its provider, its locale (ICU's, or libc's collate and ctype, as one locale when they
-- are the same) and whether it is deterministic. Those that belong to an extension are left
-- out.
SELECT n.nspname AS schema,
       c.collname AS name,
       'CREATE COLLATION ' || pg_catalog.quote_ident(n.nspname) || '.'
         || pg_catalog.quote_ident(c.collname) || ' (provider = '
         || CASE c.collprovider WHEN 'i' THEN 'icu' WHEN 'c' THEN 'libc' ELSE 'default' END
         || CASE WHEN c.collprovider = 'i'
                   THEN ', locale = ' || pg_catalog.quote_literal(c.colliculocale)
                 WHEN c.collcollate = c.collctype
                   THEN ', locale = ' || pg_catalog.quote_literal(c.collcollate)
                 ELSE ', lc_collate = ' || pg_catalog.quote_literal(c.collcollate)
                      || ', lc_ctype = ' || pg_catalog.quote_literal(c.collctype)
            END
         || CASE WHEN c.collisdeterministic THEN '' ELSE ', deterministic = false' END
         || ')' AS definition,
       pg_catalog.obj_description(c.oid, 'pg_collation') AS comment,
       pg_catalog.pg_get_userbyid(c.collowner) AS owner
FROM pg_catalog.pg_collation c
JOIN pg_catalog.pg_namespace n ON n.oid = c.collnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_collation'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.collname
