#include "project.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include <fmt/format.h>

#include "output.h"

namespace schemac::cli {

std::optional<project::Project> ReadProject(const ScopeOptions& options,
                                            base::DiagnosticSink& sink) {
  project::Project project;
  std::filesystem::path path = options.project;
  std::error_code error;
  if (path.empty() && std::filesystem::exists(project::kFileName, error)) {
    path = project::kFileName;
  }
  if (!path.empty()) {
    std::optional<project::Project> loaded = project::LoadProject(path, sink);
    if (!loaded) {
      return std::nullopt;
    }
    project = std::move(*loaded);
  }
  catalog::Scope& scope = project.scope;
  if (!options.include_schemas.empty()) {
    scope.include_schemas.insert(scope.include_schemas.end(), options.include_schemas.begin(),
                                 options.include_schemas.end());
    scope.include_origin = scope.include_origin.empty()
                               ? "--include-schema"
                               : scope.include_origin + " and --include-schema";
  }
  for (const std::string& text : options.exclude) {
    catalog::ParsedPattern parsed = catalog::ParseExclusionPattern(text);
    if (!parsed.pattern) {
      sink.Error("project-value", {}, fmt::format("--exclude: {}", parsed.error));
      return std::nullopt;
    }
    scope.exclude.push_back({std::move(*parsed.pattern), "--exclude"});
  }
  return project;
}

void WarnAbsentSchemas(const catalog::Scope& scope,
                       const std::vector<const catalog::Catalog*>& states, std::string_view where) {
  base::DiagnosticSink sink;
  for (const std::string& name : scope.include_schemas) {
    bool found = std::any_of(states.begin(), states.end(), [&](const catalog::Catalog* state) {
      return state->schemas.count(name) != 0;
    });
    if (!found) {
      sink.Warning("absent-schema", {},
                   fmt::format("schema \"{}\", which {} includes, is {}: nothing of it is "
                               "managed; check the name",
                               name, scope.include_origin, where));
    }
  }
  ReportDiagnostics(sink);
}

std::string SchemaPath(const std::string& given, const project::Project& project,
                       base::DiagnosticSink& sink) {
  if (!given.empty()) {
    return given;
  }
  if (!project.schema_dir.empty()) {
    return project.schema_dir.string();
  }
  sink.Error("no-schema", {},
             project.path.empty()
                 ? "no schema files named; give --schema DIR, or write a schemac.toml with "
                   "[schema] dir = \"DIR\" in the current directory"
                 : fmt::format("no schema files named; give --schema DIR, or set [schema] dir "
                               "in {}",
                               project.path.string()));
  return "";
}

std::string PatternError(const std::string& text) {
  return catalog::ParseExclusionPattern(text).error;
}

}  // namespace schemac::cli
