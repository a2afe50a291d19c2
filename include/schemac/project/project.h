// The project file, schemac.toml: what a project's commands share, read once. Its sections, each
// documented in docs/project.md:
//   [schema]   dir: the schema directory
//   [objects]  include-schemas, exclude: the scope (catalog::Scope); manage-owners
// A key the file does not know, a value of the wrong type and a bad pattern are errors at their
// line and column: a misspelt setting is never silently ignored.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/scope.h"

namespace schemac::project {

// kFileName is the project file a command reads from the current directory when it is not given.
inline constexpr const char* kFileName = "schemac.toml";

struct Project {
  std::filesystem::path path;  // the file read; empty when there is none
  // [schema] dir, relative to the project file's directory: empty when not set.
  std::filesystem::path schema_dir;
  catalog::Scope scope;  // [objects]
  // [objects] manage-owners: plans give objects the owners the files name (ALTER ... OWNER TO).
  bool manage_owners = false;
};

// LoadProject reads the project file at `path`; nothing after reporting errors into `sink`.
std::optional<Project> LoadProject(const std::filesystem::path& path, base::DiagnosticSink& sink);

}  // namespace schemac::project
