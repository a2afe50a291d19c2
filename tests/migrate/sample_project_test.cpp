// The sample project (schemas/library), with views, functions, triggers and domains: applied to
// an empty database it plans to no changes; the files `schemac dump` writes of that database, and
// `pg_dump --schema-only` of it, compile and plan to no changes against it.
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kNoChanges = "No changes. The database matches the schema.\n";

class SampleProjectTest : public MigrateTest {};

TEST_F(SampleProjectTest, AppliesAndItsDumpsPlanToNoChanges) {
  std::string db = CreateDatabase(TestDatabase());
  std::string project = (SourceDir() / "schemas" / "library").string();
  CommandResult apply = Run({"apply", "--schema", project, "--db", db, "--dev-db", DevDb()});
  ASSERT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_TRUE(Contains(apply.out, "The database matches the schema.")) << apply.out;

  CommandResult again = Run({"plan", "--schema", project, "--db", db, "--dev-db", DevDb()});
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
  EXPECT_EQ(again.out, kNoChanges);

  CommandResult dump = Run({"dump", "--db", db, "-o", "dumped"});
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  CommandResult dumped = Run({"plan", "--schema", "dumped", "--db", db, "--dev-db", DevDb()});
  EXPECT_EQ(dumped.exit_code, 0) << dumped.out << dumped.err;
  EXPECT_EQ(dumped.out, kNoChanges);

  fs::create_directories(Dir() / "pg_dump");
  std::string command =
      fmt::format("'{}/pg_dump' --schema-only -h '{}' -p {} -U postgres -f '{}' {}",
                  Server().bin_dir(), Server().socket_dir(), Server().port(),
                  (Dir() / "pg_dump" / "dump.sql").string(), TestDatabase());
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  CommandResult restored = Run({"plan", "--schema", "pg_dump", "--db", db, "--dev-db", DevDb()});
  EXPECT_EQ(restored.exit_code, 0) << restored.out << restored.err;
  EXPECT_EQ(restored.out, kNoChanges);
}

}  // namespace
}  // namespace schemac::testing
