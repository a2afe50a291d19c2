-- set: enable_nestloop = off
-- What each object uses, as the server records it (pg_depend), with both ends named the way
-- schemac names objects: `kind` is the kind's token ("schema", "extension", "enum", "sequence",
-- "table", "column", "constraint", "index", "view", "materialized_view", "function", "trigger",
-- "domain", "composite", "range", "aggregate", "policy", "rule", "statistics", "collation",
-- "text_search_dictionary", "text_search_configuration", "text_search_parser",
-- "text_search_template", "conversion", "event_trigger", "operator", "cast",
-- "publication", "foreign_data_wrapper", "server", "user_mapping" (named by its server, its role
-- as sub-name), "operator_family", "operator_class" (its index access method as sub-name),
-- "access_method", or the name of a kind schemac does not manage: "language", "transform" (no
-- name: the unmanaged query names none); what has no name here, a toast table or an internal
-- trigger, is left out), then the schema, the name (a trigger's or a policy's: its table's) and,
-- for a column, constraint, trigger or policy, its name within the table, for a function its
-- argument types (as the functions query writes them).
-- Before they are named, the ends are resolved to what schemac treats as one object:
--   * a column default (pg_attrdef) is its column;
--   * an array type is its element type, a table's row type is the table, a multirange type is
--     its range type;
--   * the index of a primary key, unique or exclusion constraint is the constraint;
--   * the rule that holds a view's query (pg_rewrite, '_RETURN') is the view;
--   * a domain's check is the domain;
--   * a table or schema of a publication (pg_publication_rel, pg_publication_namespace) is the
--     publication;
--   * an operator or function of an operator family (pg_amop, pg_amproc) is the class it belongs
--     to, or else the family;
--   * anything that belongs to an extension (a function, a type, an operator) is the extension.
-- Only normal and automatic rows ('n', 'a') are uses: the others make an object part of another
-- one (internal 'i': an index of its constraint, a type of its table, a view's rule of the
-- view) or a member of an extension ('e', 'x'), or tie partitions ('P', 'S'). A default's
-- automatic row to its column, and a sequence's to the column that owns it (read by the
-- sequences query), say nothing more; nor do rows whose two ends resolve to one object.
-- Built-in objects have no rows. The caller keeps the rows whose two ends are objects of its
-- catalog, and sorts them and removes duplicates.
-- The joins cover the whole of pg_depend: the planner's estimates right after a bulk load are
-- far off and its nested loops took minutes on 5,000 tables, hence the setting above.
WITH
extension_of AS (
  SELECT d.classid, d.objid, n.nspname AS schema, e.extname AS name
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_extension e ON e.oid = d.refobjid
  JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
  WHERE d.deptype = 'e' AND d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass
),
uses AS (
  SELECT d.classid, d.objid, d.objsubid, d.refclassid, d.refobjid, d.refobjsubid, d.deptype
  FROM pg_catalog.pg_depend d
  WHERE d.deptype IN ('n', 'a') AND d.objid >= 16384 AND d.refobjid >= 16384
    AND NOT (d.deptype = 'a' AND d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass)
),
ends AS (
  SELECT classid, objid, objsubid FROM uses
  UNION
  SELECT refclassid, refobjid, refobjsubid FROM uses
),
-- Each end resolved to the catalog row that names it: a type first to its element type when
-- it is an array, then to its table when it is a table's row type.
resolved AS (
  SELECT e.classid, e.objid, e.objsubid,
         CASE
           WHEN e.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass
             THEN 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid
           WHEN bt.typrelid <> 0 AND btc.relkind <> 'c'
             THEN 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid
           WHEN k.oid IS NOT NULL
             THEN 'pg_catalog.pg_constraint'::pg_catalog.regclass::pg_catalog.oid
           WHEN dk.oid IS NOT NULL
             THEN 'pg_catalog.pg_type'::pg_catalog.regclass::pg_catalog.oid
           WHEN rw.oid IS NOT NULL
             THEN 'pg_catalog.pg_class'::pg_catalog.regclass::pg_catalog.oid
           WHEN pr.oid IS NOT NULL OR pns.oid IS NOT NULL
             THEN 'pg_catalog.pg_publication'::pg_catalog.regclass::pg_catalog.oid
           WHEN mc.refobjid IS NOT NULL
             THEN 'pg_catalog.pg_opclass'::pg_catalog.regclass::pg_catalog.oid
           WHEN amo.oid IS NOT NULL OR amp.oid IS NOT NULL
             THEN 'pg_catalog.pg_opfamily'::pg_catalog.regclass::pg_catalog.oid
           ELSE e.classid
         END AS r_classid,
         CASE
           WHEN e.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass THEN ad.adrelid
           WHEN bt.typrelid <> 0 AND btc.relkind <> 'c' THEN bt.typrelid
           WHEN bt.oid IS NOT NULL THEN coalesce(mr.rngtypid, bt.oid)
           WHEN k.oid IS NOT NULL THEN k.oid
           WHEN dk.oid IS NOT NULL THEN dk.contypid
           WHEN rw.oid IS NOT NULL THEN rw.ev_class
           WHEN pr.oid IS NOT NULL THEN pr.prpubid
           WHEN pns.oid IS NOT NULL THEN pns.pnpubid
           WHEN mc.refobjid IS NOT NULL THEN mc.refobjid
           WHEN amo.oid IS NOT NULL THEN amo.amopfamily
           WHEN amp.oid IS NOT NULL THEN amp.amprocfamily
           ELSE e.objid
         END AS r_objid,
         CASE
           WHEN e.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass THEN ad.adnum
           WHEN k.oid IS NOT NULL OR dk.oid IS NOT NULL OR rw.oid IS NOT NULL THEN 0
           ELSE e.objsubid
         END AS r_objsubid
  FROM ends e
  LEFT JOIN pg_catalog.pg_attrdef ad
    ON e.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND ad.oid = e.objid
  LEFT JOIN pg_catalog.pg_type t
    ON e.classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = e.objid
  LEFT JOIN pg_catalog.pg_type et ON et.oid = t.typelem AND et.typarray = t.oid
  LEFT JOIN pg_catalog.pg_type bt ON bt.oid = coalesce(et.oid, t.oid)
  LEFT JOIN pg_catalog.pg_class btc ON btc.oid = bt.typrelid
  LEFT JOIN pg_catalog.pg_range mr ON mr.rngmultitypid = bt.oid
  LEFT JOIN pg_catalog.pg_index ix
    ON e.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ix.indexrelid = e.objid
  LEFT JOIN pg_catalog.pg_constraint k
    ON k.conindid = ix.indexrelid AND k.conrelid = ix.indrelid AND k.contype IN ('p', 'u', 'x')
  LEFT JOIN pg_catalog.pg_rewrite rw
    ON e.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND rw.oid = e.objid
       AND rw.rulename = '_RETURN'
  LEFT JOIN pg_catalog.pg_constraint dk
    ON e.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND dk.oid = e.objid
       AND dk.contypid <> 0
  LEFT JOIN pg_catalog.pg_publication_rel pr
    ON e.classid = 'pg_catalog.pg_publication_rel'::pg_catalog.regclass AND pr.oid = e.objid
  LEFT JOIN pg_catalog.pg_publication_namespace pns
    ON e.classid = 'pg_catalog.pg_publication_namespace'::pg_catalog.regclass
       AND pns.oid = e.objid
  LEFT JOIN pg_catalog.pg_amop amo
    ON e.classid = 'pg_catalog.pg_amop'::pg_catalog.regclass AND amo.oid = e.objid
  LEFT JOIN pg_catalog.pg_amproc amp
    ON e.classid = 'pg_catalog.pg_amproc'::pg_catalog.regclass AND amp.oid = e.objid
  LEFT JOIN pg_catalog.pg_depend mc
    ON (amo.oid IS NOT NULL OR amp.oid IS NOT NULL) AND mc.classid = e.classid
       AND mc.objid = e.objid AND mc.deptype = 'i'
       AND mc.refclassid = 'pg_catalog.pg_opclass'::pg_catalog.regclass
),
-- Each resolved end named: an extension member by its extension, the rest by its own catalog.
named AS (
  SELECT r.classid, r.objid, r.objsubid,
         CASE
           WHEN x.name IS NOT NULL THEN 'extension'
           WHEN r.r_classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass THEN 'schema'
           WHEN r.r_classid = 'pg_catalog.pg_extension'::pg_catalog.regclass THEN 'extension'
           WHEN r.r_classid = 'pg_catalog.pg_type'::pg_catalog.regclass THEN
             CASE t.typtype WHEN 'e' THEN 'enum' WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range'
                            WHEN 'm' THEN 'range' WHEN 'c' THEN 'composite' ELSE 'type' END
           WHEN r.r_classid = 'pg_catalog.pg_class'::pg_catalog.regclass THEN
             CASE
               WHEN c.relkind IN ('r', 'p', 'f') AND r.r_objsubid <> 0 THEN 'column'
               WHEN c.relkind IN ('r', 'p', 'f') THEN 'table'
               WHEN c.relkind = 'S' THEN 'sequence'
               WHEN c.relkind IN ('i', 'I') THEN 'index'
               WHEN c.relkind = 'v' THEN 'view'
               WHEN c.relkind = 'm' THEN 'materialized_view'
               WHEN c.relkind = 'c' THEN 'composite'
               ELSE 'other'
             END
           WHEN r.r_classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass THEN
             CASE WHEN k.conrelid <> 0 THEN 'constraint' ELSE 'domain constraint' END
           WHEN r.r_classid = 'pg_catalog.pg_proc'::pg_catalog.regclass THEN
             CASE WHEN p.prokind = 'a' THEN 'aggregate' ELSE 'function' END
           WHEN g.oid IS NOT NULL AND NOT g.tgisinternal THEN 'trigger'
           WHEN pl.oid IS NOT NULL THEN 'policy'
           WHEN ru.oid IS NOT NULL THEN 'rule'
           WHEN sx.oid IS NOT NULL THEN 'statistics'
           WHEN co.oid IS NOT NULL THEN 'collation'
           WHEN td.oid IS NOT NULL THEN 'text_search_dictionary'
           WHEN tc.oid IS NOT NULL THEN 'text_search_configuration'
           WHEN ev.oid IS NOT NULL THEN 'event_trigger'
           WHEN op.oid IS NOT NULL THEN 'operator'
           WHEN ca.oid IS NOT NULL THEN 'cast'
           WHEN pu.oid IS NOT NULL THEN 'publication'
           WHEN fw.oid IS NOT NULL THEN 'foreign_data_wrapper'
           WHEN fs.oid IS NOT NULL THEN 'server'
           WHEN um.umid IS NOT NULL THEN 'user_mapping'
           WHEN cv.oid IS NOT NULL THEN 'conversion'
           WHEN tp.oid IS NOT NULL THEN 'text_search_parser'
           WHEN tt.oid IS NOT NULL THEN 'text_search_template'
           WHEN ocl.oid IS NOT NULL THEN 'operator_class'
           WHEN ofa.oid IS NOT NULL THEN 'operator_family'
           WHEN la.oid IS NOT NULL THEN 'language'
           WHEN ame.oid IS NOT NULL THEN 'access_method'
           WHEN tf.oid IS NOT NULL THEN 'transform'
           ELSE 'other'
         END AS kind,
         coalesce(x.schema, n.nspname, cn.nspname, tn.nspname, kn.nspname, xn.nspname, pn.nspname,
                  gn.nspname, pln.nspname, run.nspname, sxn.nspname, con.nspname, tdn.nspname,
                  tcn.nspname, opn.nspname, ocln.nspname, ofan.nspname, tpn.nspname, ttn.nspname,
                  cvn.nspname, '') AS schema,
         coalesce(x.name, n.nspname, c.relname, t.typname, kc.relname, xe.extname, p.proname,
                  gc.relname, plc.relname, ruc.relname, sx.stxname, co.collname, td.dictname,
                  tc.cfgname, ev.evtname, op.oprname,
                  pg_catalog.format_type(ca.castsource, NULL), pu.pubname, fw.fdwname,
                  fs.srvname, um.srvname, ocl.opcname, ofa.opfname, tp.prsname, tt.tmplname,
                  cv.conname, la.lanname, ame.amname, '') AS name,
         CASE
           WHEN x.name IS NOT NULL THEN ''
           WHEN c.relkind IN ('r', 'p', 'f') AND r.r_objsubid <> 0 THEN a.attname::pg_catalog.text
           WHEN k.conrelid <> 0 THEN k.conname::pg_catalog.text
           WHEN g.oid IS NOT NULL THEN g.tgname::pg_catalog.text
           WHEN pl.oid IS NOT NULL THEN pl.polname::pg_catalog.text
           WHEN ru.oid IS NOT NULL THEN ru.rulename::pg_catalog.text
           WHEN op.oid IS NOT NULL THEN
             CASE WHEN op.oprleft = 0 THEN 'NONE'
                  ELSE pg_catalog.format_type(op.oprleft, NULL) END
             || ', ' || pg_catalog.format_type(op.oprright, NULL)
           WHEN ca.oid IS NOT NULL THEN pg_catalog.format_type(ca.casttarget, NULL)
           WHEN um.umid IS NOT NULL THEN um.usename::pg_catalog.text
           WHEN ocl.oid IS NOT NULL OR ofa.oid IS NOT NULL THEN am.amname::pg_catalog.text
           WHEN p.oid IS NOT NULL THEN
             pg_catalog.array_to_string(
               ARRAY(SELECT pg_catalog.format_type(pa.type, NULL)
                     FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[])
                          WITH ORDINALITY pa(type, i)
                     ORDER BY pa.i),
               ', ')
           ELSE ''
         END AS sub_name
  FROM resolved r
  LEFT JOIN extension_of x ON x.classid = r.r_classid AND x.objid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace n
    ON r.r_classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND n.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_class c
    ON r.r_classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND c.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace cn ON cn.oid = c.relnamespace
  LEFT JOIN pg_catalog.pg_attribute a
    ON a.attrelid = c.oid AND a.attnum = r.r_objsubid AND r.r_objsubid > 0
  LEFT JOIN pg_catalog.pg_type t
    ON r.r_classid = 'pg_catalog.pg_type'::pg_catalog.regclass AND t.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
  LEFT JOIN pg_catalog.pg_constraint k
    ON r.r_classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND k.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_class kc ON kc.oid = k.conrelid
  LEFT JOIN pg_catalog.pg_namespace kn ON kn.oid = kc.relnamespace
  LEFT JOIN pg_catalog.pg_extension xe
    ON r.r_classid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND xe.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace xn ON xn.oid = xe.extnamespace
  LEFT JOIN pg_catalog.pg_proc p
    ON r.r_classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND p.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace pn ON pn.oid = p.pronamespace
  LEFT JOIN pg_catalog.pg_trigger g
    ON r.r_classid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND g.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_class gc ON gc.oid = g.tgrelid
  LEFT JOIN pg_catalog.pg_namespace gn ON gn.oid = gc.relnamespace
  LEFT JOIN pg_catalog.pg_policy pl
    ON r.r_classid = 'pg_catalog.pg_policy'::pg_catalog.regclass AND pl.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_class plc ON plc.oid = pl.polrelid
  LEFT JOIN pg_catalog.pg_namespace pln ON pln.oid = plc.relnamespace
  LEFT JOIN pg_catalog.pg_rewrite ru
    ON r.r_classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND ru.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_class ruc ON ruc.oid = ru.ev_class
  LEFT JOIN pg_catalog.pg_namespace run ON run.oid = ruc.relnamespace
  LEFT JOIN pg_catalog.pg_statistic_ext sx
    ON r.r_classid = 'pg_catalog.pg_statistic_ext'::pg_catalog.regclass AND sx.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace sxn ON sxn.oid = sx.stxnamespace
  LEFT JOIN pg_catalog.pg_collation co
    ON r.r_classid = 'pg_catalog.pg_collation'::pg_catalog.regclass AND co.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace con ON con.oid = co.collnamespace
  LEFT JOIN pg_catalog.pg_ts_dict td
    ON r.r_classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass AND td.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace tdn ON tdn.oid = td.dictnamespace
  LEFT JOIN pg_catalog.pg_ts_config tc
    ON r.r_classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass AND tc.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace tcn ON tcn.oid = tc.cfgnamespace
  LEFT JOIN pg_catalog.pg_event_trigger ev
    ON r.r_classid = 'pg_catalog.pg_event_trigger'::pg_catalog.regclass AND ev.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_operator op
    ON r.r_classid = 'pg_catalog.pg_operator'::pg_catalog.regclass AND op.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
  LEFT JOIN pg_catalog.pg_cast ca
    ON r.r_classid = 'pg_catalog.pg_cast'::pg_catalog.regclass AND ca.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_publication pu
    ON r.r_classid = 'pg_catalog.pg_publication'::pg_catalog.regclass AND pu.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_foreign_data_wrapper fw
    ON r.r_classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
       AND fw.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_foreign_server fs
    ON r.r_classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass AND fs.oid = r.r_objid
  -- pg_user_mapping is readable by superusers only; its view is readable by all.
  LEFT JOIN pg_catalog.pg_user_mappings um
    ON r.r_classid = 'pg_catalog.pg_user_mapping'::pg_catalog.regclass AND um.umid = r.r_objid
  LEFT JOIN pg_catalog.pg_opclass ocl
    ON r.r_classid = 'pg_catalog.pg_opclass'::pg_catalog.regclass AND ocl.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace ocln ON ocln.oid = ocl.opcnamespace
  LEFT JOIN pg_catalog.pg_opfamily ofa
    ON r.r_classid = 'pg_catalog.pg_opfamily'::pg_catalog.regclass AND ofa.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace ofan ON ofan.oid = ofa.opfnamespace
  LEFT JOIN pg_catalog.pg_am am ON am.oid = coalesce(ocl.opcmethod, ofa.opfmethod)
  LEFT JOIN pg_catalog.pg_ts_parser tp
    ON r.r_classid = 'pg_catalog.pg_ts_parser'::pg_catalog.regclass AND tp.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace tpn ON tpn.oid = tp.prsnamespace
  LEFT JOIN pg_catalog.pg_ts_template tt
    ON r.r_classid = 'pg_catalog.pg_ts_template'::pg_catalog.regclass AND tt.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace ttn ON ttn.oid = tt.tmplnamespace
  LEFT JOIN pg_catalog.pg_conversion cv
    ON r.r_classid = 'pg_catalog.pg_conversion'::pg_catalog.regclass AND cv.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_namespace cvn ON cvn.oid = cv.connamespace
  LEFT JOIN pg_catalog.pg_language la
    ON r.r_classid = 'pg_catalog.pg_language'::pg_catalog.regclass AND la.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_am ame
    ON r.r_classid = 'pg_catalog.pg_am'::pg_catalog.regclass AND ame.oid = r.r_objid
  LEFT JOIN pg_catalog.pg_transform tf
    ON r.r_classid = 'pg_catalog.pg_transform'::pg_catalog.regclass AND tf.oid = r.r_objid
)
SELECT o.kind, o.schema, o.name, o.sub_name,
       r.kind AS referenced_kind, r.schema AS referenced_schema, r.name AS referenced_name,
       r.sub_name AS referenced_sub_name
FROM uses u
JOIN named o ON o.classid = u.classid AND o.objid = u.objid AND o.objsubid = u.objsubid
JOIN named r ON r.classid = u.refclassid AND r.objid = u.refobjid AND r.objsubid = u.refobjsubid
WHERE (o.kind, o.schema, o.name, o.sub_name) IS DISTINCT FROM
      (r.kind, r.schema, r.name, r.sub_name)
  AND o.kind <> 'other' AND r.kind <> 'other'
  AND NOT (u.deptype = 'a' AND o.kind = 'sequence' AND r.kind = 'column')
