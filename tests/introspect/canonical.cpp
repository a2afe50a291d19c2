#include "introspect/canonical.h"

#include <memory>
#include <variant>

#include "schemac/base/diagnostics.h"
#include "schemac/base/source.h"
#include "schemac/parse/parser.h"

#include "sema/expression.h"

namespace schemac::testing {
namespace {

sema::ColumnTypes TypesOf(const catalog::Table* table) {
  sema::ColumnTypes types;
  if (table != nullptr) {
    for (const catalog::Column& column : table->columns) {
      types[column.name] = column.type;
    }
  }
  return types;
}

// The parser takes expressions only inside statements, so the text becomes a check constraint
// of a throwaway table.
std::string Canonical(const std::string& text, const sema::ColumnTypes& types) {
  auto file = std::make_shared<base::SourceFile>(
      "expression.sql", "CREATE TABLE t (c integer CHECK (" + text + "));");
  base::DiagnosticSink sink;
  ast::File parsed = parse::ParseFile(file, sink);
  if (sink.has_errors() || parsed.statements.size() != 1) {
    return text;
  }
  const auto* create = std::get_if<ast::CreateTable>(&parsed.statements[0].body);
  if (create == nullptr || create->columns.size() != 1) {
    return text;
  }
  for (const ast::Constraint& constraint : create->columns[0].constraints) {
    if (constraint.kind == ast::ConstraintKind::kCheck) {
      return sema::CanonicalExpression(constraint.expression.tokens, types, text);
    }
  }
  return text;
}

void Canonicalise(std::optional<std::string>& text, const sema::ColumnTypes& types) {
  if (text) {
    text = Canonical(*text, types);
  }
}

}  // namespace

void CanonicaliseExpressions(catalog::Catalog& catalog) {
  for (auto& [name, table] : catalog.tables) {
    sema::ColumnTypes types = TypesOf(&table);
    for (catalog::Column& column : table.columns) {
      Canonicalise(column.default_expression, types);
      Canonicalise(column.generated_expression, types);
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      if (constraint.type == catalog::ConstraintType::kCheck) {
        constraint.expression = Canonical(constraint.expression, types);
      }
    }
  }
  for (auto& [name, index] : catalog.indexes) {
    auto table = catalog.tables.find(index.table);
    sema::ColumnTypes types = TypesOf(table == catalog.tables.end() ? nullptr : &table->second);
    for (catalog::IndexKey& key : index.keys) {
      if (!key.expression.empty()) {
        key.expression = Canonical(key.expression, types);
      }
    }
    Canonicalise(index.predicate, types);
  }
}

}  // namespace schemac::testing
