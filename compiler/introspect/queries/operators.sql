-- Operators of the user's schemas (CREATE OPERATOR), named by their schema, symbol and argument
-- types ("NONE" on the left of a prefix operator), each with the statement that makes it again:
-- its function, argument types, commutator and negator, selectivity estimators and whether it
-- supports hash and merge joins. Shell operators (which a commutator or negator not created yet
-- leaves, with no function) are their creator's business, and those that belong to an
-- extension are left out.
SELECT n.nspname AS schema,
       o.oprname AS name,
       CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE pg_catalog.format_type(o.oprleft, NULL) END
         || ', ' || pg_catalog.format_type(o.oprright, NULL) AS arguments,
       'CREATE OPERATOR ' || pg_catalog.quote_ident(n.nspname) || '.' || o.oprname
         || ' (FUNCTION = ' || o.oprcode::pg_catalog.regproc::pg_catalog.text
         || CASE WHEN o.oprleft = 0 THEN ''
                 ELSE ', LEFTARG = ' || pg_catalog.format_type(o.oprleft, NULL) END
         || ', RIGHTARG = ' || pg_catalog.format_type(o.oprright, NULL)
         || coalesce(', COMMUTATOR = OPERATOR(' || pg_catalog.quote_ident(cn.nspname) || '.'
                     || c.oprname || ')', '')
         || coalesce(', NEGATOR = OPERATOR(' || pg_catalog.quote_ident(nn.nspname) || '.'
                     || ng.oprname || ')', '')
         || CASE WHEN o.oprrest = 0 THEN ''
                 ELSE ', RESTRICT = ' || o.oprrest::pg_catalog.regproc::pg_catalog.text END
         || CASE WHEN o.oprjoin = 0 THEN ''
                 ELSE ', JOIN = ' || o.oprjoin::pg_catalog.regproc::pg_catalog.text END
         || CASE WHEN o.oprcanhash THEN ', HASHES' ELSE '' END
         || CASE WHEN o.oprcanmerge THEN ', MERGES' ELSE '' END
         || ')' AS definition,
       pg_catalog.obj_description(o.oid, 'pg_operator') AS comment,
       pg_catalog.pg_get_userbyid(o.oprowner) AS owner
FROM pg_catalog.pg_operator o
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
LEFT JOIN pg_catalog.pg_operator c ON c.oid = o.oprcom
LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = c.oprnamespace
LEFT JOIN pg_catalog.pg_operator ng ON ng.oid = o.oprnegate
LEFT JOIN pg_catalog.pg_namespace nn ON nn.oid = ng.oprnamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND o.oprcode <> 0
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_operator'::pg_catalog.regclass
                    AND d.objid = o.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
