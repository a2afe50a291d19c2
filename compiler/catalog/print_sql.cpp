#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/print.h"

namespace schemac::catalog {
namespace {

using base::QuoteIdentifier;
using base::QuoteLiteral;

std::string ColumnList(const std::vector<std::string>& columns) {
  std::string out = "(";
  for (size_t i = 0; i < columns.size(); ++i) {
    out += (i == 0 ? "" : ", ") + QuoteIdentifier(columns[i]);
  }
  return out + ")";
}

std::string Options(const StorageOptions& options) {
  std::string out = "(";
  bool first = true;
  for (const auto& [name, value] : options) {
    out += (first ? "" : ", ") + QuoteIdentifier(name) + "=" + QuoteLiteral(value);
    first = false;
  }
  return out + ")";
}

std::string SequenceClauses(const SequenceOptions& options) {
  return fmt::format("AS {} INCREMENT BY {} MINVALUE {} MAXVALUE {} START WITH {} CACHE {} {}",
                     options.type, options.increment, options.min_value, options.max_value,
                     options.start, options.cache, options.cycle ? "CYCLE" : "NO CYCLE");
}

std::string ColumnSql(const Column& column) {
  std::string out = QuoteIdentifier(column.name) + " " + column.type;
  if (column.collation) {
    out += " COLLATE " + *column.collation;
  }
  if (column.identity) {
    const Identity& identity = *column.identity;
    // The identity sequence has the column's type, so AS is left out.
    SequenceOptions options = identity.options;
    std::string clauses = SequenceClauses(options);
    clauses = clauses.substr(clauses.find(" INCREMENT") + 1);
    out += fmt::format(" GENERATED {} AS IDENTITY (SEQUENCE NAME {} {})",
                       identity.kind == IdentityKind::kAlways ? "ALWAYS" : "BY DEFAULT",
                       identity.sequence.Quoted(), clauses);
  }
  if (column.generated_expression) {
    out += " GENERATED ALWAYS AS (" + *column.generated_expression + ") STORED";
  }
  if (column.default_expression) {
    out += " DEFAULT " + *column.default_expression;
  }
  if (column.not_null) {
    out += " NOT NULL";
  }
  return out;
}

std::string ConstraintSql(const Constraint& constraint) {
  std::string out = "CONSTRAINT " + QuoteIdentifier(constraint.name) + " ";
  switch (constraint.type) {
    case ConstraintType::kPrimaryKey:
    case ConstraintType::kUnique:
      out += constraint.type == ConstraintType::kPrimaryKey ? "PRIMARY KEY " : "UNIQUE ";
      if (constraint.nulls_not_distinct) {
        out += "NULLS NOT DISTINCT ";
      }
      out += ColumnList(constraint.columns);
      if (!constraint.include.empty()) {
        out += " INCLUDE " + ColumnList(constraint.include);
      }
      if (!constraint.index_options.empty()) {
        out += " WITH " + Options(constraint.index_options);
      }
      break;
    case ConstraintType::kCheck:
      out += "CHECK (" + constraint.expression + ")";
      if (constraint.no_inherit) {
        out += " NO INHERIT";
      }
      break;
    case ConstraintType::kForeignKey:
      out += "FOREIGN KEY " + ColumnList(constraint.columns) + " REFERENCES " +
             constraint.referenced_table.Quoted() + ColumnList(constraint.referenced_columns);
      if (constraint.match != MatchType::kSimple) {
        out += fmt::format(" MATCH {}", MatchSql(constraint.match));
      }
      if (constraint.on_update != ReferentialAction::kNoAction) {
        out += fmt::format(" ON UPDATE {}", ActionSql(constraint.on_update));
      }
      if (constraint.on_delete != ReferentialAction::kNoAction) {
        out += fmt::format(" ON DELETE {}", ActionSql(constraint.on_delete));
        if (!constraint.on_delete_columns.empty()) {
          out += " " + ColumnList(constraint.on_delete_columns);
        }
      }
      break;
  }
  if (constraint.deferrable) {
    out += constraint.initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
  }
  if (!constraint.validated) {
    out += " NOT VALID";
  }
  return out;
}

// Constraints that cannot be part of CREATE TABLE: foreign keys (their tables may form a cycle)
// and constraints not validated yet.
bool AddedAfterTables(const Constraint& constraint) {
  return constraint.type == ConstraintType::kForeignKey || !constraint.validated;
}

std::string IndexSql(const Index& index) {
  std::string out = fmt::format("CREATE {}INDEX {} ON {} USING {} (", index.unique ? "UNIQUE " : "",
                                QuoteIdentifier(index.name.name), index.table.Quoted(),
                                QuoteIdentifier(index.method));
  for (size_t i = 0; i < index.keys.size(); ++i) {
    const IndexKey& key = index.keys[i];
    out += i == 0 ? "" : ", ";
    out += key.column.empty() ? "(" + key.expression + ")" : QuoteIdentifier(key.column);
    if (key.collation) {
      out += " COLLATE " + *key.collation;
    }
    if (key.opclass) {
      out += " " + *key.opclass;
      if (!key.opclass_options.empty()) {
        out += " " + Options(key.opclass_options);
      }
    }
    if (key.descending) {
      out += " DESC";
    }
    if (key.nulls_first != key.descending) {
      out += key.nulls_first ? " NULLS FIRST" : " NULLS LAST";
    }
  }
  out += ")";
  if (!index.include.empty()) {
    out += " INCLUDE " + ColumnList(index.include);
  }
  if (index.nulls_not_distinct) {
    out += " NULLS NOT DISTINCT";
  }
  if (!index.options.empty()) {
    out += " WITH " + Options(index.options);
  }
  if (index.predicate) {
    out += " WHERE " + *index.predicate;
  }
  return out + ";\n";
}

void Comment(std::string& out, std::string_view target, const std::optional<std::string>& text) {
  if (text) {
    out += fmt::format("COMMENT ON {} IS {};\n", target, QuoteLiteral(*text));
  }
}

void Section(std::string& out, std::string_view title, const std::string& body) {
  if (!body.empty()) {
    out += fmt::format("\n-- {}\n{}", title, body);
  }
}

}  // namespace

std::string PrintSql(const Catalog& catalog) {
  std::string schemas;
  for (const auto& [name, schema] : catalog.schemas) {
    if (name != "public") {
      schemas += fmt::format("CREATE SCHEMA {};\n", QuoteIdentifier(name));
    }
  }
  std::string extensions;
  for (const auto& [name, extension] : catalog.extensions) {
    extensions += fmt::format("CREATE EXTENSION {} WITH SCHEMA {}", QuoteIdentifier(name),
                              QuoteIdentifier(extension.schema));
    if (extension.version) {
      extensions += " VERSION " + QuoteLiteral(*extension.version);
    }
    extensions += ";\n";
  }
  std::string types;
  for (const auto& [name, type] : catalog.enums) {
    types += fmt::format("CREATE TYPE {} AS ENUM (", name.Quoted());
    for (size_t i = 0; i < type.labels.size(); ++i) {
      types += (i == 0 ? "" : ", ") + QuoteLiteral(type.labels[i]);
    }
    types += ");\n";
  }
  std::string sequences;
  std::string ownership;
  for (const auto& [name, sequence] : catalog.sequences) {
    sequences += fmt::format("CREATE {}SEQUENCE {} {};\n", sequence.unlogged ? "UNLOGGED " : "",
                             name.Quoted(), SequenceClauses(sequence.options));
    if (sequence.owned_by) {
      ownership += fmt::format("ALTER SEQUENCE {} OWNED BY {}.{};\n", name.Quoted(),
                               sequence.owned_by->table.Quoted(),
                               QuoteIdentifier(sequence.owned_by->column));
    }
  }
  std::string tables;
  std::string later_constraints;
  for (const auto& [name, table] : catalog.tables) {
    tables += fmt::format("CREATE {}TABLE {} (", table.unlogged ? "UNLOGGED " : "", name.Quoted());
    bool first = true;
    for (const Column& column : table.columns) {
      tables += (first ? "\n    " : ",\n    ") + ColumnSql(column);
      first = false;
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (AddedAfterTables(constraint)) {
        later_constraints +=
            fmt::format("ALTER TABLE {} ADD {};\n", name.Quoted(), ConstraintSql(constraint));
      } else {
        tables += (first ? "\n    " : ",\n    ") + ConstraintSql(constraint);
        first = false;
      }
    }
    tables += first ? ")" : "\n)";
    if (!table.options.empty()) {
      tables += " WITH " + Options(table.options);
    }
    tables += ";\n";
  }
  std::string indexes;
  for (const auto& [name, index] : catalog.indexes) {
    indexes += IndexSql(index);
  }

  std::string comments;
  for (const auto& [name, schema] : catalog.schemas) {
    Comment(comments, "SCHEMA " + QuoteIdentifier(name), schema.comment);
  }
  for (const auto& [name, extension] : catalog.extensions) {
    Comment(comments, "EXTENSION " + QuoteIdentifier(name), extension.comment);
  }
  for (const auto& [name, type] : catalog.enums) {
    Comment(comments, "TYPE " + name.Quoted(), type.comment);
  }
  for (const auto& [name, sequence] : catalog.sequences) {
    Comment(comments, "SEQUENCE " + name.Quoted(), sequence.comment);
  }
  for (const auto& [name, table] : catalog.tables) {
    Comment(comments, "TABLE " + name.Quoted(), table.comment);
    for (const Column& column : table.columns) {
      Comment(comments, "COLUMN " + name.Quoted() + "." + QuoteIdentifier(column.name),
              column.comment);
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      Comment(comments, "CONSTRAINT " + QuoteIdentifier(constraint_name) + " ON " + name.Quoted(),
              constraint.comment);
      Comment(comments, "INDEX " + QualifiedName{name.schema, constraint_name}.Quoted(),
              constraint.index_comment);
    }
  }
  for (const auto& [name, index] : catalog.indexes) {
    Comment(comments, "INDEX " + name.Quoted(), index.comment);
  }

  std::string out;
  Section(out, "schemas", schemas);
  Section(out, "extensions", extensions);
  Section(out, "types", types);
  Section(out, "sequences", sequences);
  Section(out, "tables", tables);
  Section(out, "indexes", indexes);
  Section(out, "constraints added after their tables", later_constraints);
  Section(out, "sequence ownership", ownership);
  Section(out, "comments", comments);
  return out.empty() ? out : out.substr(1);
}

}  // namespace schemac::catalog
