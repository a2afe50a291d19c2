// Extension versions on a server: introspection reads the version an extension is at and the
// versions the server's update scripts take it to, and the plan follows them. An update the
// server has a path for, but no path back from, is planned with the irreversible-down hazard and
// left out of the down plan; an update it has no path for is an error before anything runs.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "schemac/apply/apply.h"
#include "schemac/introspect/introspect.h"
#include "schemac/plan/plan.h"

#include "support/diagnostics.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

using ExtensionVersionServerTest = ServerTest;

// What the server itself answers about pg_trgm: its default version, and the versions its
// update scripts take `version` to.
std::string DefaultVersion(const std::string& connection) {
  pqxx::connection session(connection);
  pqxx::work work(session);
  return work
      .exec1(
          "SELECT default_version FROM pg_catalog.pg_available_extensions "
          "WHERE name = 'pg_trgm'")[0]
      .as<std::string>();
}

std::vector<std::string> Targets(const std::string& connection, const std::string& version) {
  pqxx::connection session(connection);
  pqxx::work work(session);
  std::vector<std::string> targets;
  for (const pqxx::row& row :
       work.exec("SELECT target FROM pg_catalog.pg_extension_update_paths('pg_trgm') "
                 "WHERE path IS NOT NULL AND source = " +
                 work.quote(version) + " ORDER BY target")) {
    targets.push_back(row[0].as<std::string>());
  }
  return targets;
}

std::string InstalledVersion(const std::string& connection) {
  pqxx::connection session(connection);
  pqxx::work work(session);
  return work.exec1("SELECT extversion FROM pg_catalog.pg_extension WHERE extname = 'pg_trgm'")[0]
      .as<std::string>();
}

bool HasHazard(const plan::Step& step, plan::Hazard hazard) {
  return std::any_of(step.hazards.begin(), step.hazards.end(),
                     [&](const plan::HazardNote& note) { return note.hazard == hazard; });
}

TEST_F(ExtensionVersionServerTest, AnUpdateWithoutAPathBackIsOneWay) {
  std::string error;
  std::string old_db = server_->ConnectionString("ext_old");
  std::string new_db = server_->ConnectionString("ext_new");
  ASSERT_TRUE(server_->CreateDatabase("ext_old", &error)) << error;
  ASSERT_TRUE(server_->CreateDatabase("ext_new", &error)) << error;
  pgserver::PsqlResult load =
      server_->RunPsql("CREATE EXTENSION pg_trgm VERSION '1.3';", "ext_old");
  ASSERT_EQ(load.exit_code, 0) << load.errors;
  load = server_->RunPsql("CREATE EXTENSION pg_trgm;", "ext_new");
  ASSERT_EQ(load.exit_code, 0) << load.errors;
  std::string newest = DefaultVersion(new_db);
  ASSERT_NE(newest, "1.3");
  // The premise: this server updates 1.3 to its default version and has no way back.
  ASSERT_EQ(Targets(new_db, newest), std::vector<std::string>{});
  ASSERT_NE(Targets(old_db, "1.3"), std::vector<std::string>{});

  base::DiagnosticSink sink;
  catalog::Catalog from = introspect::Introspect(old_db, sink);
  catalog::Catalog to = introspect::Introspect(new_db, sink);
  ASSERT_EQ(RenderAll(sink), "");
  const catalog::Extension& old_extension = from.extensions.at("pg_trgm");
  EXPECT_EQ(old_extension.installed_version.value, "1.3");
  EXPECT_EQ(old_extension.update_targets.value, Targets(old_db, "1.3"));
  EXPECT_EQ(to.extensions.at("pg_trgm").installed_version.value, newest);
  EXPECT_EQ(to.extensions.at("pg_trgm").update_targets.value, std::vector<std::string>{});

  plan::Migration migration = plan::PlanMigration(from, to, sink);
  ASSERT_EQ(RenderAll(sink), "");
  ASSERT_EQ(migration.up.steps.size(), 1U);
  EXPECT_EQ(migration.up.steps[0].statements,
            std::vector<std::string>{"ALTER EXTENSION pg_trgm UPDATE;"});
  EXPECT_TRUE(HasHazard(migration.up.steps[0], plan::Hazard::kIrreversibleDown));
  EXPECT_TRUE(migration.down.empty());

  ASSERT_TRUE(apply::ApplyPlan(old_db, migration.up, {}, sink)) << RenderAll(sink);
  EXPECT_EQ(InstalledVersion(old_db), newest);
  EXPECT_TRUE(plan::PlanMigration(introspect::Introspect(old_db, sink), to, sink).up.empty());

  // The other way, an update the server cannot make: an error, and nothing to apply blindly.
  plan::PlanMigration(to, from, sink);
  EXPECT_NE(RenderAll(sink).find("[no-update-path]"), std::string::npos) << RenderAll(sink);
  EXPECT_NE(RenderAll(sink).find("from " + newest + " it reaches no other version"),
            std::string::npos)
      << RenderAll(sink);
}

}  // namespace
}  // namespace schemac::testing
