// Golden-file cases: each directory under tests/golden/cases holds an input/ schema directory and
// the expected output of the schemac CLI for it. Cases named fail_* must fail `schemac check`
// (expected text in check.txt); the others must pass it, warning of nothing or of what
// warnings.txt holds, and print as print.sql (and print.json when present). SCHEMAC_UPDATE_GOLDEN=1
// rewrites the expected files for review with git diff.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "schemac/parse/parser.h"

#include "support/run.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

fs::path CasesDir() {
  return SourceDir() / "tests" / "golden" / "cases";
}

std::vector<std::string> ListCases(bool include_failing) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(CasesDir())) {
    bool failing = entry.path().filename().string().starts_with("fail_");
    if (entry.is_directory() && (include_failing || !failing)) {
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

// Compares `actual` with the expected file, or rewrites it in update mode.
void ExpectMatchesFile(const fs::path& expected_path, const std::string& actual) {
  if (Updating()) {
    WriteFile(expected_path, actual);
    return;
  }
  ASSERT_TRUE(fs::exists(expected_path))
      << expected_path << " is missing; run with SCHEMAC_UPDATE_GOLDEN=1 to create it";
  EXPECT_EQ(ReadFile(expected_path), actual) << "differs from " << expected_path;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpectedOutput) {
  fs::path dir = CasesDir() / GetParam();
  bool must_fail = GetParam().starts_with("fail_");
  CommandResult check = RunSchemac({"check", "input"}, dir);
  if (must_fail) {
    EXPECT_EQ(check.exit_code, 1) << check.err;
    ExpectMatchesFile(dir / "check.txt", check.err + check.out);
    return;
  }
  ASSERT_EQ(check.exit_code, 0) << check.err;
  if (fs::exists(dir / "warnings.txt") || (Updating() && !check.err.empty())) {
    ExpectMatchesFile(dir / "warnings.txt", check.err);
  } else {
    EXPECT_EQ(check.err, "");
  }
  CommandResult print = RunSchemac({"print", "input"}, dir);
  ASSERT_EQ(print.exit_code, 0) << print.err;
  ExpectMatchesFile(dir / "print.sql", print.out);
  if (fs::exists(dir / "print.json") ||
      (Updating() && GetParam().find("json") != std::string::npos)) {
    CommandResult json = RunSchemac({"print", "--format", "json", "input"}, dir);
    ASSERT_EQ(json.exit_code, 0) << json.err;
    ExpectMatchesFile(dir / "print.json", json.out);
  }
}

class GoldenOrderTest : public ::testing::TestWithParam<std::string> {};

// The printed catalog does not depend on file names, file order or statement order: the same
// statements under other names, read in the opposite order, with the statements of each file in
// the opposite order, print byte-identically. A setting applies to the statements after it in
// its file, so the statements between two settings are reversed, and the settings stay where
// they are.
TEST_P(GoldenOrderTest, PrintDoesNotDependOnFileOrStatementOrder) {
  fs::path dir = CasesDir() / GetParam();
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir / "input")) {
    if (entry.is_regular_file() && entry.path().extension() == ".sql") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  TempDir renamed;
  for (size_t i = 0; i < files.size(); ++i) {
    std::string name = "f" + std::to_string(1000 + files.size() - i) + ".sql";
    auto source = std::make_shared<const base::SourceFile>(files[i].string(), ReadFile(files[i]));
    std::string reversed;
    std::vector<std::string> run;
    auto flush = [&] {
      for (auto statement = run.rbegin(); statement != run.rend(); ++statement) {
        reversed += *statement + "\n";
      }
      run.clear();
    };
    for (const auto& [begin, end] : parse::StatementSpans(source)) {
      std::string statement = source->text().substr(begin, end - begin);
      std::string head = statement.substr(0, 30);
      std::transform(head.begin(), head.end(), head.begin(),
                     [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
      if (head.starts_with("set ") || head.find("set_config") != std::string::npos) {
        flush();
        reversed += statement + "\n";
      } else {
        run.push_back(statement);
      }
    }
    flush();
    WriteFile(renamed.path() / "input" / name, reversed);
  }
  CommandResult original = RunSchemac({"print", "input"}, dir);
  CommandResult reordered = RunSchemac({"print", "input"}, renamed.path());
  ASSERT_EQ(reordered.exit_code, 0) << reordered.err;
  EXPECT_EQ(original.out, reordered.out);
}

std::string CaseName(const ::testing::TestParamInfo<std::string>& case_info) {
  return case_info.param;
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, ::testing::ValuesIn(ListCases(true)), CaseName);
INSTANTIATE_TEST_SUITE_P(Cases, GoldenOrderTest, ::testing::ValuesIn(ListCases(false)), CaseName);

}  // namespace
}  // namespace schemac::testing
