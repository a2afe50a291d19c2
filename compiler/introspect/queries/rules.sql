-- Rewrite rules of tables and views (but the _RETURN rule that makes a view), with their
-- definitions as pg_get_ruledef() prints them (names outside pg_catalog qualified, under the
-- session's empty search_path), without the ";" it ends them with, and when they fire
-- (ev_enabled). Rules on what other queries leave out go with it (AddUnmanaged).
SELECT n.nspname AS schema,
       c.relname AS table_name,
       r.rulename AS name,
       pg_catalog.rtrim(pg_catalog.pg_get_ruledef(r.oid), ';') AS definition,
       r.ev_enabled::pg_catalog.text AS enabled,
       pg_catalog.obj_description(r.oid, 'pg_rewrite') AS comment
FROM pg_catalog.pg_rewrite r
JOIN pg_catalog.pg_class c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN' AND c.relkind IN ('r', 'p', 'v')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, r.rulename
