// Extension versions in schema files, as a team's history of migration files holds them:
// `CREATE EXTENSION ... VERSION` and then `ALTER EXTENSION ... UPDATE TO`, planned and applied
// with `schemac plan` and `apply` against a database of the suite's server, whose update scripts
// decide what can be reached.
#include <string>

#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

class ExtensionVersionCommandTest : public MigrateTest {};

constexpr const char* kAt13 = "CREATE EXTENSION pg_trgm VERSION '1.3';\n";

TEST_F(ExtensionVersionCommandTest, AnUpdateInTheFilesIsPlannedOneWayAndAppliedOnce) {
  std::string db = Db();
  // The premise, from the server itself: 1.3 updates to 1.4, and nothing leads back from 1.4.
  ASSERT_EQ(Query("postgres",
                  "SELECT count(*) FROM pg_catalog.pg_extension_update_paths('pg_trgm') "
                  "WHERE source = '1.3' AND target = '1.4' AND path IS NOT NULL"),
            "1\n");
  ASSERT_EQ(Query("postgres",
                  "SELECT count(*) FROM pg_catalog.pg_extension_update_paths('pg_trgm') "
                  "WHERE source = '1.4' AND target = '1.3' AND path IS NOT NULL"),
            "0\n");
  Write("v13/extensions.sql", kAt13);
  CommandResult created = RunAgainst("apply", "v13", db, {});
  ASSERT_EQ(created.exit_code, 0) << created.out << created.err;
  const std::string version =
      "SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'pg_trgm'";
  EXPECT_EQ(Query(TestDatabase(), version), "1.3\n");

  Write("v14/extensions.sql", std::string(kAt13) + "ALTER EXTENSION pg_trgm UPDATE TO '1.4';\n");
  CommandResult plan = RunAgainst("plan", "v14", db, {"--down", "down.sql"});
  EXPECT_EQ(plan.exit_code, 2) << plan.out << plan.err;
  EXPECT_EQ(plan.err, "");
  EXPECT_TRUE(HasLine(plan.out, "  ~ alter extension: update from 1.3 to 1.4")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "ALTER EXTENSION pg_trgm UPDATE TO '1.4';")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out,
                      "    ! irreversible-down: the server has no update path from version 1.4 "
                      "back to 1.3: the down script leaves extension pg_trgm at 1.4"))
      << plan.out;
  // The down script does not try an update the server cannot make.
  EXPECT_FALSE(Contains(ReadFile(Dir() / "down.sql"), "ALTER EXTENSION"))
      << ReadFile(Dir() / "down.sql");

  CommandResult applied = RunAgainst("apply", "v14", db, {});
  EXPECT_EQ(applied.exit_code, 0) << applied.out << applied.err;
  EXPECT_EQ(Query(TestDatabase(), version), "1.4\n");
  CommandResult again = RunAgainst("plan", "v14", db, {});
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;

  // Back to the files that say 1.3: an error at the declaration, and nothing is applied.
  CommandResult back = RunAgainst("apply", "v13", db, {});
  EXPECT_EQ(back.exit_code, 1) << back.out << back.err;
  EXPECT_TRUE(Contains(back.err,
                       "v13/extensions.sql:1:1: error: extension \"pg_trgm\" cannot be "
                       "updated from version 1.4 to 1.3"))
      << back.err;
  EXPECT_TRUE(Contains(back.err, "[no-update-path]")) << back.err;
  EXPECT_EQ(Query(TestDatabase(), version), "1.4\n");
}

TEST_F(ExtensionVersionCommandTest, AnUpdateOfAnExtensionTheFilesDoNotDeclareIsAnError) {
  Write("bad/extensions.sql", std::string(kAt13) +
                                  "ALTER EXTENSION pg_trgmm UPDATE;\n"
                                  "ALTER EXTENSION plpgsql UPDATE TO '1.0';\n");
  CommandResult check = Run({"check", "bad"});
  EXPECT_EQ(check.exit_code, 1) << check.out << check.err;
  EXPECT_TRUE(Contains(check.err,
                       "bad/extensions.sql:2:17: error: extension \"pg_trgmm\" does "
                       "not exist [unknown-object]"))
      << check.err;
  EXPECT_TRUE(Contains(check.err, "note: did you mean \"pg_trgm\"?")) << check.err;
  EXPECT_TRUE(Contains(check.err,
                       "bad/extensions.sql:3:17: error: extension \"plpgsql\" has one "
                       "version"))
      << check.err;
}

}  // namespace
}  // namespace schemac::testing
