-- Extended statistics objects (CREATE STATISTICS) of tables and materialized views, with their
-- definitions as pg_get_statisticsobjdef() prints them (names outside pg_catalog qualified,
-- under the session's empty search_path). Those on what other queries leave out go with it
-- (AddUnmanaged).
SELECT n.nspname AS schema,
       x.stxname AS name,
       tn.nspname AS table_schema,
       c.relname AS table_name,
       pg_catalog.pg_get_statisticsobjdef(x.oid) AS definition,
       NULLIF(x.stxstattarget, -1) AS target,
       pg_catalog.obj_description(x.oid, 'pg_statistic_ext') AS comment,
       pg_catalog.pg_get_userbyid(x.stxowner) AS owner
FROM pg_catalog.pg_statistic_ext x
JOIN pg_catalog.pg_namespace n ON n.oid = x.stxnamespace
JOIN pg_catalog.pg_class c ON c.oid = x.stxrelid
JOIN pg_catalog.pg_namespace tn ON tn.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'f', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass
                    AND d.objid = x.oid AND d.deptype = 'e')
ORDER BY n.nspname, x.stxname
