// Rules: CREATE RULE, kept as written for the server, on a table or view the files declare.
#include "compiler.h"

namespace schemac::sema {

void Compiler::DeclareRule(const ast::CreateRule& statement, const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> table = TableOrView(statement.table);
  if (!table) {
    return;
  }
  catalog::RuleName key{*table, statement.name.name};
  auto existing = catalog_.rules.find(key);
  if (DeclaredTwiceOn(
          "rule", key, statement.name.range,
          existing == catalog_.rules.end() ? nullptr : &existing->second.origin.range)) {
    return;
  }
  catalog::Rule rule;
  rule.name = key;
  rule.origin.range = range;
  rule.written = Written(statement.statement);
  catalog_.rules[key] = std::move(rule);
}

catalog::Rule* Compiler::FindRule(const catalog::QualifiedName& table,
                                  const ast::Identifier& name) {
  auto it = catalog_.rules.find({table, name.name});
  if (it != catalog_.rules.end()) {
    return &it->second;
  }
  ReportUnknownOn("rule", table, name, NamesOn(catalog_.rules, table));
  return nullptr;
}

}  // namespace schemac::sema
