-- Ordinary, partitioned and foreign tables (relkind 'r', 'p', 'f'; a foreign table with its
-- server and options), with a partitioned table's partition key
-- and a partition's parent and bound, the parents a table inherits from (INHERITS, in order), the
-- composite type of a typed table (CREATE TABLE ... OF), its replica identity, and the names of
-- the constraints and indexes a partition has from its parent.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relpersistence = 'u' AS unlogged,
       -- with those of its TOAST table, as WITH (toast.name = value) sets them
       coalesce(c.reloptions, '{}')
         || coalesce(ARRAY(SELECT 'toast.' || o FROM pg_catalog.pg_class tc,
                                 pg_catalog.unnest(tc.reloptions) o
                           WHERE tc.oid = c.reltoastrelid), '{}') AS options,
       c.relrowsecurity AS row_security,
       c.relforcerowsecurity AS force_row_security,
       pg_catalog.pg_get_partkeydef(c.oid) AS partition_by,
       pn.nspname AS parent_schema,
       pc.relname AS parent_name,
       pg_catalog.pg_get_expr(c.relpartbound, c.oid) AS partition_bound,
       ARRAY(SELECT ipn.nspname::pg_catalog.text FROM pg_catalog.pg_inherits i
             JOIN pg_catalog.pg_class ipc ON ipc.oid = i.inhparent
             JOIN pg_catalog.pg_namespace ipn ON ipn.oid = ipc.relnamespace
             WHERE i.inhrelid = c.oid AND NOT c.relispartition ORDER BY i.inhseqno)
         AS parent_schemas,
       ARRAY(SELECT ipc.relname::pg_catalog.text FROM pg_catalog.pg_inherits i
             JOIN pg_catalog.pg_class ipc ON ipc.oid = i.inhparent
             WHERE i.inhrelid = c.oid AND NOT c.relispartition ORDER BY i.inhseqno)
         AS parent_names,
       CASE WHEN c.relispartition THEN
         ARRAY(SELECT k.conname::pg_catalog.text FROM pg_catalog.pg_constraint k
               WHERE k.conrelid = c.oid AND (k.conparentid <> 0 OR NOT k.conislocal)
               ORDER BY 1)
       END AS inherited_constraints,
       CASE WHEN c.relispartition THEN
         ARRAY(SELECT ic.relname::pg_catalog.text FROM pg_catalog.pg_index i
               JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
               WHERE i.indrelid = c.oid AND ic.relispartition
                 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                                 WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
               ORDER BY 1)
       END AS inherited_indexes,
       (SELECT ic.relname FROM pg_catalog.pg_index i
        JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
        WHERE i.indrelid = c.oid AND i.indisclustered) AS cluster_on,
       ri.relname AS replica_index,
       -- USING INDEX without its index (dropped since) is NOTHING; a foreign table has none
       -- (its 'n' is not a choice: DEFAULT here).
       CASE WHEN c.relkind = 'f' THEN 'd'
            WHEN c.relreplident = 'i' AND ri.relname IS NULL THEN 'n'
            ELSE c.relreplident::pg_catalog.text END AS replica_identity,
       CASE WHEN c.reloftype <> 0 THEN
         (SELECT tn.nspname FROM pg_catalog.pg_type t
          JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace WHERE t.oid = c.reloftype)
       END AS of_type_schema,
       CASE WHEN c.reloftype <> 0 THEN
         (SELECT t.typname FROM pg_catalog.pg_type t WHERE t.oid = c.reloftype)
       END AS of_type_name,
       (SELECT a.amname FROM pg_catalog.pg_am a
        WHERE a.oid = c.relam AND a.amname <> 'heap') AS access_method,
       fs.srvname AS server,
       coalesce(ft.ftoptions, '{}') AS foreign_options,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
       pg_catalog.pg_get_userbyid(c.relowner) AS owner
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_inherits h ON c.relispartition AND h.inhrelid = c.oid
LEFT JOIN pg_catalog.pg_class pc ON pc.oid = h.inhparent
LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_catalog.pg_index rii ON rii.indrelid = c.oid AND rii.indisreplident
LEFT JOIN pg_catalog.pg_class ri ON ri.oid = rii.indexrelid
LEFT JOIN pg_catalog.pg_foreign_table ft ON ft.ftrelid = c.oid
LEFT JOIN pg_catalog.pg_foreign_server fs ON fs.oid = ft.ftserver
WHERE c.relkind IN ('r', 'p', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
