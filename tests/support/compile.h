// Compiling schema text in tests, as `schemac` compiles a schema directory.
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "schemac/catalog/catalog.h"
#include "schemac/sema/compile.h"

#include "support/diagnostics.h"
#include "support/run.h"

namespace schemac::testing {

// CompileText compiles `sql` as the one file of a schema directory; it must compile without
// errors.
inline catalog::Catalog CompileText(const std::string& sql) {
  TempDir dir;
  WriteFile(dir.path() / "schema.sql", sql);
  base::DiagnosticSink sink;
  sema::CompileResult compiled = sema::CompilePath(dir.path(), sink);
  EXPECT_FALSE(sink.has_errors()) << RenderAll(sink);
  return compiled.catalog;
}

}  // namespace schemac::testing
