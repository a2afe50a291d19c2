-- Operator families and classes of the user's schemas (CREATE OPERATOR FAMILY | CLASS), named by
-- their schema, name and index access method, each with the statement that makes it again:
--   * a class's: DEFAULT, its type, method and family, and its members (pg_amop, pg_amproc rows
--     that belong to it: their dependency on it is internal), operators by strategy number,
--     functions by support number and types, its storage type last;
--   * a family's: its method; its members that belong to no class (added by ALTER OPERATOR
--     FAMILY ... ADD) come apart, each with what tells it from another ("OPERATOR 1 (integer,
--     bigint)", as DROP names it) and what ADD writes ("OPERATOR 1 <(integer,bigint)").
-- Operators and functions are written as regoperator and regprocedure print them under the empty
-- search_path introspection runs with: qualified but for those of pg_catalog. Those that belong
-- to an extension are left out.
WITH
user_schemas AS (
  SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
),
-- The class each member belongs to, if any.
member_class AS (
  SELECT d.classid, d.objid, d.refobjid AS opclass
  FROM pg_catalog.pg_depend d
  WHERE d.deptype = 'i' AND d.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
    AND d.classid IN ('pg_catalog.pg_amop'::pg_catalog.regclass,
                      'pg_catalog.pg_amproc'::pg_catalog.regclass)
),
members AS (
  SELECT o.amopfamily AS family, c.opclass, 0 AS sort, o.amopstrategy AS number,
         o.amoplefttype AS left_type, o.amoprighttype AS right_type,
         'OPERATOR ' || o.amopstrategy || ' ('
           || pg_catalog.format_type(o.amoplefttype, NULL) || ', '
           || pg_catalog.format_type(o.amoprighttype, NULL) || ')' AS key,
         'OPERATOR ' || o.amopstrategy || ' ' || o.amopopr::pg_catalog.regoperator::pg_catalog.text
           || CASE WHEN o.amoppurpose = 'o'
                   THEN ' FOR ORDER BY ' || pg_catalog.quote_ident(sn.nspname) || '.'
                        || pg_catalog.quote_ident(sf.opfname)
                   ELSE '' END AS member
  FROM pg_catalog.pg_amop o
  LEFT JOIN member_class c
    ON c.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass AND c.objid = o.oid
  LEFT JOIN pg_catalog.pg_opfamily sf ON sf.oid = o.amopsortfamily
  LEFT JOIN pg_catalog.pg_namespace sn ON sn.oid = sf.opfnamespace
  UNION ALL
  SELECT p.amprocfamily, c.opclass, 1, p.amprocnum, p.amproclefttype, p.amprocrighttype,
         'FUNCTION ' || p.amprocnum || ' ('
           || pg_catalog.format_type(p.amproclefttype, NULL) || ', '
           || pg_catalog.format_type(p.amprocrighttype, NULL) || ')',
         'FUNCTION ' || p.amprocnum || ' ('
           || pg_catalog.format_type(p.amproclefttype, NULL) || ', '
           || pg_catalog.format_type(p.amprocrighttype, NULL) || ') '
           || p.amproc::pg_catalog.regprocedure::pg_catalog.text
  FROM pg_catalog.pg_amproc p
  LEFT JOIN member_class c
    ON c.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass AND c.objid = p.oid
)
SELECT 'operator_family' AS kind, s.nspname AS schema, f.opfname AS name, a.amname AS method,
       'CREATE OPERATOR FAMILY ' || pg_catalog.quote_ident(s.nspname) || '.'
         || pg_catalog.quote_ident(f.opfname) || ' USING ' || pg_catalog.quote_ident(a.amname)
         AS definition,
       ARRAY(SELECT m.key FROM members m WHERE m.family = f.oid AND m.opclass IS NULL
             ORDER BY m.key) AS member_keys,
       ARRAY(SELECT m.member FROM members m WHERE m.family = f.oid AND m.opclass IS NULL
             ORDER BY m.key) AS members,
       pg_catalog.obj_description(f.oid, 'pg_opfamily') AS comment,
       pg_catalog.pg_get_userbyid(f.opfowner) AS owner
FROM pg_catalog.pg_opfamily f
JOIN user_schemas s ON s.oid = f.opfnamespace
JOIN pg_catalog.pg_am a ON a.oid = f.opfmethod
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass
                    AND x.objid = f.oid AND x.deptype = 'e')
UNION ALL
SELECT 'operator_class', s.nspname, c.opcname, a.amname,
       'CREATE OPERATOR CLASS ' || pg_catalog.quote_ident(s.nspname) || '.'
         || pg_catalog.quote_ident(c.opcname)
         || CASE WHEN c.opcdefault THEN ' DEFAULT' ELSE '' END
         || ' FOR TYPE ' || pg_catalog.format_type(c.opcintype, NULL)
         || ' USING ' || pg_catalog.quote_ident(a.amname)
         || ' FAMILY ' || pg_catalog.quote_ident(fn.nspname) || '.'
         || pg_catalog.quote_ident(f.opfname) || ' AS'
         || coalesce(E'\n    ' || (SELECT pg_catalog.string_agg(m.member, E',\n    '
                                                               ORDER BY m.sort, m.number,
                                                                        m.left_type, m.right_type)
                                   FROM members m WHERE m.opclass = c.oid), '')
         || CASE WHEN c.opckeytype = 0 THEN ''
                 WHEN EXISTS (SELECT 1 FROM members m WHERE m.opclass = c.oid)
                   THEN E',\n    STORAGE ' || pg_catalog.format_type(c.opckeytype, NULL)
                 ELSE E'\n    STORAGE ' || pg_catalog.format_type(c.opckeytype, NULL) END,
       NULL::pg_catalog.text[], NULL::pg_catalog.text[],
       pg_catalog.obj_description(c.oid, 'pg_opclass'),
       pg_catalog.pg_get_userbyid(c.opcowner)
FROM pg_catalog.pg_opclass c
JOIN user_schemas s ON s.oid = c.opcnamespace
JOIN pg_catalog.pg_am a ON a.oid = c.opcmethod
JOIN pg_catalog.pg_opfamily f ON f.oid = c.opcfamily
JOIN pg_catalog.pg_namespace fn ON fn.oid = f.opfnamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
ORDER BY 1, 2, 3, 4
