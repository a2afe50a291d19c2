// `schemac verify` loads the compiled schema into a temporary server and reports what the
// server refuses.
#include <gtest/gtest.h>

#include "support/run.h"

namespace schemac::testing {
namespace {

TEST(VerifyTest, LoadsTheExample) {
  TempDir dir;
  CommandResult verify =
      RunSchemac({"verify", (SourceDir() / "schemas" / "shop").string()}, dir.path());
  EXPECT_EQ(verify.exit_code, 0) << verify.err;
  EXPECT_NE(verify.out.find("15 tables"), std::string::npos) << verify.out;
}

TEST(VerifyTest, ReportsWhatTheServerRefuses) {
  TempDir dir;
  // Functions are not checked offline; the server does not know this one.
  WriteFile(dir.path() / "input" / "t.sql", "CREATE TABLE t (a integer DEFAULT no_such_fn());\n");
  CommandResult check = RunSchemac({"check", "input"}, dir.path());
  EXPECT_EQ(check.exit_code, 0) << check.err;
  CommandResult verify = RunSchemac({"verify", "input"}, dir.path());
  EXPECT_EQ(verify.exit_code, 1);
  EXPECT_NE(verify.err.find("[load-failed]"), std::string::npos) << verify.err;
  EXPECT_NE(verify.err.find("no_such_fn"), std::string::npos) << verify.err;
}

}  // namespace
}  // namespace schemac::testing
