// One temporary PostgreSQL server per test suite, for the tests that normalise through it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/normalize/normalize.h"
#include "schemac/pgserver/server.h"
#include "schemac/sema/compile.h"

#include "support/compile.h"
#include "support/diagnostics.h"
#include "support/run.h"
#include "support/server_test.h"

namespace schemac::testing {

class NormalizeServerTest : public ServerTest {
 protected:
  // Connection is the server connection Normalize is given: database postgres, as superuser.
  static std::string Connection() { return server_->ConnectionString("postgres"); }

  // Query runs `sql` with psql on database postgres and returns its rows, one per line.
  static std::string Query(const std::string& sql) {
    pgserver::PsqlResult result =
        server_->RunPsql("\\pset tuples_only on\n\\pset format unaligned\n" + sql + "\n");
    EXPECT_EQ(result.exit_code, 0) << result.errors;
    return result.output;
  }

  // Normalized compiles `files` (name -> text), written to a directory of their own, and
  // normalises them; nullopt, with the diagnostics added to `errors`, when either fails.
  static std::optional<catalog::Catalog> Normalized(const std::map<std::string, std::string>& files,
                                                    std::string* errors = nullptr) {
    TempDir dir;
    for (const auto& [name, text] : files) {
      WriteFile(dir.path() / name, text);
    }
    base::DiagnosticSink sink;
    sema::CompileResult compiled = sema::CompilePath(dir.path(), sink);
    std::optional<catalog::Catalog> normalized;
    if (!sink.has_errors()) {
      normalized = normalize::Normalize(compiled.catalog, Connection(), sink);
    }
    if (errors != nullptr) {
      *errors += RenderAll(sink);
    }
    return sink.has_errors() ? std::nullopt : normalized;
  }

  // ScratchDatabases lists the databases named like scratch databases, one per line.
  static std::string ScratchDatabases() {
    return Query(
        "SELECT datname FROM pg_catalog.pg_database WHERE datname LIKE 'schemac\\_scratch\\_%' "
        "ORDER BY datname;");
  }
};

}  // namespace schemac::testing
