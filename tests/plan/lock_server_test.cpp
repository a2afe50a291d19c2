// The locks of plan/lock_cases.h checked on a server: each case is loaded, planned from the
// databases as introspected, and its up plan compared with the table (the locks are PostgreSQL
// 15's: the ALTER TABLE page lists them per form). Then every step of the up plan, and of the
// down plan, runs in a transaction of its own while a second session reads from pg_locks the
// strongest lock that transaction holds on a table or index that existed before the step; it
// must be the lock the step claims.
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "schemac/catalog/objects.h"
#include "schemac/introspect/introspect.h"
#include "schemac/plan/plan.h"

#include "plan/lock_cases.h"
#include "support/diagnostics.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

using plan::TableLock;

TableLock LockOfMode(const std::string& mode) {
  static const std::map<std::string, TableLock> kModes = {
      {"AccessShareLock", TableLock::kAccessShare},
      {"RowShareLock", TableLock::kRowShare},
      {"RowExclusiveLock", TableLock::kRowExclusive},
      {"ShareUpdateExclusiveLock", TableLock::kShareUpdateExclusive},
      {"ShareLock", TableLock::kShare},
      {"ShareRowExclusiveLock", TableLock::kShareRowExclusive},
      {"ExclusiveLock", TableLock::kExclusive},
      {"AccessExclusiveLock", TableLock::kAccessExclusive},
  };
  return kModes.at(mode);
}

// The tables and indexes of the user's schemas, by oid.
std::set<long> Relations(pqxx::connection& connection) {
  pqxx::nontransaction work(connection);
  std::set<long> out;
  for (const auto& row : work.exec(
           "SELECT c.oid::bigint FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
           "WHERE c.relkind IN ('r', 'p', 'i') AND n.nspname NOT IN ('pg_catalog', "
           "'information_schema') AND n.nspname NOT LIKE 'pg\\_%'")) {
    out.insert(row[0].as<long>());
  }
  return out;
}

std::string Line(const plan::Step& step) {
  std::vector<std::string> hazards;
  for (const plan::HazardNote& note : step.hazards) {
    hazards.emplace_back(plan::HazardCode(note.hazard));
  }
  return fmt::format("{} {}: {} | {} | {}", catalog::KindName(step.object.kind),
                     catalog::KeyText(step.object), step.description,
                     plan::TableLockName(step.lock), fmt::join(hazards, ", "));
}

// The up plan as the lines of the table; with SCHEMAC_PRINT_LOCKS set, printed as its source.
std::vector<std::string> Lines(const LockCase& c, const plan::Plan& plan) {
  std::vector<std::string> lines;
  for (const plan::Step& step : plan.steps) {
    lines.push_back(Line(step));
  }
  if (std::getenv("SCHEMAC_PRINT_LOCKS") != nullptr) {
    std::cout << "      {\"" << c.name << "\"\n";
    for (const std::string& line : lines) {
      std::cout << "       \"" << line << "\",\n";
    }
  }
  return lines;
}

// A step that takes an ACCESS EXCLUSIVE lock says so with a hazard, and only such a step.
void CheckHazards(const plan::Plan& plan) {
  for (const plan::Step& step : plan.steps) {
    bool hazard = false;
    for (const plan::HazardNote& note : step.hazards) {
      hazard = hazard || note.hazard == plan::Hazard::kAccessExclusiveLock;
    }
    EXPECT_EQ(hazard, step.lock == TableLock::kAccessExclusive) << Line(step);
  }
}

class LockServerTest : public ServerTest {
 protected:
  // Runs every step of `plan` on `database`, each in a transaction of its own, and checks the
  // locks it takes.
  void RunAndCheck(const std::string& database, const plan::Plan& plan) {
    pqxx::connection runner(server_->ConnectionString(database));
    pqxx::connection observer(server_->ConnectionString(database));
    long pid = pqxx::nontransaction(runner).exec1("SELECT pg_backend_pid()")[0].as<long>();
    for (const plan::Step& step : plan.steps) {
      SCOPED_TRACE(step.description);
      std::set<long> existing = Relations(observer);
      pqxx::work work(runner);
      for (const std::string& statement : step.statements) {
        work.exec(statement);
      }
      TableLock held = TableLock::kNone;
      pqxx::nontransaction look(observer);
      for (const auto& row :
           look.exec(fmt::format("SELECT relation::bigint, mode FROM pg_locks WHERE pid = {} AND "
                                 "locktype = 'relation' AND granted",
                                 pid))) {
        if (existing.count(row[0].as<long>()) != 0) {
          held = std::max(held, LockOfMode(row[1].as<std::string>()));
        }
      }
      look.commit();
      work.commit();
      EXPECT_EQ(plan::TableLockName(held), plan::TableLockName(step.lock));
    }
  }
};

TEST_F(LockServerTest, EveryStepTakesTheLockItClaims) {
  for (const LockCase& c : LockCases()) {
    SCOPED_TRACE(c.name);
    std::string live = "lock_" + c.name;
    std::string desired = live + "_to";
    std::string error;
    for (const auto& [database, sql] : {std::pair{live, &c.from}, std::pair{desired, &c.to}}) {
      ASSERT_TRUE(server_->CreateDatabase(database, &error)) << error;
      pgserver::PsqlResult load = server_->RunPsql(*sql, database);
      ASSERT_EQ(load.exit_code, 0) << load.errors;
    }
    base::DiagnosticSink sink;
    catalog::Catalog from = introspect::Introspect(server_->ConnectionString(live), sink);
    catalog::Catalog to = introspect::Introspect(server_->ConnectionString(desired), sink);
    plan::Migration migration = plan::PlanMigration(from, to, sink);
    ASSERT_EQ(RenderAll(sink), "");
    EXPECT_EQ(Lines(c, migration.up), c.up);
    CheckHazards(migration.up);
    CheckHazards(migration.down);
    RunAndCheck(live, migration.up);
    RunAndCheck(live, migration.down);
  }
}

}  // namespace
}  // namespace schemac::testing
