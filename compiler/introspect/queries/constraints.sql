-- Primary key, unique, foreign key, check and exclusion constraints of ordinary and partitioned
-- tables, but those a partition has from its parent (conparentid: the copies of keys and foreign
-- keys; not conislocal: checks) and the copies of a foreign key to a partitioned table for
-- each of its partitions (conparentid). Keys take
-- their INCLUDE columns (after indnkeyatts), NULLS NOT DISTINCT (PostgreSQL 15), storage
-- parameters and comment from the index that backs them; an exclusion constraint its comment
-- (its definition holds the rest).
SELECT n.nspname AS schema,
       c.relname AS table_name,
       k.conname AS name,
       k.contype::pg_catalog.text AS type,
       ARRAY(SELECT a.attname::pg_catalog.text
             FROM pg_catalog.unnest(k.conkey) WITH ORDINALITY u(num, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num
             ORDER BY u.ord) AS columns,
       ARRAY(SELECT a.attname::pg_catalog.text
             FROM pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY u(num, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = u.num
             WHERE u.ord > i.indnkeyatts AND k.contype IN ('p', 'u')
             ORDER BY u.ord) AS include,
       coalesce(i.indnullsnotdistinct, false) AS nulls_not_distinct,
       CASE WHEN k.contype IN ('p', 'u') THEN coalesce(ic.reloptions, '{}') ELSE '{}' END
         AS index_options,
       pg_catalog.obj_description(ic.oid, 'pg_class') AS index_comment,
       CASE WHEN k.contype IN ('c', 'x') THEN pg_catalog.pg_get_constraintdef(k.oid) END
         AS definition,
       k.connoinherit AS no_inherit,
       rn.nspname AS referenced_schema,
       rc.relname AS referenced_table,
       ARRAY(SELECT a.attname::pg_catalog.text
             FROM pg_catalog.unnest(k.confkey) WITH ORDINALITY u(num, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num
             ORDER BY u.ord) AS referenced_columns,
       k.confmatchtype::pg_catalog.text AS match,
       k.confupdtype::pg_catalog.text AS on_update,
       k.confdeltype::pg_catalog.text AS on_delete,
       ARRAY(SELECT a.attname::pg_catalog.text
             FROM pg_catalog.unnest(k.confdelsetcols) WITH ORDINALITY u(num, ord)
             JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num
             ORDER BY u.ord) AS on_delete_columns,
       k.condeferrable AS deferrable,
       k.condeferred AS initially_deferred,
       k.convalidated AS validated,
       pg_catalog.obj_description(k.oid, 'pg_constraint') AS comment
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = k.conindid AND k.contype IN ('p', 'u', 'x')
LEFT JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
LEFT JOIN pg_catalog.pg_class rc ON rc.oid = k.confrelid AND k.contype = 'f'
LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
WHERE k.contype IN ('p', 'u', 'f', 'c', 'x') AND c.relkind IN ('r', 'p', 'f')
  AND k.conparentid = 0 AND k.conislocal
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY n.nspname, c.relname, k.conname
