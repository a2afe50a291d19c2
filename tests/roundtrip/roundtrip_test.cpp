// The migration round trip for every case under tests/roundtrip/cases: each directory holds
// from.sql and to.sql, and the expected human plan (plan.txt) and scripts (up.sql, down.sql);
// optionally seed.sql, after_up.sql and after_down.sql, run on the migrated database
// (support/roundtrip.h).
// The case is loaded, planned, applied up and down on a real server (support/roundtrip.h).
// SCHEMAC_UPDATE_GOLDEN=1 rewrites the expected files for review with git diff.
#include "support/roundtrip.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "schemac/pgserver/server.h"
#include "schemac/report/report.h"

#include "support/run.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

fs::path CasesDir() {
  return SourceDir() / "tests" / "roundtrip" / "cases";
}

std::vector<std::string> ListCases() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(CasesDir())) {
    if (entry.is_directory()) {
      names.push_back(entry.path().filename().string());
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool Updating() {
  const char* value = std::getenv("SCHEMAC_UPDATE_GOLDEN");
  return value != nullptr && std::string(value) == "1";
}

class RoundTripTest : public ServerTest, public ::testing::WithParamInterface<std::string> {};

void ExpectGolden(const fs::path& path, const std::string& actual) {
  if (Updating()) {
    WriteFile(path, actual);
    return;
  }
  EXPECT_EQ(ReadFile(path), actual)
      << "expected output differs: " << path.string() << " (SCHEMAC_UPDATE_GOLDEN=1 rewrites it)";
}

TEST_P(RoundTripTest, AppliesUpAndDown) {
  ASSERT_NE(server_, nullptr);
  fs::path dir = CasesDir() / GetParam();
  std::string from = ReadFile(dir / "from.sql");
  std::string to = ReadFile(dir / "to.sql");
  ASSERT_FALSE(from.empty() && to.empty()) << "missing from.sql and to.sql in " << dir;
  RoundTripData data{ReadFile(dir / "seed.sql"), ReadFile(dir / "after_up.sql"),
                     ReadFile(dir / "after_down.sql")};
  RoundTripResult result = RunRoundTrip(*server_, "rt_" + GetParam(), from, to, data);
  EXPECT_EQ(result.failure, "");
  if (GetParam().find("noop") != std::string::npos) {
    // Both sides compile to the same catalog: nothing to do in either direction.
    EXPECT_TRUE(result.migration.up.empty()) << report::RenderHuman(result.migration);
    EXPECT_TRUE(result.migration.down.empty());
  }
  ExpectGolden(dir / "plan.txt", report::RenderHuman(result.migration));
  ExpectGolden(dir / "up.sql", report::ScriptSql(result.migration.up, "up"));
  ExpectGolden(dir / "down.sql", report::ScriptSql(result.migration.down, "down"));
}

INSTANTIATE_TEST_SUITE_P(Cases, RoundTripTest, ::testing::ValuesIn(ListCases()),
                         [](const auto& param_info) { return param_info.param; });

}  // namespace
}  // namespace schemac::testing
