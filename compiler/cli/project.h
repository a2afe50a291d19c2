// The project file and the scope flags, as the commands that compare catalogs read them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/project/project.h"

namespace schemac::cli {

// ScopeOptions are --project, --include-schema and --exclude.
struct ScopeOptions {
  std::string project;  // the project file; empty: schemac.toml in the current directory, if any
  std::vector<std::string> include_schemas;
  std::vector<std::string> exclude;  // patterns, checked by the command line already
};

// ReadProject reads the project file (the one given, or schemac.toml in the current directory
// when there is one) and adds the flags' schemas and patterns to its scope. Nothing after an
// error.
std::optional<project::Project> ReadProject(const ScopeOptions& options,
                                            base::DiagnosticSink& sink);

// WarnAbsentSchemas warns about each schema the scope includes (include-schemas,
// --include-schema) that none of `states` has: a misspelt name would manage nothing, and a plan
// would say there are no changes.
// `where` says what they are, for the message: "neither the schema files nor the database".
void WarnAbsentSchemas(const catalog::Scope& scope,
                       const std::vector<const catalog::Catalog*>& states, std::string_view where);

// SchemaPath returns the schema directory a command reads: `given` (--schema), else the project
// file's [schema] dir; "" after reporting that there is neither.
std::string SchemaPath(const std::string& given, const project::Project& project,
                       base::DiagnosticSink& sink);

// PatternError returns why `text` is not an exclusion pattern, or "" (for --exclude).
std::string PatternError(const std::string& text);

}  // namespace schemac::cli
