-- set: enable_nestloop = off
-- Everything of the database that schemac does not manage, one row each, with the kind, schema
-- and name, PostgreSQL's identity of it (pg_identify_object) and a detail:
--   * objects of kinds the schema language has no statement for (base types, languages,
--     rules on a materialized view, ...);
--   * objects of managed kinds that depend on one of those, directly or through one another: a
--     table with a column of a base type of the user's, a sequence owned by such a table
--     (dependents, with the first thing they depend on);
--   * properties of objects (`property`): row-level security switched on (but an ordinary
--     table's), a relation's tablespace of its own, a security label, a comment on an identity
--     column's sequence.
-- `leave_out` says which managed object the row takes out of the catalog the other queries
-- read: a 'table' (with its columns, constraints and indexes), a 'sequence', an 'index', a
-- 'view' (a materialized view with its indexes), a 'domain', a 'composite' or 'range' type, a
-- 'function' whose argument types are `parent` (as the functions query writes them), or a
-- 'constraint' of table `parent`.
-- `relation_name` and `type_name` say whether the object's name is taken among the relations
-- (pg_class) or the types (pg_type) of its schema.
-- Objects of system schemas and objects that belong to an extension are left out, as in the
-- other queries. Cluster-wide objects (roles, tablespaces, databases) are not part of a schema.
WITH RECURSIVE
user_schemas AS (
  SELECT n.oid FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
),
extension_members AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d WHERE d.deptype = 'e'
),
-- Objects made as parts of another one (deptype 'i'): the constructors of a range type, the
-- cast between a range and its multirange, ...
parts AS (
  SELECT d.classid, d.objid FROM pg_catalog.pg_depend d
  WHERE d.deptype = 'i' AND d.objsubid = 0
    AND d.classid IN ('pg_catalog.pg_proc'::pg_catalog.regclass,
                      'pg_catalog.pg_cast'::pg_catalog.regclass)
),
user_relations AS (
  SELECT c.* FROM pg_catalog.pg_class c
  JOIN user_schemas s ON s.oid = c.relnamespace
  WHERE NOT EXISTS (SELECT 1 FROM extension_members x
                    WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND x.objid = c.oid)
),
-- The tables, sequences, constraints and indexes that the other queries read: what may depend
-- on something unmanaged.
managed_tables AS (
  SELECT c.oid, c.reltype FROM user_relations c
  WHERE c.relkind IN ('r', 'p', 'f')
),
managed_sequences AS (
  SELECT c.oid FROM user_relations c
  WHERE c.relkind = 'S'
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                      AND d.objid = c.oid AND d.deptype = 'i')
),
managed_constraints AS (
  SELECT k.oid, k.conrelid, k.conindid, k.contype FROM pg_catalog.pg_constraint k
  JOIN managed_tables t ON t.oid = k.conrelid
  WHERE k.contype IN ('p', 'u', 'f', 'c')
),
managed_views AS (
  SELECT c.oid FROM user_relations c WHERE c.relkind IN ('v', 'm')
),
managed_domains AS (
  SELECT t.oid FROM pg_catalog.pg_type t
  JOIN user_schemas s ON s.oid = t.typnamespace
  WHERE t.typtype = 'd'
    AND NOT EXISTS (SELECT 1 FROM extension_members x
                    WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND x.objid = t.oid)
),
managed_composites AS (
  SELECT t.oid, t.typrelid FROM pg_catalog.pg_type t
  JOIN user_schemas s ON s.oid = t.typnamespace
  JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
  WHERE t.typtype = 'c'
    AND NOT EXISTS (SELECT 1 FROM extension_members x
                    WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND x.objid = t.oid)
),
managed_ranges AS (
  SELECT r.rngtypid AS oid, r.rngmultitypid FROM pg_catalog.pg_range r
  JOIN pg_catalog.pg_type t ON t.oid = r.rngtypid
  JOIN user_schemas s ON s.oid = t.typnamespace
  WHERE NOT EXISTS (SELECT 1 FROM extension_members x
                    WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND x.objid = t.oid)
),
managed_functions AS (
  SELECT p.oid FROM pg_catalog.pg_proc p
  JOIN user_schemas s ON s.oid = p.pronamespace
  WHERE NOT EXISTS (SELECT 1 FROM extension_members x
                    WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                      AND x.objid = p.oid)
    AND NOT EXISTS (SELECT 1 FROM parts x
                    WHERE x.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                      AND x.objid = p.oid)
),
managed_indexes AS (
  SELECT i.indexrelid, i.indrelid FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid AND NOT ic.relispartition
  JOIN (SELECT oid FROM managed_tables
        UNION ALL
        SELECT v.oid FROM managed_views v
        JOIN pg_catalog.pg_class c ON c.oid = v.oid AND c.relkind = 'm') t ON t.oid = i.indrelid
  WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k
                    WHERE k.conindid = i.indexrelid AND k.contype IN ('p', 'u', 'x'))
),
-- Types the schema language cannot name: every type of a user schema but enums, domains,
-- composite types, ranges and multiranges and the row types of relations (base and shell
-- types), and their arrays. The row type of a relation is unmanaged when the relation is (below).
unmanaged_types AS (
  SELECT t.oid, t.typarray FROM pg_catalog.pg_type t
  JOIN user_schemas s ON s.oid = t.typnamespace
  WHERE t.typtype NOT IN ('e', 'd', 'c', 'r', 'm')
    AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type e WHERE e.typarray = t.oid)
    AND NOT EXISTS (SELECT 1 FROM extension_members x
                    WHERE x.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                      AND x.objid = t.oid)
),
objects (classid, objid, objsubid, kind, schema, name, detail, property, relation_name,
         type_name, leave_out, parent, listed) AS (
  -- Base and shell types.
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 0,
         CASE t.typtype WHEN 'p' THEN 'shell type' ELSE 'base type' END,
         n.nspname, t.typname, NULL, false, false, true, NULL, NULL, true
  FROM unmanaged_types u
  JOIN pg_catalog.pg_type t ON t.oid = u.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
  WHERE t.typtype IN ('b', 'p')
  UNION ALL
  -- Triggers on what is not a table (foreign or not) or a view (not those PostgreSQL makes for
  -- foreign keys, nor the copies on partitions).
  SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, g.oid, 0, 'trigger', n.nspname, g.tgname,
         NULL, false, false, false, NULL, NULL, true
  FROM pg_catalog.pg_trigger g
  JOIN user_relations c ON c.oid = g.tgrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT g.tgisinternal AND g.tgparentid = 0 AND c.relkind NOT IN ('r', 'p', 'f', 'v')
  UNION ALL
  SELECT 'pg_catalog.pg_policy'::pg_catalog.regclass, p.oid, 0, 'policy', n.nspname, p.polname,
         NULL, false, false, false, NULL, NULL, true
  FROM pg_catalog.pg_policy p
  JOIN user_relations c ON c.oid = p.polrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind NOT IN ('r', 'p')
  UNION ALL
  -- Rules on what is not a table or a view, but the _RETURN rule that makes a view.
  SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid, 0, 'rule', n.nspname, r.rulename,
         NULL, false, false, false, NULL, NULL, true
  FROM pg_catalog.pg_rewrite r
  JOIN user_relations c ON c.oid = r.ev_class
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE r.rulename <> '_RETURN' AND c.relkind NOT IN ('r', 'p', 'v')
  UNION ALL
  -- Objects outside schemas. Those initdb makes have OIDs below 16384 (FirstNormalObjectId).
  SELECT o.classid, o.objid, 0, o.kind, '', o.name, NULL, false, false, false, NULL, NULL, true
  FROM (
    SELECT 'pg_catalog.pg_language'::pg_catalog.regclass, oid, 'language', lanname
    FROM pg_catalog.pg_language WHERE oid >= 16384
    UNION ALL
    SELECT 'pg_catalog.pg_transform'::pg_catalog.regclass, oid, 'transform', ''
    FROM pg_catalog.pg_transform
    UNION ALL
    SELECT 'pg_catalog.pg_subscription'::pg_catalog.regclass, oid, 'subscription', subname
    FROM pg_catalog.pg_subscription
    WHERE subdbid = (SELECT oid FROM pg_catalog.pg_database
                     WHERE datname = pg_catalog.current_database())
  ) o (classid, objid, kind, name)
  WHERE NOT EXISTS (SELECT 1 FROM extension_members x
                    WHERE x.classid = o.classid AND x.objid = o.objid)
    AND NOT EXISTS (SELECT 1 FROM parts x WHERE x.classid = o.classid AND x.objid = o.objid)
  UNION ALL
  -- Properties. Row-level security switched on, but for a table's (the tables query
  -- reads it).
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0, 'row-level security', n.nspname,
         c.relname,
         CASE WHEN c.relrowsecurity AND c.relforcerowsecurity THEN 'enabled, forced'
              WHEN c.relrowsecurity THEN 'enabled' ELSE 'forced' END,
         true, false, false, NULL, NULL, true
  FROM user_relations c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  WHERE (c.relrowsecurity OR c.relforcerowsecurity) AND c.relkind NOT IN ('r', 'p')
  UNION ALL
  -- A relation in a tablespace of its own rather than the database's (TABLESPACE), which plans
  -- neither give nor move.
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 0, 'tablespace', n.nspname,
         c.relname, t.spcname::pg_catalog.text, true, false, false, NULL, NULL, true
  FROM user_relations c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_tablespace t ON t.oid = c.reltablespace
  UNION ALL
  -- A security label (SECURITY LABEL FOR provider ON ...), which only a label provider loaded in
  -- the server can set, by object and provider.
  SELECT l.classoid, l.objoid, l.objsubid, 'security label', i.schema,
         COALESCE(i.name, i.identity), l.provider, true, false, false, NULL, NULL, true
  FROM pg_catalog.pg_seclabel l
  CROSS JOIN LATERAL pg_catalog.pg_identify_object(l.classoid, l.objoid, 0) i
  WHERE NOT EXISTS (SELECT 1 FROM extension_members x
                    WHERE x.classid = l.classoid AND x.objid = l.objoid)
  UNION ALL
  -- A comment on the sequence of an identity column (a part of its column), which the catalog
  -- has no place for.
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, s.oid, 0, 'identity sequence comment',
         n.nspname, s.relname, d.description, true, false, false, NULL, NULL, true
  FROM pg_catalog.pg_description d
  JOIN pg_catalog.pg_class s
    ON s.oid = d.objoid AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
   AND d.objsubid = 0 AND s.relkind = 'S'
  JOIN pg_catalog.pg_namespace n ON n.oid = s.relnamespace
  WHERE s.relnamespace IN (SELECT oid FROM user_schemas)
    AND EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                WHERE x.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                  AND x.objid = s.oid AND x.deptype = 'i')
),
-- What the managed objects depend on, by pg_depend, besides their own table: a table on the
-- type it is made of (CREATE TABLE ... OF) and its access method, on the types and collations
-- of its columns and on what its defaults and generation expressions use,
-- a sequence on the table that owns it, a constraint on the table it references and the key it
-- uses, on what its check or its index uses, an index on what its keys and predicate use.
-- The next lines make a key's index stand for its constraint; then a view on what its
-- query uses (its rule's dependencies), a function on the types of its arguments and result and
-- on what its SQL-standard body uses.
edges (classid, objid, refclassid, refobjid) AS (
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, t.oid, d.refclassid, d.refobjid
  FROM managed_tables t
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = t.oid
   AND d.deptype = 'n'
  UNION ALL
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, t.oid, d.refclassid, d.refobjid
  FROM managed_tables t
  JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = t.oid
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND d.objid = ad.oid
   AND d.deptype = 'n'
  UNION ALL
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, q.oid, d.refclassid, d.refobjid
  FROM managed_sequences q
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = q.oid
   AND d.deptype = 'a'
  UNION ALL
  SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid, d.refclassid, d.refobjid
  FROM managed_constraints k
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND d.objid = k.oid
   AND d.deptype = 'n'
  UNION ALL
  SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid, d.refclassid, d.refobjid
  FROM managed_constraints k
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = k.conindid
   AND d.deptype = 'n'
  WHERE k.contype IN ('p', 'u')
  UNION ALL
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, i.indexrelid, d.refclassid, d.refobjid
  FROM managed_indexes i
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = i.indexrelid
   AND d.deptype = 'n'
  UNION ALL
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, k.conindid,
         'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid
  FROM managed_constraints k WHERE k.contype IN ('p', 'u')
  UNION ALL
  SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, v.oid, d.refclassid, d.refobjid
  FROM managed_views v
  JOIN pg_catalog.pg_rewrite r ON r.ev_class = v.oid AND r.rulename = '_RETURN'
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = r.oid
   AND d.deptype = 'n' AND d.refobjid <> v.oid
  UNION ALL
  -- The row type of a relation stands or falls with the relation, and its array type with it.
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, c.reltype,
         'pg_catalog.pg_class'::pg_catalog.regclass, c.oid
  FROM user_relations c WHERE c.reltype <> 0
  UNION ALL
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.typarray,
         'pg_catalog.pg_type'::pg_catalog.regclass, t.oid
  FROM user_relations c JOIN pg_catalog.pg_type t ON t.oid = c.reltype
  WHERE t.typarray <> 0
  UNION ALL
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, m.oid, d.refclassid, d.refobjid
  FROM managed_domains m
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objid = m.oid
   AND d.deptype = 'n'
  UNION ALL
  -- A range type on its subtype, operator class, collation and functions; its multirange type
  -- stands or falls with it.
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, m.oid, d.refclassid, d.refobjid
  FROM managed_ranges m
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND d.objid = m.oid
   AND d.deptype = 'n'
  UNION ALL
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, m.rngmultitypid,
         'pg_catalog.pg_type'::pg_catalog.regclass, m.oid
  FROM managed_ranges m
  UNION ALL
  -- A composite type on the types and collations of its attributes.
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, m.oid, d.refclassid, d.refobjid
  FROM managed_composites m
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = m.typrelid
   AND d.deptype = 'n'
  UNION ALL
  SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, f.oid, d.refclassid, d.refobjid
  FROM managed_functions f
  JOIN pg_catalog.pg_depend d
    ON d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = f.oid
   AND d.deptype = 'n'
),
-- Everything unmanaged that a managed object may depend on, and, transitively, the managed
-- objects that depend on it.
unmanaged (classid, objid) AS (
  SELECT o.classid, o.objid FROM objects o WHERE NOT o.property
  UNION
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, u.oid FROM unmanaged_types u
  UNION
  SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, u.typarray FROM unmanaged_types u
  WHERE u.typarray <> 0
  UNION
  SELECT e.classid, e.objid
  FROM edges e
  JOIN unmanaged u ON u.classid = e.refclassid AND u.objid = e.refobjid
),
-- The first unmanaged thing each dependent depends on (a dependent object among them).
reasons AS (
  SELECT DISTINCT ON (e.classid, e.objid) e.classid, e.objid,
         'depends on ' || i.type || ' ' || i.identity AS detail
  FROM edges e
  JOIN unmanaged v ON v.classid = e.refclassid AND v.objid = e.refobjid
  CROSS JOIN LATERAL pg_catalog.pg_identify_object(e.refclassid, e.refobjid, 0) i
  ORDER BY e.classid, e.objid, i.type, i.identity
),
dependents (classid, objid, objsubid, kind, schema, name, detail, property, relation_name,
            type_name, leave_out, parent, listed) AS (
  SELECT r.classid, r.objid, 0, m.kind, n.nspname, m.name, r.detail, false, m.relation_name,
         m.type_name, m.leave_out, m.parent, m.listed
  FROM reasons r
  JOIN (
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass AS classid, c.oid AS objid,
           'table' AS kind, c.relname AS name, c.relnamespace AS namespace,
           true AS relation_name, true AS type_name, 'table' AS leave_out,
           NULL::pg_catalog.text AS parent, true AS listed
    FROM managed_tables t JOIN pg_catalog.pg_class c ON c.oid = t.oid
    UNION ALL
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 'sequence', c.relname,
           c.relnamespace, true, false, 'sequence', NULL, true
    FROM managed_sequences q JOIN pg_catalog.pg_class c ON c.oid = q.oid
    UNION ALL
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid, 'index', c.relname,
           c.relnamespace, true, false, 'index', NULL, true
    FROM managed_indexes i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
    UNION ALL
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid,
           CASE c.relkind WHEN 'm' THEN 'materialized view' ELSE 'view' END, c.relname,
           c.relnamespace, true, true, 'view', NULL, true
    FROM managed_views v JOIN pg_catalog.pg_class c ON c.oid = v.oid
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 'domain', t.typname,
           t.typnamespace, false, true, 'domain', NULL, true
    FROM managed_domains m JOIN pg_catalog.pg_type t ON t.oid = m.oid
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 'range type', t.typname,
           t.typnamespace, false, true, 'range', NULL, true
    FROM managed_ranges m JOIN pg_catalog.pg_type t ON t.oid = m.oid
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 'composite type', t.typname,
           t.typnamespace, true, true, 'composite', NULL, true
    FROM managed_composites m JOIN pg_catalog.pg_type t ON t.oid = m.oid
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid,
           CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
           p.proname,
           p.pronamespace, false, false, 'function',
           pg_catalog.array_to_string(
             ARRAY(SELECT pg_catalog.format_type(pa.type, NULL)
                   FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[])
                        WITH ORDINALITY pa(type, i)
                   ORDER BY pa.i),
             ', '),
           true
    FROM managed_functions f JOIN pg_catalog.pg_proc p ON p.oid = f.oid
    UNION ALL
    SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid,
           CASE k.contype WHEN 'p' THEN 'primary key' WHEN 'u' THEN 'unique constraint'
                          WHEN 'f' THEN 'foreign key' ELSE 'check constraint' END,
           k.conname, c.relnamespace, false, false, 'constraint', c.relname::pg_catalog.text,
           -- A foreign key to a partitioned table has a copy for each partition.
           k.conparentid = 0
    FROM managed_constraints m JOIN pg_catalog.pg_constraint k ON k.oid = m.oid
    JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
  ) m ON m.classid = r.classid AND m.objid = r.objid
  JOIN pg_catalog.pg_namespace n ON n.oid = m.namespace
)
SELECT o.kind, o.schema, o.name,
       CASE WHEN o.kind IN ('privileges', 'row-level security', 'tablespace', 'security label',
                            'identity sequence comment')
            THEN 'on ' || i.type || ' ' || i.identity ELSE i.identity END AS identity,
       o.detail, o.property, o.relation_name,
       o.type_name, o.leave_out, o.parent, o.listed
FROM (SELECT * FROM objects UNION ALL SELECT * FROM dependents) o
CROSS JOIN LATERAL pg_catalog.pg_identify_object(o.classid, o.objid, o.objsubid) i
ORDER BY o.property, o.schema, o.name, o.kind, i.identity
