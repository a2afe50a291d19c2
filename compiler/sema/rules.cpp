// Rules: CREATE RULE, kept as written for the server, on a table or view the files declare.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::DeclareRule(const ast::CreateRule& statement, const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> table = Qualify(statement.table, NameUse::kRelation);
  if (!table) {
    return;
  }
  if (catalog_.tables.count(*table) == 0 && catalog_.views.count(*table) == 0) {
    std::vector<std::string> candidates;
    for (const auto& [name, declared] : catalog_.tables) {
      candidates.push_back(name.Text());
    }
    for (const auto& [name, declared] : catalog_.views) {
      candidates.push_back(name.Text());
    }
    ReportUnknown("unknown-relation", statement.table.range,
                  fmt::format("table or view \"{}\" does not exist", table->Text()), table->Text(),
                  candidates);
    return;
  }
  catalog::RuleName key{*table, statement.name.name};
  if (auto existing = catalog_.rules.find(key); existing != catalog_.rules.end()) {
    auto& d = sink_.Error("duplicate-object", statement.name.range,
                          fmt::format("rule \"{}\" on \"{}\" is declared twice; keep one "
                                      "declaration",
                                      key.name, table->Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
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
  std::vector<std::string> candidates;
  for (const auto& [key, rule] : catalog_.rules) {
    if (key.table == table) {
      candidates.push_back(key.name);
    }
  }
  ReportUnknown("unknown-rule", name.range,
                fmt::format("rule \"{}\" on \"{}\" does not exist", name.name, table.Text()),
                name.name, candidates);
  return nullptr;
}

}  // namespace schemac::sema
