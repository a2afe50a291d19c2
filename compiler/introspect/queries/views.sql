-- Views and materialized views (relkind 'v', 'm'), with their query as pg_get_viewdef() prints
-- it (every name outside pg_catalog qualified, under the session's empty search_path) and their
-- columns with their types, comments (NULL for none) and defaults. Whether a materialized view is
-- populated is what creating it again does (WITH [NO] DATA), not part of its schema.
SELECT n.nspname AS schema,
       c.relname AS name,
       c.relkind = 'm' AS materialized,
       c.relispopulated AS populated,
       pg_catalog.pg_get_viewdef(c.oid) AS query,
       ARRAY(SELECT a.attname::pg_catalog.text FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_names,
       ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod)
             FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_types,
       ARRAY(SELECT pg_catalog.col_description(c.oid, a.attnum)
             FROM pg_catalog.pg_attribute a
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_comments,
       ARRAY(SELECT a.attname::pg_catalog.text
             FROM pg_catalog.pg_attribute a
             JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS default_columns,
       ARRAY(SELECT pg_catalog.pg_get_expr(d.adbin, d.adrelid)
             FROM pg_catalog.pg_attribute a
             JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum) AS column_defaults,
       -- A materialized view's column settings, by column: storage when not the type's, the
       -- type's, compression when set, the statistics target when set, and the attribute
       -- options (n_distinct=...) joined with commas (NULL or '' for none).
       settings.storage AS column_storage,
       settings.type_storage AS column_type_storage,
       settings.compression AS column_compression,
       settings.statistics AS column_statistics,
       settings.attribute_options AS column_attribute_options,
       -- with those of its TOAST table, as WITH (toast.name = value) sets them
       coalesce(c.reloptions, '{}')
         || coalesce(ARRAY(SELECT 'toast.' || o FROM pg_catalog.pg_class tc,
                                 pg_catalog.unnest(tc.reloptions) o
                           WHERE tc.oid = c.reltoastrelid), '{}') AS options,
       (SELECT ic.relname FROM pg_catalog.pg_index i
        JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
        WHERE i.indrelid = c.oid AND i.indisclustered) AS cluster_on,
       (SELECT a.amname FROM pg_catalog.pg_am a
        WHERE a.oid = c.relam AND a.amname <> 'heap') AS access_method,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment,
       pg_catalog.pg_get_userbyid(c.relowner) AS owner
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (
  SELECT pg_catalog.array_agg(
           CASE WHEN a.attstorage <> t.typstorage THEN
             CASE a.attstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external'
                               WHEN 'x' THEN 'extended' WHEN 'm' THEN 'main' END
           END ORDER BY a.attnum) AS storage,
         pg_catalog.array_agg(
           CASE t.typstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external'
                             WHEN 'x' THEN 'extended' WHEN 'm' THEN 'main' END
           ORDER BY a.attnum) AS type_storage,
         pg_catalog.array_agg(CASE a.attcompression WHEN 'p' THEN 'pglz' WHEN 'l' THEN 'lz4' END
                              ORDER BY a.attnum) AS compression,
         pg_catalog.array_agg(NULLIF(a.attstattarget, -1)::pg_catalog.text
                              ORDER BY a.attnum) AS statistics,
         pg_catalog.array_agg(pg_catalog.array_to_string(a.attoptions, ',')
                              ORDER BY a.attnum) AS attribute_options
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
  WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
) settings ON c.relkind = 'm'
WHERE c.relkind IN ('v', 'm')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY n.nspname, c.relname
