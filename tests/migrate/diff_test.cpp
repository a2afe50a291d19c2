// `schemac diff` between any two states: schema directories, databases, or one of each.
#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

constexpr const char* kNoChanges = "No changes. The database matches the schema.\n";
// diff compares any two states, which need not be a database and a schema.
constexpr const char* kSameStates = "No changes. The two states match.\n";

class DiffCommandTest : public MigrateTest {
 protected:
  // Loaded returns the connection string of a new database `name` into which psql loaded the
  // schema files of `dir`, users.sql first since orders refers to it.
  std::string Loaded(const std::string& name, const std::string& dir) const {
    std::string db = CreateDatabase(name);
    std::string sql = ReadFile(Dir() / dir / "users.sql") + ReadFile(Dir() / dir / "orders.sql") +
                      ReadFile(Dir() / dir / "audit.sql");
    pgserver::PsqlResult load = Server().RunPsql(sql, name);
    EXPECT_EQ(load.exit_code, 0) << load.errors;
    return db;
  }
};

TEST_F(DiffCommandTest, DirectoryToDirectoryOnATemporaryServer) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  CommandResult diff = Run({"diff", "--from", "v1", "--to", "v2"});
  EXPECT_EQ(diff.exit_code, 2) << diff.err;
  EXPECT_TRUE(HasLine(diff.out, "Plan: 1 to create, 2 to alter, 1 to drop.")) << diff.out;
  EXPECT_TRUE(HasLine(diff.out, "+ table public.audit (v2/audit.sql:1)")) << diff.out;
  EXPECT_TRUE(HasLine(diff.out, "  - drop column total")) << diff.out;

  // The same schema in other files and another order is no change.
  Write("v1_again/all.sql",
        ReadFile(Dir() / "v1" / "orders.sql") + ReadFile(Dir() / "v1" / "users.sql"));
  CommandResult same = Run({"diff", "--from", "v1", "--to", "v1_again"});
  EXPECT_EQ(same.exit_code, 0) << same.err;
  EXPECT_EQ(same.out, kSameStates);
  CommandResult markdown =
      Run({"diff", "--from", "v1", "--to", "v1_again", "--format", "markdown"});
  EXPECT_EQ(markdown.out, "## schemac plan\n\n" + std::string(kSameStates)) << markdown.err;
}

TEST_F(DiffCommandTest, DatabaseToDirectoryAndBack) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  std::string db = Loaded(TestDatabase(), "v1");
  CommandResult forward = Run({"diff", "--from", db, "--to", "v2", "--dev-db", DevDb()});
  EXPECT_EQ(forward.exit_code, 2) << forward.err;
  EXPECT_TRUE(HasLine(forward.out, "Plan: 1 to create, 2 to alter, 1 to drop.")) << forward.out;
  EXPECT_TRUE(HasLine(forward.out, "  + add column name text (v2/users.sql:4)")) << forward.out;

  CommandResult back = Run({"diff", "--from", "v2", "--to", db, "--dev-db", DevDb()});
  EXPECT_EQ(back.exit_code, 2) << back.err;
  EXPECT_TRUE(HasLine(back.out, "Plan: 1 to create, 2 to alter, 1 to drop.")) << back.out;
  EXPECT_TRUE(HasLine(back.out, "- table public.audit")) << back.out;
  EXPECT_TRUE(HasLine(back.out, "+ index public.orders_user_id_idx")) << back.out;
  EXPECT_TRUE(HasLine(back.out, "  + add column total numeric(10,2)")) << back.out;
  EXPECT_TRUE(HasLine(back.out, "  - drop column name")) << back.out;

  CommandResult same = Run({"diff", "--from", db, "--to", "v1", "--dev-db", DevDb()});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_EQ(same.out, kSameStates);
  // The database was only read.
  EXPECT_EQ(Tables(TestDatabase()), "orders\nusers\n");
}

TEST_F(DiffCommandTest, DatabaseUrlToDatabaseUrl) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  Loaded("diff_old", "v1");
  Loaded("diff_new", "v2");
  // No schema directory, so no scratch server is needed: --dev-db is not given.
  CommandResult diff = Run({"diff", "--from", Url("diff_old"), "--to", Url("diff_new")});
  EXPECT_EQ(diff.exit_code, 2) << diff.err;
  const std::string& out = diff.out;
  EXPECT_TRUE(HasLine(out, "Plan: 1 to create, 2 to alter, 1 to drop.")) << out;
  // Objects read from a database are declared nowhere.
  EXPECT_TRUE(HasLine(out, "+ table public.audit")) << out;
  EXPECT_TRUE(HasLine(out, "~ table public.users")) << out;
  EXPECT_TRUE(HasLine(out, "  + add column name text")) << out;
  EXPECT_TRUE(HasLine(out, "~ table public.orders")) << out;
  EXPECT_TRUE(HasLine(out, "  - drop column total")) << out;
  EXPECT_TRUE(HasLine(out, "- index public.orders_user_id_idx")) << out;
  EXPECT_TRUE(HasLine(out, "ALTER TABLE public.orders DROP COLUMN total;")) << out;

  // A key=value connection string is a database too.
  CommandResult same =
      Run({"diff", "--from", Url("diff_new"), "--to", Server().ConnectionString("diff_new")});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  EXPECT_EQ(same.out, kSameStates);
}

