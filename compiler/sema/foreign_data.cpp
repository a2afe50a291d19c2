// Foreign-data wrappers, servers and user mappings: CREATE, then the ALTER statements after it,
// kept as written for the server, which reads their functions, types, versions and options.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {
namespace {

std::string_view KindWord(ast::ForeignDataKind kind) {
  switch (kind) {
    case ast::ForeignDataKind::kWrapper:
      return "foreign-data wrapper";
    case ast::ForeignDataKind::kServer:
      return "server";
    case ast::ForeignDataKind::kUserMapping:
      return "user mapping";
  }
  return "";
}

// Declares an object of `map` (created when missing), or reports the second declaration.
template <typename Map, typename Name>
auto* Declare(Map& map, const Name& name, const std::string& text, std::string_view word,
              const base::SourceRange& name_range, const base::SourceRange& range,
              base::DiagnosticSink& sink) {
  using Object = typename Map::mapped_type;
  if (auto existing = map.find(name); existing != map.end()) {
    auto& d = sink.Error("duplicate-object", name_range,
                         fmt::format("{} {} is declared twice; keep one declaration", word, text));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return static_cast<Object*>(nullptr);
  }
  Object& object = map[name];
  object.name = name;
  object.origin.range = range;
  return &object;
}

}  // namespace

void Compiler::DeclareForeignData(const ast::ForeignData& statement,
                                  const base::SourceRange& range) {
  const std::string& name = statement.name.name;
  std::string quoted = fmt::format("\"{}\"", name);
  std::vector<catalog::Written>* written = nullptr;
  switch (statement.kind) {
    case ast::ForeignDataKind::kWrapper:
      if (auto* wrapper = Declare(catalog_.foreign_data_wrappers, name, quoted,
                                  KindWord(statement.kind), statement.name.range, range, sink_)) {
        written = &wrapper->written;
      }
      break;
    case ast::ForeignDataKind::kServer:
      if (auto* server = Declare(catalog_.servers, name, quoted, KindWord(statement.kind),
                                 statement.name.range, range, sink_)) {
        written = &server->written;
      }
      break;
    case ast::ForeignDataKind::kUserMapping: {
      catalog::UserMappingName mapping{name, statement.user.name};
      if (auto* object = Declare(catalog_.user_mappings, mapping, mapping.Text(),
                                 KindWord(statement.kind), statement.user.range, range, sink_)) {
        written = &object->written;
      }
      break;
    }
  }
  if (written != nullptr) {
    written->push_back(Written(statement.statement));
  }
}

std::vector<catalog::Written>* Compiler::FindForeignData(ast::ForeignDataKind kind,
                                                         const ast::Identifier& name,
                                                         const ast::Identifier& user) {
  std::vector<std::string> candidates;
  std::string code;
  std::string message;
  switch (kind) {
    case ast::ForeignDataKind::kWrapper: {
      if (auto it = catalog_.foreign_data_wrappers.find(name.name);
          it != catalog_.foreign_data_wrappers.end()) {
        return &it->second.written;
      }
      for (const auto& [declared, wrapper] : catalog_.foreign_data_wrappers) {
        candidates.push_back(declared);
      }
      // An extension's wrapper (postgres_fdw, file_fdw, dblink_fdw of dblink) is the extension's.
      for (const auto& [extension, declared] : catalog_.extensions) {
        if (name.name == extension || name.name == extension + "_fdw") {
          sink_.Error("unsupported-statement", name.range,
                      fmt::format("foreign-data wrapper \"{}\" belongs to extension \"{}\", "
                                  "which is managed as a whole: its comment, owner and "
                                  "privileges are not supported yet; remove the statement",
                                  name.name, extension));
          return nullptr;
        }
      }
      code = "unknown-foreign-data-wrapper";
      message = fmt::format(
          "foreign-data wrapper \"{}\" does not exist; declare it with CREATE FOREIGN DATA WRAPPER",
          name.name);
      break;
    }
    case ast::ForeignDataKind::kServer: {
      if (auto it = catalog_.servers.find(name.name); it != catalog_.servers.end()) {
        return &it->second.written;
      }
      for (const auto& [declared, server] : catalog_.servers) {
        candidates.push_back(declared);
      }
      code = "unknown-server";
      message =
          fmt::format("server \"{}\" does not exist; declare it with CREATE SERVER", name.name);
      break;
    }
    case ast::ForeignDataKind::kUserMapping: {
      catalog::UserMappingName mapping{name.name, user.name};
      if (auto it = catalog_.user_mappings.find(mapping); it != catalog_.user_mappings.end()) {
        return &it->second.written;
      }
      for (const auto& [declared, object] : catalog_.user_mappings) {
        if (declared.server == name.name) {
          candidates.push_back(declared.user);
        }
      }
      ReportUnknown("unknown-user-mapping", user.range,
                    fmt::format("user mapping {} does not exist; declare it with CREATE USER "
                                "MAPPING",
                                mapping.Text()),
                    user.name, candidates);
      return nullptr;
    }
  }
  ReportUnknown(code, name.range, message, name.name, candidates);
  return nullptr;
}

void Compiler::AlterForeignData(const ast::ForeignData& statement) {
  if (auto* written = FindForeignData(statement.kind, statement.name, statement.user)) {
    written->push_back(Written(statement.statement));
  }
}

}  // namespace schemac::sema
