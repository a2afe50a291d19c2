// Publications: CREATE PUBLICATION and ALTER PUBLICATION ... ADD | SET | DROP, kept as written for
// the server, which reads what they publish.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::DeclarePublication(const ast::CreatePublication& statement,
                                  const base::SourceRange& range) {
  const std::string& name = statement.name.name;
  if (auto existing = catalog_.publications.find(name); existing != catalog_.publications.end()) {
    auto& d = sink_.Error(
        "duplicate-object", statement.name.range,
        fmt::format("publication \"{}\" is declared twice; keep one declaration", name));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::Publication publication;
  publication.name = name;
  publication.origin.range = range;
  publication.written.push_back(Written(statement.statement));
  catalog_.publications[name] = std::move(publication);
}

catalog::Publication* Compiler::FindPublication(const ast::Identifier& name) {
  auto it = catalog_.publications.find(name.name);
  if (it != catalog_.publications.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates;
  for (const auto& [declared, publication] : catalog_.publications) {
    candidates.push_back(declared);
  }
  ReportUnknown("unknown-publication", name.range,
                fmt::format("publication \"{}\" does not exist; declare it with CREATE "
                            "PUBLICATION",
                            name.name),
                name.name, candidates);
  return nullptr;
}

void Compiler::AlterPublication(const ast::AlterPublication& statement) {
  if (catalog::Publication* publication = FindPublication(statement.name)) {
    publication->written.push_back(Written(statement.statement));
  }
}

}  // namespace schemac::sema
