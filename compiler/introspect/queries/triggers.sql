-- Triggers on tables and views (not those PostgreSQL makes for foreign keys, nor the copies it
-- makes on partitions), with their definitions as pg_get_triggerdef() prints them (names outside
-- pg_catalog qualified, under the session's empty search_path) and when they fire (tgenabled).
-- Triggers on what other queries leave out go with it (AddUnmanaged).
SELECT n.nspname AS schema,
       c.relname AS table_name,
       g.tgname AS name,
       pg_catalog.pg_get_triggerdef(g.oid) AS definition,
       g.tgenabled::pg_catalog.text AS enabled,
       pg_catalog.obj_description(g.oid, 'pg_trigger') AS comment
FROM pg_catalog.pg_trigger g
JOIN pg_catalog.pg_class c ON c.oid = g.tgrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE NOT g.tgisinternal AND g.tgparentid = 0 AND c.relkind IN ('r', 'p', 'f', 'v')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, g.tgname
