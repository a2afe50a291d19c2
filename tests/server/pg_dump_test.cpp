// A team adopts schemac from a dump of its database: `pg_dump --schema-only` of a database built
// from an example project, unedited, compiles without errors to the same catalog as the project.
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/print.h"
#include "schemac/pgserver/server.h"
#include "schemac/plan/canonical.h"
#include "schemac/sema/compile.h"

#include "support/diagnostics.h"
#include "support/run.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

TEST(PgDumpTest, DumpOfTheExampleCompilesToTheSameCatalog) {
  std::string error;
  auto server = pgserver::EphemeralServer::Start({}, &error);
  ASSERT_NE(server, nullptr) << error;
  fs::path example = SourceDir() / "schemas" / "shop";
  ASSERT_TRUE(server->CreateDatabase("shop", &error)) << error;
  pgserver::PsqlResult load = server->RunPsql(ConcatenatedSources(example), "shop");
  ASSERT_EQ(load.exit_code, 0) << load.errors;

  TempDir dump;
  fs::path dump_file = dump.path() / "dump.sql";
  std::string command =
      fmt::format("'{}/pg_dump' --schema-only -h '{}' -p {} -U postgres -f '{}' shop",
                  server->bin_dir(), server->socket_dir(), server->port(), dump_file.string());
  ASSERT_EQ(std::system(command.c_str()), 0) << command;

  base::DiagnosticSink dump_sink;
  sema::CompileResult from_dump = sema::CompilePath(dump.path(), dump_sink);
  EXPECT_FALSE(dump_sink.has_errors()) << RenderAll(dump_sink);
  base::DiagnosticSink example_sink;
  sema::CompileResult from_files = sema::CompilePath(example, example_sink);
  ASSERT_FALSE(example_sink.has_errors()) << RenderAll(example_sink);
  EXPECT_EQ(plan::CanonicalSql(from_dump.catalog), plan::CanonicalSql(from_files.catalog));
  EXPECT_TRUE(from_dump.catalog == from_files.catalog);
}

}  // namespace
}  // namespace schemac::testing
