#include "server/server_view.h"

#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "schemac/base/quote.h"

namespace schemac::testing {
namespace {

using base::QuoteIdentifier;

// Objects that belong to an extension are not part of the schema.
constexpr const char* kNotExtension =
    "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = "
    "'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid AND d.deptype = 'e')";
constexpr const char* kUserSchema =
    "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' "
    "AND n.nspname NOT LIKE 'pg_temp%'";

std::string Queries() {
  return fmt::format(
      R"SQL(\pset tuples_only on
\pset format unaligned
SET search_path = '';
SELECT 'table ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)
       || ' unlogged=' || (c.relpersistence = 'u')::int
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND {0} AND {1};
SELECT 'column ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || '.'
       || quote_ident(a.attname) || ' #' || row_number() OVER (PARTITION BY c.oid ORDER BY a.attnum)
       || ' type=' || format_type(a.atttypid, a.atttypmod) || ' not_null=' || a.attnotnull::int
       || ' default=' || (a.atthasdef OR a.attidentity <> '')::int
       || ' identity=' || coalesce(nullif(a.attidentity::text, ''), '-')
       || ' generated=' || coalesce(nullif(a.attgenerated::text, ''), '-')
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND {0} AND {1};
SELECT 'constraint ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || '.'
       || quote_ident(k.conname) || ' type=' || k.contype::text
       || ' columns=' || CASE WHEN k.contype IN ('c', 'x') THEN '' ELSE coalesce((
           SELECT string_agg(quote_ident(a.attname), ',' ORDER BY u.i)
           FROM unnest(k.conkey) WITH ORDINALITY u(num, i)
           JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.num), '')
           END
       || ' references=' || coalesce(k.confrelid::pg_catalog.regclass::text, '-')
       || '(' || coalesce((SELECT string_agg(quote_ident(a.attname), ',' ORDER BY u.i)
           FROM unnest(k.confkey) WITH ORDINALITY u(num, i)
           JOIN pg_catalog.pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.num), '')
       || ') deferrable=' || (k.condeferrable AND k.contype <> 'x')::int
       || ' deferred=' || (k.condeferred AND k.contype <> 'x')::int
       || ' validated=' || k.convalidated::int
       || ' actions=' || CASE WHEN k.contype = 'f'
                              THEN k.confupdtype::text || k.confdeltype::text || k.confmatchtype::text
                              ELSE '-' END
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class c ON c.oid = k.conrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE k.contype IN ('p', 'u', 'f', 'c', 'x') AND k.conparentid = 0 AND k.conislocal
  AND {0} AND {1};
SELECT 'index ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname)
       || ' table=' || i.indrelid::pg_catalog.regclass::text || ' unique=' || i.indisunique::int
       || ' method=' || am.amname || ' keys=' || i.indnkeyatts
       || ' columns=' || i.indnatts || ' partial=' || (i.indpred IS NOT NULL)::int
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_am am ON am.oid = c.relam
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k WHERE k.conindid = i.indexrelid
                  AND k.contype IN ('p', 'u', 'x'))
  AND NOT c.relispartition AND {0} AND {1};
SELECT CASE WHEN d.deptype = 'i' THEN 'identity ' || quote_ident(tn.nspname) || '.'
              || quote_ident(t.relname) || '.' || quote_ident(a.attname) || ' sequence='
            ELSE 'sequence ' END
       || quote_ident(n.nspname) || '.' || quote_ident(c.relname)
       || ' type=' || format_type(s.seqtypid, NULL) || ' increment=' || s.seqincrement
       || ' min=' || s.seqmin || ' max=' || s.seqmax || ' start=' || s.seqstart
       || ' cache=' || s.seqcache || ' cycle=' || s.seqcycle::int
       || ' unlogged=' || (c.relpersistence = 'u')::int
       || CASE WHEN d.deptype = 'a' THEN ' owned_by=' || quote_ident(tn.nspname) || '.'
              || quote_ident(t.relname) || '.' || quote_ident(a.attname) ELSE '' END
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND d.objid = c.oid AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
     AND d.deptype IN ('a', 'i')
LEFT JOIN pg_catalog.pg_class t ON t.oid = d.refobjid
LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = t.relnamespace
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE {0} AND {1};
SELECT 'enum ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' labels='
       || coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                    FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), '')
FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype = 'e' AND {0};
)SQL",
      kUserSchema, kNotExtension);
}

std::string SequenceLine(const catalog::SequenceOptions& options) {
  return fmt::format("type={} increment={} min={} max={} start={} cache={} cycle={}", options.type,
                     options.increment, options.min_value, options.max_value, options.start,
                     options.cache, options.cycle ? 1 : 0);
}

std::string Columns(const std::vector<std::string>& columns) {
  std::string out;
  for (const std::string& column : columns) {
    out += (out.empty() ? "" : ",") + QuoteIdentifier(column);
  }
  return out;
}

