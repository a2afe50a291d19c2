// The lock each kind of step takes, and its hazards, without a server: every case of
// plan/lock_cases.h is compiled, planned, and its up plan compared with the table. The locks are
// PostgreSQL 15's (the ALTER TABLE page lists them per form); plan_lock_server_test checks them
// on a server.
#include <cstdlib>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/catalog/objects.h"
#include "schemac/parse/parser.h"
#include "schemac/plan/plan.h"
#include "schemac/sema/compile.h"

#include "builder.h"
#include "plan/lock_cases.h"
#include "support/diagnostics.h"

namespace schemac::testing {
namespace {

catalog::Catalog CompileSql(const std::string& sql, base::DiagnosticSink& sink) {
  std::vector<ast::File> files;
  files.push_back(parse::ParseFile(std::make_shared<base::SourceFile>("s.sql", sql), sink));
  return sema::Compile(std::move(files), sink);
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

TEST(LockTest, EveryKindOfStep) {
  for (const LockCase& c : LockCases()) {
    SCOPED_TRACE(c.name);
    base::DiagnosticSink sink;
    catalog::Catalog from = CompileSql(c.from, sink);
    catalog::Catalog to = CompileSql(c.to, sink);
    plan::Migration migration = plan::PlanMigration(from, to, sink);
    ASSERT_EQ(RenderAll(sink), "");
    std::vector<std::string> lines;
    for (const plan::Step& step : migration.up.steps) {
      lines.push_back(Line(step));
    }
    EXPECT_EQ(lines, c.up);
    if (std::getenv("SCHEMAC_PRINT_LOCKS") != nullptr) {
      std::cout << "      {\"" << c.name << "\"\n";
      for (const std::string& line : lines) {
        std::cout << "       \"" << line << "\",\n";
      }
    }
  }
}

TEST(LockTest, TheHazardGoesWithAnAccessExclusiveLock) {
  for (const LockCase& c : LockCases()) {
    base::DiagnosticSink sink;
    plan::Migration migration =
        plan::PlanMigration(CompileSql(c.from, sink), CompileSql(c.to, sink), sink);
    for (const plan::Plan* plan : {&migration.up, &migration.down}) {
      for (const plan::Step& step : plan->steps) {
        bool hazard = false;
        for (const plan::HazardNote& note : step.hazards) {
          hazard = hazard || note.hazard == plan::Hazard::kAccessExclusiveLock;
        }
        EXPECT_EQ(hazard, step.lock == plan::TableLock::kAccessExclusive)
            << c.name << ": " << Line(step);
      }
    }
  }
}

TEST(LockTest, StorageOptionsTakeTheLockPostgreSqlChangesThemUnder) {
  using plan::StorageOptionsLock;
  using plan::TableLock;
  EXPECT_EQ(StorageOptionsLock({}), TableLock::kNone);
  EXPECT_EQ(StorageOptionsLock({"fillfactor", "autovacuum_enabled", "toast.autovacuum_enabled",
                                "parallel_workers", "deduplicate_items"}),
            TableLock::kShareUpdateExclusive);
  for (std::string option : {"user_catalog_table", "fastupdate", "gin_pending_list_limit",
                             "buffering", "pages_per_range", "autosummarize", "no_such_option"}) {
    EXPECT_EQ(StorageOptionsLock({"fillfactor", option}), TableLock::kAccessExclusive) << option;
  }
}

}  // namespace
}  // namespace schemac::testing
