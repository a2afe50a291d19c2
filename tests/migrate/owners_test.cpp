// Owners, managed when the project asks for it ([objects] manage-owners = true): the objects whose
// files name an owner get it (ALTER ... OWNER TO, `authz-change`), new ones included, the down
// script gives them back, and an owner that is not a role of the server is an error. Without it,
// owners are neither compared nor planned.
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

class OwnersCommandTest : public MigrateTest {
 protected:
  void SetUp() override {
    MigrateTest::SetUp();
    for (const char* role : {"owners_alice", "owners_bob"}) {
      Server().RunPsql(fmt::format("DO $$ BEGIN CREATE ROLE {} NOLOGIN; EXCEPTION WHEN "
                                   "duplicate_object THEN NULL; END $$;",
                                   role),
                       "postgres");
    }
  }

  // Owners lists "name owner" for the relations and functions of schema public, sorted.
  std::string Owners() const {
    return Query(TestDatabase(),
                 "SELECT c.relname || ' ' || c.relowner::regrole FROM pg_class c WHERE "
                 "c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'v', 'S') "
                 "UNION ALL SELECT p.proname || ' ' || p.proowner::regrole FROM pg_proc p WHERE "
                 "p.pronamespace = 'public'::regnamespace ORDER BY 1;");
  }
};

constexpr const char* kFiles =
    "CREATE TABLE public.t (id integer);\n"
    "ALTER TABLE public.t OWNER TO owners_bob;\n"
    "CREATE VIEW public.v AS SELECT 1 AS x;\n"
    "CREATE SEQUENCE public.s;\n"
    "ALTER SEQUENCE public.s OWNER TO owners_alice;\n"
    "CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql RETURN 1;\n"
    "ALTER FUNCTION public.f() OWNER TO owners_bob;\n";

TEST_F(OwnersCommandTest, TheFilesOwnersAreGivenWhenTheProjectManagesThemAndDownGivesThemBack) {
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE TABLE public.t (id integer); ALTER TABLE public.t OWNER TO owners_alice;"
        "CREATE VIEW public.v AS SELECT 1 AS x;");
  Write("schema/app.sql", kFiles);

  // Not managed: only the new objects are planned, without their owners.
  CommandResult unmanaged = RunAgainst("plan", "schema", db, {"--format", "sql"});
  EXPECT_EQ(unmanaged.exit_code, 2) << unmanaged.out << unmanaged.err;
  EXPECT_FALSE(Contains(unmanaged.out, "OWNER TO")) << unmanaged.out;

  Write("schemac.toml", "[schema]\ndir = \"schema\"\n[objects]\nmanage-owners = true\n");
  CommandResult plan =
      Run({"plan", "--db", db, "--dev-db", DevDb(), "--format", "sql", "--down", "down.sql"});
  EXPECT_EQ(plan.exit_code, 2) << plan.out << plan.err;
  EXPECT_TRUE(HasLine(plan.out, "ALTER TABLE public.t OWNER TO owners_bob;")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "ALTER SEQUENCE public.s OWNER TO owners_alice;")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "ALTER FUNCTION public.f() OWNER TO owners_bob;")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "-- ~ table public.t: owner owners_bob [authz-change]"))
      << plan.out;
  // The view's files name no owner: it keeps its own.
  EXPECT_FALSE(Contains(plan.out, "VIEW public.v OWNER")) << plan.out;

  CommandResult apply = Run({"apply", "--db", db, "--dev-db", DevDb()});
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_EQ(Owners(), "f owners_bob\ns owners_alice\nt owners_bob\nv postgres\n");
  CommandResult again = Run({"plan", "--db", db, "--dev-db", DevDb()});
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;

  // The down script gives the table back to its owner and drops the new objects.
  pgserver::PsqlResult down = Server().RunPsqlFile((Dir() / "down.sql").string(), TestDatabase());
  EXPECT_EQ(down.exit_code, 0) << down.output;
  EXPECT_EQ(Owners(), "t owners_alice\nv postgres\n");
}

TEST_F(OwnersCommandTest, AnOwnerThatIsNotARoleIsAnErrorOnlyWhenOwnersAreManaged) {
  std::string db = Db();
  Write("schema/app.sql",
        "CREATE TABLE public.t (id integer);\n"
        "ALTER TABLE public.t OWNER TO owners_nobody;\n");
  CommandResult unmanaged = RunAgainst("plan", "schema", db, {});
  EXPECT_EQ(unmanaged.exit_code, 2) << unmanaged.out << unmanaged.err;

  Write("schemac.toml", "[objects]\nmanage-owners = true\n");
  CommandResult plan = RunAgainst("plan", "schema", db, {});
  EXPECT_EQ(plan.exit_code, 1) << plan.out << plan.err;
  EXPECT_TRUE(Contains(plan.err, "owners_nobody")) << plan.err;
  EXPECT_TRUE(Contains(plan.err, "[unknown-role]")) << plan.err;
}

}  // namespace
}  // namespace schemac::testing
