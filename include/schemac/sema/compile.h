// The compiler's entry points: schema files in, one catalog out.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/catalog.h"
#include "schemac/parse/ast.h"

namespace schemac::sema {

// Compile resolves the statements of `files` into one catalog. Files are taken in the order given
// (sorted by path when read from a directory); the order of statements across files does not
// matter for references, only for the names PostgreSQL would choose for unnamed objects (which
// follow the order a psql load of the files would create them in). Problems are reported into
// `sink`; the catalog holds whatever could be resolved. The files are taken by value: each
// statement is released once compiled, so a caller that moves them in never holds both the whole
// syntax tree and the whole catalog.
catalog::Catalog Compile(std::vector<ast::File> files, base::DiagnosticSink& sink);

// CompileResult is a compiled schema path with what was read.
struct CompileResult {
  catalog::Catalog catalog;
  size_t files = 0;
  size_t statements = 0;
};

// CompileProgress is told, before each file is parsed and once before the catalog is resolved,
// how many of the files have been parsed and how many statements they held.
using CompileProgress =
    std::function<void(size_t files_parsed, size_t files_total, size_t statements)>;

// CompilePath reads `root` (a directory of .sql files, or one file), parses and compiles it.
CompileResult CompilePath(const std::filesystem::path& root, base::DiagnosticSink& sink,
                          const CompileProgress& progress = {});

}  // namespace schemac::sema
