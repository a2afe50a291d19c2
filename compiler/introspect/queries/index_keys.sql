-- The key columns of every index, in order: a column name, or for an expression (attnum 0)
-- its text. The collation is given only when it is not the column's; an expression's own
-- collation is not in the catalogs (indcollation holds the one in effect), so it counts as
-- given when pg_get_indexdef() prints it, which it does only when it differs. The operator
-- class is given only when it is not the default one for its type or has options; indoption bit 0 is DESC,
-- bit 1 NULLS FIRST. The operator class's options (gist_trgm_ops (siglen = 32)) are the index
-- attribute's attoptions. An expression key may have a statistics target of its own.
SELECT n.nspname AS schema,
       ic.relname AS index_name,
       k.ord AS position,
       CASE WHEN k.num <> 0 THEN a.attname END AS column_name,
       CASE WHEN k.num = 0 THEN x.text END AS expression,
       CASE WHEN k.num <> 0 AND co.oid <> a.attcollation THEN kc.collation
            WHEN k.num = 0 AND (pg_catalog.strpos(d.definition, x.text || ' COLLATE ') > 0
                                OR pg_catalog.strpos(d.definition, x.text || ') COLLATE ') > 0)
            THEN kc.collation
       END AS collation,
       CASE WHEN NOT oc.opcdefault OR ia.attoptions IS NOT NULL
            THEN CASE WHEN ocn.nspname = 'pg_catalog' THEN pg_catalog.quote_ident(oc.opcname)
                      ELSE pg_catalog.quote_ident(ocn.nspname) || '.'
                           || pg_catalog.quote_ident(oc.opcname) END
       END AS opclass,
       (i.indoption[(k.ord - 1)::pg_catalog.int4] & 1) <> 0 AS descending,
       (i.indoption[(k.ord - 1)::pg_catalog.int4] & 2) <> 0 AS nulls_first,
       ia.attoptions AS opclass_options,
       NULLIF(ia.attstattarget, -1) AS statistics
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
CROSS JOIN LATERAL pg_catalog.unnest(i.indkey::pg_catalog.int2[]) WITH ORDINALITY k(num, ord)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num AND k.num <> 0
LEFT JOIN pg_catalog.pg_collation co ON co.oid = i.indcollation[(k.ord - 1)::pg_catalog.int4]
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
CROSS JOIN LATERAL (
  SELECT pg_catalog.quote_ident(cn.nspname) || '.'
         || pg_catalog.quote_ident(co.collname) AS collation
) kc
CROSS JOIN LATERAL (
  SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::pg_catalog.int4, true) AS text
) x
CROSS JOIN LATERAL (
  SELECT pg_catalog.pg_get_indexdef(i.indexrelid, 0, true) AS definition
) d
LEFT JOIN pg_catalog.pg_attribute ia
  ON ia.attrelid = i.indexrelid AND ia.attnum = k.ord::pg_catalog.int2
LEFT JOIN pg_catalog.pg_opclass oc ON oc.oid = i.indclass[(k.ord - 1)::pg_catalog.int4]
LEFT JOIN pg_catalog.pg_namespace ocn ON ocn.oid = oc.opcnamespace
WHERE c.relkind IN ('r', 'p', 'm') AND NOT ic.relispartition AND k.ord <= i.indnkeyatts
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint x
                  WHERE x.conindid = i.indexrelid AND x.contype IN ('p', 'u', 'x'))
ORDER BY n.nspname, ic.relname, k.ord