TEST_F(DiffCommandTest, ListsWhatEitherDatabaseHoldsThatIsNotManaged) {
  WriteShopV1(Dir() / "v1");
  Loaded("diff_unmanaged_a", "v1");
  Loaded("diff_unmanaged_b", "v1");
  const std::string language =
      "CREATE LANGUAGE lang2 HANDLER plpgsql_call_handler;"
      "CREATE FUNCTION next_at() RETURNS date LANGUAGE lang2"
      " AS $$ BEGIN RETURN current_date; END $$;"
      "CREATE TABLE shared (at date DEFAULT next_at());";
  Query("diff_unmanaged_a", language + "CREATE TABLE only_a (at date DEFAULT next_at());");
  Query("diff_unmanaged_b", language + "CREATE SEQUENCE s; CREATE TYPE zz_shell;");
  CommandResult diff =
      Run({"diff", "--from", Url("diff_unmanaged_a"), "--to", Url("diff_unmanaged_b")});
  EXPECT_EQ(diff.exit_code, 2) << diff.err;
  EXPECT_TRUE(HasLine(diff.out, "+ sequence public.s")) << diff.out;
  EXPECT_TRUE(
      diff.out.ends_with("\nNot managed by schemac (the plan leaves them alone): 5 objects.\n"
                         "  language lang2\n"
                         "  function public.next_at() (depends on language lang2)\n"
                         "  table public.only_a (depends on function public.next_at())\n"
                         "  table public.shared (depends on function public.next_at())\n"
                         "  shell type public.zz_shell\n"))
      << diff.out;
  EXPECT_EQ(Lines(diff.err).size(), 5u) << diff.err;
}

// Adopting schemac on an existing database: the files `dump` writes plan to no changes against
// that database, in both layouts, and so do the example project's files against a database
// psql loaded from them.
TEST_F(DiffCommandTest, DumpedSchemaPlansToNoChanges) {
  std::string db = CreateDatabase(TestDatabase());
  pgserver::PsqlResult load =
      Server().RunPsql(ConcatenatedSources(SourceDir() / "schemas" / "shop"), TestDatabase());
  ASSERT_EQ(load.exit_code, 0) << load.errors;
  for (const std::vector<std::string>& layout :
       {std::vector<std::string>{"dump", "--db", db, "-o", "dumped"},
        std::vector<std::string>{"dump", "--db", db, "-o", "split", "--split"}}) {
    CommandResult dump = Run(layout);
    ASSERT_EQ(dump.exit_code, 0) << dump.err;
    CommandResult plan = Run({"plan", "--schema", layout[4], "--db", db, "--dev-db", DevDb()});
    EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
    EXPECT_EQ(plan.out, kNoChanges);
  }
  CommandResult source = Run({"plan", "--schema", (SourceDir() / "schemas" / "shop").string(),
                              "--db", db, "--dev-db", DevDb()});
  EXPECT_EQ(source.exit_code, 0) << source.out << source.err;
  EXPECT_EQ(source.out, kNoChanges);
}

TEST_F(DiffCommandTest, NonexistentPathIsAnError) {
  WriteShopV1(Dir() / "v1");
  CommandResult from = Run({"diff", "--from", "nosuch", "--to", "v1", "--dev-db", DevDb()});
  EXPECT_EQ(from.exit_code, 1);
  EXPECT_EQ(from.out, "");
  EXPECT_TRUE(Contains(from.err,
                       "error: nosuch: no such file or directory; pass a schema "
                       "directory or .sql file [no-such-path]"))
      << from.err;
  CommandResult to = Run({"diff", "--from", "v1", "--to", "v1/nosuch.sql", "--dev-db", DevDb()});
  EXPECT_EQ(to.exit_code, 1);
  EXPECT_EQ(to.out, "");
  EXPECT_TRUE(Contains(to.err, "v1/nosuch.sql: no such file or directory")) << to.err;
  EXPECT_TRUE(Contains(to.err, "[no-such-path]")) << to.err;
  EXPECT_EQ(ScratchDatabases(), "");
}

}  // namespace
}  // namespace schemac::testing
