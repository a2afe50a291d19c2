-- Domains of the user's schemas (not those of extensions): the base type as format_type() prints a
-- column's, the collation when it is not the base type's, NOT NULL, the default and the checks by
-- name, each as pg_get_constraintdef() prints it ("CHECK (...)"), the checks not validated, and
-- the comments on the checks.
SELECT n.nspname AS schema,
       t.typname AS name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS type,
       CASE WHEN t.typcollation <> b.typcollation
            THEN pg_catalog.quote_ident(cn.nspname) || '.' || pg_catalog.quote_ident(co.collname)
       END AS collation,
       t.typnotnull AS not_null,
       pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS default_value,
       ARRAY(SELECT k.conname::pg_catalog.text FROM pg_catalog.pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) AS check_names,
       ARRAY(SELECT pg_catalog.pg_get_constraintdef(k.oid) FROM pg_catalog.pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname) AS check_definitions,
       ARRAY(SELECT k.conname::pg_catalog.text FROM pg_catalog.pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c' AND NOT k.convalidated
             ORDER BY k.conname) AS unvalidated_checks,
       ARRAY(SELECT k.conname::pg_catalog.text FROM pg_catalog.pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c'
               AND pg_catalog.obj_description(k.oid, 'pg_constraint') IS NOT NULL
             ORDER BY k.conname) AS commented_checks,
       ARRAY(SELECT pg_catalog.obj_description(k.oid, 'pg_constraint')
             FROM pg_catalog.pg_constraint k
             WHERE k.contypid = t.oid AND k.contype = 'c'
               AND pg_catalog.obj_description(k.oid, 'pg_constraint') IS NOT NULL
             ORDER BY k.conname) AS check_comments,
       pg_catalog.obj_description(t.oid, 'pg_type') AS comment,
       pg_catalog.pg_get_userbyid(t.typowner) AS owner
FROM pg_catalog.pg_type t
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type b ON b.oid = t.typbasetype
LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typtype = 'd'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, t.typname
