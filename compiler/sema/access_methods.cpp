// Access methods: CREATE ACCESS METHOD, kept as written for the server, and COMMENT ON ACCESS
// METHOD.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::DeclareAccessMethod(const ast::CreateAccessMethod& statement,
                                   const base::SourceRange& range) {
  const std::string& name = statement.name.name;
  if (auto existing = catalog_.access_methods.find(name);
      existing != catalog_.access_methods.end()) {
    auto& d = sink_.Error(
        "duplicate-object", statement.name.range,
        fmt::format("access method \"{}\" is declared twice; keep one declaration", name));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::AccessMethod method;
  method.name = name;
  method.type = statement.type;
  method.origin.range = range;
  method.written = Written(statement.statement);
  catalog_.access_methods[name] = std::move(method);
}

catalog::AccessMethod* Compiler::FindAccessMethod(const ast::Identifier& name) {
  auto it = catalog_.access_methods.find(name.name);
  if (it != catalog_.access_methods.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates;
  for (const auto& [declared, method] : catalog_.access_methods) {
    candidates.push_back(declared);
  }
  ReportUnknown("unknown-access-method", name.range,
                fmt::format("access method \"{}\" is not declared by the files (the built-in ones, "
                            "such as heap and btree, are not schemac's to comment on)",
                            name.name),
                name.name, candidates);
  return nullptr;
}

}  // namespace schemac::sema
