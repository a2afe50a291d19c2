-- The privileges that roles other than its owner hold on each object whose access control list
-- was ever set (a NULL list holds the kind's defaults, which the catalog leaves out), one row per
-- privilege: schemas, tables, views, materialized views, sequences and their columns, functions,
-- procedures and aggregates (their argument types as the functions query writes them), enum,
-- composite and range types and domains, foreign-data wrappers and servers (no schema). `grantee` is the role's name, "public" for PUBLIC; who
-- granted it is left out. An object whose list grants nothing to other roles has one row with a
-- NULL grantee. Rows of objects the catalog does not hold (an extension's, an
-- unmanaged one) are dropped by the caller.
WITH acls AS (
  SELECT 'schema' AS kind, n.nspname AS schema, n.nspname AS name, '' AS sub_name,
         n.nspacl AS acl, n.nspowner AS owner
  FROM pg_catalog.pg_namespace n
  WHERE n.nspacl IS NOT NULL
  UNION ALL
  SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'f' THEN 'table'
                        WHEN 'v' THEN 'view'
                        WHEN 'm' THEN 'materialized_view' ELSE 'sequence' END,
         n.nspname, c.relname, '', c.relacl, c.relowner
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S') AND c.relacl IS NOT NULL
  UNION ALL
  SELECT 'column', n.nspname, c.relname, a.attname::pg_catalog.text, a.attacl, c.relowner
  FROM pg_catalog.pg_attribute a
  JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
    AND c.relkind IN ('r', 'p', 'f', 'v', 'm')
  UNION ALL
  SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'function' END, n.nspname, p.proname,
         pg_catalog.array_to_string(
           ARRAY(SELECT pg_catalog.format_type(t.type, NULL)
                 FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY t(type, i)
                 ORDER BY t.i),
           ', '),
         p.proacl, p.proowner
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  WHERE p.proacl IS NOT NULL
  UNION ALL
  SELECT CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range'
                        ELSE 'composite' END,
         n.nspname, t.typname, '', t.typacl, t.typowner
  FROM pg_catalog.pg_type t
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
  WHERE t.typacl IS NOT NULL AND (t.typtype IN ('e', 'd', 'r') OR c.relkind = 'c')
  UNION ALL
  SELECT 'foreign_data_wrapper', '', w.fdwname, '', w.fdwacl, w.fdwowner
  FROM pg_catalog.pg_foreign_data_wrapper w
  WHERE w.fdwacl IS NOT NULL
  UNION ALL
  SELECT 'server', '', s.srvname, '', s.srvacl, s.srvowner
  FROM pg_catalog.pg_foreign_server s
  WHERE s.srvacl IS NOT NULL
)
SELECT a.kind, a.schema, a.name, a.sub_name,
       CASE WHEN x.grantee = 0 THEN 'public'
            ELSE pg_catalog.pg_get_userbyid(x.grantee)::pg_catalog.text END AS grantee,
       x.privilege_type AS privilege,
       x.is_grantable AS grantable
FROM acls a
LEFT JOIN LATERAL (SELECT e.grantee, e.privilege_type, e.is_grantable
                   FROM pg_catalog.aclexplode(a.acl) e
                   WHERE e.grantee <> a.owner) x ON true
WHERE a.schema NOT IN ('pg_catalog', 'information_schema')
  AND a.schema NOT LIKE 'pg\_toast%' AND a.schema NOT LIKE 'pg\_temp%'
ORDER BY a.kind, a.schema, a.name, a.sub_name, grantee, privilege
