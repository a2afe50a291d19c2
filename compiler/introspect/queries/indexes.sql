-- Indexes of ordinary and partitioned tables and materialized views that do not back a
-- constraint, but those a partition has from an index of its parent (relispartition) (a foreign
-- key's conindid is the referenced key's index, so only p, u and x count).
SELECT n.nspname AS schema,
       ic.relname AS name,
       c.relname AS table_name,
       i.indisunique AS is_unique,
       am.amname AS method,
       ARRAY(SELECT a.attname::pg_catalog.text
             FROM pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY u(num, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.num
             WHERE u.ord > i.indnkeyatts
             ORDER BY u.ord) AS include,
       i.indnullsnotdistinct AS nulls_not_distinct,
       coalesce(ic.reloptions, '{}') AS options,
       pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS predicate,
       pg_catalog.obj_description(ic.oid, 'pg_class') AS comment
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = ic.relam
WHERE c.relkind IN ('r', 'p', 'm') AND NOT ic.relispartition
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                  WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
ORDER BY n.nspname, ic.relname