char ActionCode(catalog::ReferentialAction action) {
  switch (action) {
    case catalog::ReferentialAction::kNoAction:
      return 'a';
    case catalog::ReferentialAction::kRestrict:
      return 'r';
    case catalog::ReferentialAction::kCascade:
      return 'c';
    case catalog::ReferentialAction::kSetNull:
      return 'n';
    case catalog::ReferentialAction::kSetDefault:
      return 'd';
  }
  return '?';
}

char MatchCode(catalog::MatchType match) {
  switch (match) {
    case catalog::MatchType::kSimple:
      return 's';
    case catalog::MatchType::kFull:
      return 'f';
    case catalog::MatchType::kPartial:
      return 'p';
  }
  return '?';
}

}  // namespace

std::vector<std::string> ServerView(const pgserver::EphemeralServer& server,
                                    const std::string& database, std::string* error) {
  pgserver::PsqlResult result = server.RunPsql(Queries(), database);
  if (result.exit_code != 0) {
    *error = result.errors;
    return {};
  }
  std::vector<std::string> lines;
  std::istringstream in(result.output);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) {
      lines.push_back(line);
    }
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

std::vector<std::string> CatalogView(const catalog::Catalog& catalog) {
  std::vector<std::string> lines;
  for (const auto& [name, table] : catalog.tables) {
    std::string table_name = name.Quoted();
    lines.push_back(fmt::format("table {} unlogged={}", table_name, table.unlogged ? 1 : 0));
    int position = 0;
    for (const catalog::Column& column : table.columns) {
      bool has_default =
          column.default_expression || column.identity || column.generated_expression;
      std::string identity = "-";
      if (column.identity) {
        identity = column.identity->kind == catalog::IdentityKind::kAlways ? "a" : "d";
        lines.push_back(fmt::format(
            "identity {}.{} sequence={} {} unlogged=0", table_name, QuoteIdentifier(column.name),
            column.identity->sequence.Quoted(), SequenceLine(column.identity->options)));
      }
      lines.push_back(
          fmt::format("column {}.{} #{} type={} not_null={} default={} identity={} "
                      "generated={}",
                      table_name, QuoteIdentifier(column.name), ++position, column.type,
                      column.not_null ? 1 : 0, has_default ? 1 : 0, identity,
                      column.generated_expression ? "s" : "-"));
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      char type = constraint.type == catalog::ConstraintType::kPrimaryKey   ? 'p'
                  : constraint.type == catalog::ConstraintType::kUnique     ? 'u'
                  : constraint.type == catalog::ConstraintType::kForeignKey ? 'f'
                  : constraint.type == catalog::ConstraintType::kExclusion  ? 'x'
                                                                            : 'c';
      bool foreign = constraint.type == catalog::ConstraintType::kForeignKey;
      std::string columns = Columns(constraint.columns);
      if (constraint.type == catalog::ConstraintType::kCheck ||
          constraint.type == catalog::ConstraintType::kExclusion) {
        // conkey of a check lists the columns it uses, of an exclusion constraint its elements'
        // columns (deferrability is in its definition); not compared here.
        columns = "";
      }
      std::string actions =
          foreign ? fmt::format("{}{}{}", ActionCode(constraint.on_update),
                                ActionCode(constraint.on_delete), MatchCode(constraint.match))
                  : "-";
      lines.push_back(fmt::format(
          "constraint {}.{} type={} columns={} references={}({}) deferrable={} deferred={} "
          "validated={} actions={}",
          table_name, QuoteIdentifier(constraint_name), type, columns,
          foreign ? constraint.referenced_table.Quoted() : "-",
          foreign ? Columns(constraint.referenced_columns) : "", constraint.deferrable ? 1 : 0,
          constraint.initially_deferred ? 1 : 0, constraint.validated ? 1 : 0, actions));
    }
  }
  for (const auto& [name, index] : catalog.indexes) {
    lines.push_back(fmt::format(
        "index {} table={} unique={} method={} keys={} columns={} "
        "partial={}",
        name.Quoted(), index.table.Quoted(), index.unique ? 1 : 0, index.method, index.keys.size(),
        index.keys.size() + index.include.size(), index.predicate ? 1 : 0));
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    std::string owned;
    if (sequence.owned_by) {
      owned = fmt::format(" owned_by={}.{}", sequence.owned_by->table.Quoted(),
                          QuoteIdentifier(sequence.owned_by->column));
    }
    lines.push_back(fmt::format("sequence {} {} unlogged={}{}", name.Quoted(),
                                SequenceLine(sequence.options), sequence.unlogged ? 1 : 0, owned));
  }
  for (const auto& [name, type] : catalog.enums) {
    std::string labels;
    for (const std::string& label : type.labels) {
      labels += (labels.empty() ? "" : ",") + label;
    }
    lines.push_back(fmt::format("enum {} labels={}", name.Quoted(), labels));
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace schemac::testing
