#include "schemac/parse/parser.h"
#include "schemac/sema/canonical.h"

#include "expression.h"

namespace schemac::sema {
namespace {

ColumnTypes TypesOf(const catalog::Table* table) {
  ColumnTypes types;
  if (table != nullptr) {
    for (const catalog::Column& column : table->columns) {
      types[column.name] = column.type;
    }
  }
  return types;
}

std::string Canonical(const std::string& text, const ColumnTypes& types,
                      const std::string& target_type = "") {
  std::optional<std::vector<ast::ExpressionToken>> tokens = parse::TokenizeExpression(text);
  return tokens ? CanonicalExpression(*tokens, types, text, nullptr, target_type) : text;
}

void Canonicalize(std::optional<std::string>& text, const ColumnTypes& types,
                  const std::string& target_type = "") {
  if (text) {
    text = Canonical(*text, types, target_type);
  }
}

}  // namespace

void CanonicalizeExpressions(catalog::Catalog& catalog) {
  for (auto& [name, table] : catalog.tables) {
    ColumnTypes types = TypesOf(&table);
    for (catalog::Column& column : table.columns) {
      Canonicalize(column.default_expression, types, column.type);
      Canonicalize(column.generated_expression, types, column.type);
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      if (constraint.type == catalog::ConstraintType::kCheck) {
        constraint.expression = Canonical(constraint.expression, types);
      }
    }
  }
  for (auto& [name, index] : catalog.indexes) {
    auto table = catalog.tables.find(index.table);
    ColumnTypes types = TypesOf(table == catalog.tables.end() ? nullptr : &table->second);
    for (catalog::IndexKey& key : index.keys) {
      if (!key.expression.empty()) {
        key.expression = Canonical(key.expression, types);
      }
    }
    Canonicalize(index.predicate, types);
  }
}

}  // namespace schemac::sema
