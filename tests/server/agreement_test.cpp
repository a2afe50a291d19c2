// Every accepted golden input and the example schema, loaded into a real PostgreSQL server with
// psql, must look to the server exactly as the compiler modelled it: names (including the names
// PostgreSQL chooses for unnamed objects), types, nullability, defaults, keys, indexes,
// sequences and enum types. The canonical SQL that `schemac print` writes must load too, and
// compile back to an equal catalog.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/print.h"
#include "schemac/pgserver/server.h"
#include "schemac/plan/canonical.h"
#include "schemac/sema/compile.h"

#include "server/server_view.h"
#include "support/diagnostics.h"
#include "support/run.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

using Case = SchemaCase;

std::vector<Case> ListCases() {
  return ListSchemaCases();
}

class AgreementTest : public ServerTest, public ::testing::WithParamInterface<Case> {};

TEST_P(AgreementTest, ServerSeesWhatTheCompilerModelled) {
  ASSERT_NE(server_, nullptr);
  const Case& test_case = GetParam();
  base::DiagnosticSink sink;
  sema::CompileResult compiled = sema::CompilePath(test_case.input, sink);
  ASSERT_FALSE(sink.has_errors()) << RenderAll(sink);
  std::vector<std::string> expected = CatalogView(compiled.catalog);
  std::string error;

  if (test_case.raw_load) {
    std::string raw = "raw_" + test_case.name;
    ASSERT_TRUE(server_->CreateDatabase(raw, &error)) << error;
    pgserver::PsqlResult load = server_->RunPsql(ConcatenatedSources(test_case.input), raw);
    ASSERT_EQ(load.exit_code, 0) << load.errors;
    std::vector<std::string> actual = ServerView(*server_, raw, &error);
    ASSERT_TRUE(error.empty()) << error;
    EXPECT_EQ(actual, expected) << "the schema files as loaded by psql";
  }

  std::string printed = plan::CanonicalSql(compiled.catalog);
  std::string database = "printed_" + test_case.name;
  ASSERT_TRUE(server_->CreateDatabase(database, &error)) << error;
  pgserver::PsqlResult load = server_->RunPsql(printed, database);
  ASSERT_EQ(load.exit_code, 0) << load.errors << "\n" << printed;
  std::vector<std::string> actual = ServerView(*server_, database, &error);
  ASSERT_TRUE(error.empty()) << error;
  EXPECT_EQ(actual, expected) << "the canonical SQL of `schemac print`";

  TempDir dir;
  WriteFile(dir.path() / "printed.sql", printed);
  base::DiagnosticSink recompile_sink;
  sema::CompileResult recompiled = sema::CompilePath(dir.path(), recompile_sink);
  ASSERT_FALSE(recompile_sink.has_errors()) << RenderAll(recompile_sink);
  EXPECT_TRUE(recompiled.catalog == compiled.catalog);
  EXPECT_EQ(plan::CanonicalSql(recompiled.catalog), printed);
}

INSTANTIATE_TEST_SUITE_P(Cases, AgreementTest, ::testing::ValuesIn(ListCases()),
                         [](const ::testing::TestParamInfo<Case>& case_info) {
                           return case_info.param.name;
                         });

}  // namespace
}  // namespace schemac::testing
