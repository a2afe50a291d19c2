// Row-level security policies (CREATE POLICY): declared on a table, their expressions left to
// the server.
#include <algorithm>

#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::DeclarePolicy(const ast::CreatePolicy& statement, const base::SourceRange& range) {
  catalog::Table* table = FindTable(statement.table, "");
  if (table == nullptr) {
    return;
  }
  catalog::PolicyName key{table->name, statement.name.name};
  if (auto existing = catalog_.policies.find(key); existing != catalog_.policies.end()) {
    auto& d = sink_.Error("duplicate-object", statement.name.range,
                          fmt::format("policy \"{}\" on \"{}\" is declared twice; keep one "
                                      "declaration",
                                      key.name, table->name.Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::Policy policy;
  policy.name = key;
  policy.origin.range = range;
  policy.written = Written(statement.statement);
  if (!statement.roles.empty()) {
    policy.roles.clear();
    for (const ast::Identifier& role : statement.roles) {
      policy.roles.push_back(role.name);
    }
    std::sort(policy.roles.begin(), policy.roles.end());
    policy.roles.erase(std::unique(policy.roles.begin(), policy.roles.end()), policy.roles.end());
  }
  catalog_.policies[key] = std::move(policy);
}

catalog::Policy* Compiler::FindPolicy(const catalog::QualifiedName& table,
                                      const ast::Identifier& name) {
  auto it = catalog_.policies.find({table, name.name});
  if (it != catalog_.policies.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates;
  for (const auto& [key, policy] : catalog_.policies) {
    if (key.table == table) {
      candidates.push_back(key.name);
    }
  }
  ReportUnknown("unknown-policy", name.range,
                fmt::format("policy \"{}\" on \"{}\" does not exist", name.name, table.Text()),
                name.name, candidates);
  return nullptr;
}

}  // namespace schemac::sema
