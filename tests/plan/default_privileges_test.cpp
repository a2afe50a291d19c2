// The planner's rules for default privileges, without a server: the catalogs are written out
// here as introspection reads them.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/privileges.h"
#include "schemac/plan/plan.h"

namespace schemac::testing {
namespace {

catalog::DefaultPrivileges Entry(const std::string& role, const std::string& schema,
                                 const std::string& type, std::vector<catalog::Grant> grants) {
  return {{role, schema, type}, std::move(grants), {}};
}

void Add(catalog::Catalog& catalog, catalog::DefaultPrivileges entry) {
  catalog.default_privileges[entry.name] = std::move(entry);
}

std::vector<std::string> Statements(const plan::Plan& plan) {
  std::vector<std::string> out;
  for (const plan::Step& step : plan.steps) {
    out.insert(out.end(), step.statements.begin(), step.statements.end());
  }
  return out;
}

// A database read as role "alice" calls alice's default privileges its own (""); files that name
// alice with FOR ROLE (as pg_dump writes them) mean the same ones.
TEST(DefaultPrivilegesPlanTest, ForRoleTheApplyingRoleIsItsOwn) {
  const catalog::Grant select{"reader", "SELECT", false};
  catalog::Catalog live;
  live.role.value = "alice";
  Add(live, Entry("", "", "tables", {select}));
  catalog::Catalog desired;
  Add(desired, Entry("alice", "", "tables", {select}));
  base::DiagnosticSink sink;
  plan::Migration same = plan::PlanMigration(live, desired, sink);
  EXPECT_FALSE(sink.has_errors());
  EXPECT_TRUE(same.up.steps.empty());
  EXPECT_TRUE(same.down.steps.empty());

  // Another role's stay apart; those of the applying role under both names are merged.
  Add(desired, Entry("bob", "", "tables", {select}));
  Add(desired, Entry("", "", "tables", {{"writer", "INSERT", false}}));
  plan::Migration other = plan::PlanMigration(live, desired, sink);
  EXPECT_EQ(Statements(other.up),
            (std::vector<std::string>{
                "ALTER DEFAULT PRIVILEGES GRANT INSERT ON TABLES TO writer;",
                "ALTER DEFAULT PRIVILEGES FOR ROLE bob GRANT SELECT ON TABLES TO reader;"}));
  EXPECT_EQ(Statements(other.down),
            (std::vector<std::string>{
                "ALTER DEFAULT PRIVILEGES REVOKE INSERT ON TABLES FROM writer;",
                "ALTER DEFAULT PRIVILEGES FOR ROLE bob REVOKE SELECT ON TABLES FROM reader;"}));
}

// Without an entry, default privileges for every schema are the kind's defaults: an entry that
// goes back to them gives PUBLIC its EXECUTE again; one for a schema grants nothing.
TEST(DefaultPrivilegesPlanTest, WithoutAnEntryTheKindsDefaultsHold) {
  catalog::Catalog live;
  Add(live, Entry("", "", "functions", {}));
  Add(live, Entry("", "app", "functions", {{"reader", "EXECUTE", true}}));
  live.schemas["app"] = {"app", std::nullopt, {}, {}};
  catalog::Catalog desired;
  desired.schemas["app"] = live.schemas["app"];
  base::DiagnosticSink sink;
  plan::Migration migration = plan::PlanMigration(live, desired, sink);
  EXPECT_EQ(
      Statements(migration.up),
      (std::vector<std::string>{
          "ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;",
          "ALTER DEFAULT PRIVILEGES IN SCHEMA app REVOKE EXECUTE ON FUNCTIONS FROM reader;"}));
  // A schema that is dropped takes its default privileges with it.
  desired.schemas.clear();
  plan::Migration dropped = plan::PlanMigration(live, desired, sink);
  EXPECT_EQ(
      Statements(dropped.up),
      (std::vector<std::string>{"DROP SCHEMA app;",
                                "ALTER DEFAULT PRIVILEGES GRANT EXECUTE ON FUNCTIONS TO PUBLIC;"}));
}

}  // namespace
}  // namespace schemac::testing
