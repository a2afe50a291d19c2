// normalize::DropScratchDatabases, for a process about to end on a signal: it drops the scratch
// databases of the calls under way, which then fail, and no call creates one afterwards. It
// changes the whole process for good, so this binary holds this one test.
#include <atomic>
#include <optional>
#include <thread>

#include <gtest/gtest.h>

#include "schemac/normalize/normalize.h"
#include "schemac/sema/compile.h"

#include "normalize/many_tables.h"
#include "normalize/server_fixture.h"
#include "support/diagnostics.h"
#include "support/run.h"

namespace schemac::testing {
namespace {

using DropScratchDatabasesTest = NormalizeServerTest;

bool HasCode(const base::DiagnosticSink& sink, const std::string& code) {
  for (const base::Diagnostic& diagnostic : sink.diagnostics()) {
    if (diagnostic.code == code) {
      return true;
    }
  }
  return false;
}

TEST_F(DropScratchDatabasesTest, DropsTheDatabasesOfCallsUnderWayAndRefusesNewOnes) {
  catalog::Catalog compiled = CompileText("CREATE SCHEMA app;\n" + ManyTables(0, 1500));
  std::atomic<bool> loading{false};
  normalize::NormalizeOptions options;
  options.on_progress = [&](const normalize::NormalizeProgress& progress) {
    if (progress.loaded >= 400) {
      loading = true;
    }
  };
  base::DiagnosticSink sink;
  std::optional<catalog::Catalog> normalized;
  std::thread call(
      [&] { normalized = normalize::Normalize(std::move(compiled), Connection(), sink, options); });
  while (!loading) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_NE(ScratchDatabases(), "");
  EXPECT_TRUE(normalize::DropScratchDatabases().empty());
  // Gone before the call under way has noticed.
  EXPECT_EQ(ScratchDatabases(), "");
  call.join();
  EXPECT_FALSE(normalized.has_value());
  EXPECT_TRUE(HasCode(sink, "load-failed")) << RenderAll(sink);

  base::DiagnosticSink later;
  EXPECT_FALSE(
      normalize::Normalize(CompileText("CREATE TABLE t (id integer);\n"), Connection(), later)
          .has_value());
  EXPECT_TRUE(HasCode(later, "scratch-database-failed")) << RenderAll(later);
  EXPECT_EQ(ScratchDatabases(), "");
  EXPECT_TRUE(normalize::DropScratchDatabases().empty());
}

}  // namespace
}  // namespace schemac::testing
