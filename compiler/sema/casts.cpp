// Casts: CREATE CAST, kept as written for the server, named by their source and target types.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

catalog::CastName Compiler::CastNameOf(const ast::TypeName& source, const ast::TypeName& target) {
  return {ArgumentType(source), ArgumentType(target)};
}

void Compiler::DeclareCast(const ast::CreateCast& statement, const base::SourceRange& range) {
  catalog::CastName name = CastNameOf(statement.source, statement.target);
  if (auto existing = catalog_.casts.find(name); existing != catalog_.casts.end()) {
    auto& d =
        sink_.Error("duplicate-object", statement.range,
                    fmt::format("cast {} is declared twice; keep one declaration", name.Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::Cast cast;
  cast.name = name;
  cast.origin.range = range;
  cast.written = Written(statement.statement);
  catalog_.casts[name] = std::move(cast);
}

catalog::Cast* Compiler::FindCast(const std::vector<ast::FunctionParameter>& types,
                                  const base::SourceRange& range) {
  catalog::CastName name = CastNameOf(types[0].type, types[1].type);
  auto it = catalog_.casts.find(name);
  if (it != catalog_.casts.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates = NamesOf(catalog_.casts);
  ReportUnknown("unknown-cast", range,
                fmt::format("cast {} is not declared by the schema files; declare it with CREATE "
                            "CAST",
                            name.Text()),
                name.Text(), candidates);
  return nullptr;
}

}  // namespace schemac::sema
