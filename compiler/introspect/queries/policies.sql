-- Row-level security policies of ordinary and partitioned tables, with their expressions as pg_get_expr() prints
-- them (names outside pg_catalog qualified, under the session's empty search_path) and the names
-- of their roles, sorted, "public" for PUBLIC. Policies of what the tables query leaves out are
-- listed as unmanaged.
SELECT n.nspname AS schema,
       c.relname AS table_name,
       p.polname AS name,
       p.polpermissive AS permissive,
       CASE p.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                     WHEN 'd' THEN 'DELETE' ELSE 'ALL' END AS command,
       ARRAY(SELECT x.role
             FROM (SELECT CASE WHEN r.oid = 0 THEN 'public'
                               ELSE pg_catalog.pg_get_userbyid(r.oid)::pg_catalog.text END
                   FROM pg_catalog.unnest(p.polroles) AS r (oid)) AS x (role)
             ORDER BY x.role COLLATE "C") AS roles,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expression,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expression,
       pg_catalog.obj_description(p.oid, 'pg_policy') AS comment
FROM pg_catalog.pg_policy p
JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname, p.polname
