-- Text search dictionaries, configurations, parsers and templates of the user's schemas (CREATE
-- TEXT SEARCH DICTIONARY | CONFIGURATION | PARSER | TEMPLATE), each with the statement that makes
-- it again: a dictionary's template and options as the server keeps them, a configuration's
-- parser, a parser's and a template's functions (regproc: qualified but for pg_catalog's); and a
-- configuration's mappings: for each token type of its parser (by its alias), the dictionaries
-- tried in order, qualified. Those that belong to an extension are left out.
WITH
user_schemas AS (
  SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace n
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
),
dictionaries AS (
  SELECT d.oid, pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(d.dictname)
           AS qualified
  FROM pg_catalog.pg_ts_dict d
  JOIN pg_catalog.pg_namespace n ON n.oid = d.dictnamespace
),
mappings AS (
  SELECT m.mapcfg, t.alias,
         pg_catalog.string_agg(q.qualified, ', ' ORDER BY m.mapseqno) AS dictionaries
  FROM pg_catalog.pg_ts_config_map m
  JOIN pg_catalog.pg_ts_config c ON c.oid = m.mapcfg
  JOIN user_schemas s ON s.oid = c.cfgnamespace
  CROSS JOIN LATERAL pg_catalog.ts_token_type(c.cfgparser) t
  JOIN dictionaries q ON q.oid = m.mapdict
  WHERE t.tokid = m.maptokentype
  GROUP BY m.mapcfg, t.alias
)
SELECT 'text_search_dictionary' AS kind, s.nspname AS schema, d.dictname AS name,
       'CREATE TEXT SEARCH DICTIONARY ' || pg_catalog.quote_ident(s.nspname) || '.'
         || pg_catalog.quote_ident(d.dictname) || ' (TEMPLATE = '
         || pg_catalog.quote_ident(tn.nspname) || '.' || pg_catalog.quote_ident(t.tmplname)
         || coalesce(', ' || d.dictinitoption, '') || ')' AS definition,
       NULL::pg_catalog.text[] AS tokens, NULL::pg_catalog.text[] AS token_dictionaries,
       pg_catalog.obj_description(d.oid, 'pg_ts_dict') AS comment,
       pg_catalog.pg_get_userbyid(d.dictowner) AS owner
FROM pg_catalog.pg_ts_dict d
JOIN user_schemas s ON s.oid = d.dictnamespace
JOIN pg_catalog.pg_ts_template t ON t.oid = d.dicttemplate
JOIN pg_catalog.pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_ts_dict'::pg_catalog.regclass
                    AND x.objid = d.oid AND x.deptype = 'e')
UNION ALL
SELECT 'text_search_configuration', s.nspname, c.cfgname,
       'CREATE TEXT SEARCH CONFIGURATION ' || pg_catalog.quote_ident(s.nspname) || '.'
         || pg_catalog.quote_ident(c.cfgname) || ' (PARSER = '
         || pg_catalog.quote_ident(pn.nspname) || '.' || pg_catalog.quote_ident(p.prsname) || ')',
       ARRAY(SELECT m.alias FROM mappings m WHERE m.mapcfg = c.oid ORDER BY m.alias),
       ARRAY(SELECT m.dictionaries FROM mappings m WHERE m.mapcfg = c.oid ORDER BY m.alias),
       pg_catalog.obj_description(c.oid, 'pg_ts_config'),
       pg_catalog.pg_get_userbyid(c.cfgowner)
FROM pg_catalog.pg_ts_config c
JOIN user_schemas s ON s.oid = c.cfgnamespace
JOIN pg_catalog.pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_catalog.pg_namespace pn ON pn.oid = p.prsnamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_ts_config'::pg_catalog.regclass
                    AND x.objid = c.oid AND x.deptype = 'e')
UNION ALL
SELECT 'text_search_parser', s.nspname, p.prsname,
       'CREATE TEXT SEARCH PARSER ' || pg_catalog.quote_ident(s.nspname) || '.'
         || pg_catalog.quote_ident(p.prsname)
         || ' (START = ' || p.prsstart::pg_catalog.regproc::pg_catalog.text
         || ', GETTOKEN = ' || p.prstoken::pg_catalog.regproc::pg_catalog.text
         || ', END = ' || p.prsend::pg_catalog.regproc::pg_catalog.text
         || ', LEXTYPES = ' || p.prslextype::pg_catalog.regproc::pg_catalog.text
         || CASE WHEN p.prsheadline = 0 THEN ''
                 ELSE ', HEADLINE = ' || p.prsheadline::pg_catalog.regproc::pg_catalog.text END
         || ')',
       NULL, NULL, pg_catalog.obj_description(p.oid, 'pg_ts_parser'), NULL
FROM pg_catalog.pg_ts_parser p
JOIN user_schemas s ON s.oid = p.prsnamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_ts_parser'::pg_catalog.regclass
                    AND x.objid = p.oid AND x.deptype = 'e')
UNION ALL
SELECT 'text_search_template', s.nspname, t.tmplname,
       'CREATE TEXT SEARCH TEMPLATE ' || pg_catalog.quote_ident(s.nspname) || '.'
         || pg_catalog.quote_ident(t.tmplname) || ' ('
         || CASE WHEN t.tmplinit = 0 THEN ''
                 ELSE 'INIT = ' || t.tmplinit::pg_catalog.regproc::pg_catalog.text || ', ' END
         || 'LEXIZE = ' || t.tmpllexize::pg_catalog.regproc::pg_catalog.text || ')',
       NULL, NULL, pg_catalog.obj_description(t.oid, 'pg_ts_template'), NULL
FROM pg_catalog.pg_ts_template t
JOIN user_schemas s ON s.oid = t.tmplnamespace
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x
                  WHERE x.classid = 'pg_catalog.pg_ts_template'::pg_catalog.regclass
                    AND x.objid = t.oid AND x.deptype = 'e')
ORDER BY 1, 2, 3
