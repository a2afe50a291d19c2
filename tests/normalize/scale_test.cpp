// Normalisation of large schemas: the load takes few round trips, is about as fast as psql
// loading the canonical SQL, and copes with batches that need more locks than the server has.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/catalog/print.h"
#include "schemac/normalize/normalize.h"
#include "schemac/plan/canonical.h"
#include "schemac/sema/canonical.h"
#include "schemac/sema/compile.h"

#include "normalize/load.h"
#include "normalize/many_tables.h"
#include "normalize/server_fixture.h"
#include "support/diagnostics.h"
#include "support/run.h"

namespace schemac::testing {
namespace {

using NormalizeScaleTest = NormalizeServerTest;

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// SCHEMAC_NORMALIZE_TABLES sets the number of tables (default 1000).
int TableCount() {
  const char* count = std::getenv("SCHEMAC_NORMALIZE_TABLES");
  return count != nullptr && std::atoi(count) > 0 ? std::atoi(count) : 1000;
}

TEST_F(NormalizeScaleTest, LoadTakesFewRoundTrips) {
  const int tables = TableCount();
  catalog::Catalog compiled = CompileText("CREATE SCHEMA app;\n" + ManyTables(0, tables));
  ASSERT_EQ(compiled.tables.size(), static_cast<size_t>(tables));

  auto start = std::chrono::steady_clock::now();
  std::string error;
  ASSERT_TRUE(server_->CreateDatabase("scale_psql", &error)) << error;
  pgserver::PsqlResult load = server_->RunPsql(plan::CanonicalSql(compiled), "scale_psql");
  double psql_seconds = SecondsSince(start);
  ASSERT_EQ(load.exit_code, 0) << load.errors;

  base::DiagnosticSink sink;
  normalize::NormalizeStats stats;
  std::optional<catalog::Catalog> normalized =
      normalize::Normalize(compiled, Connection(), sink, &stats);
  ASSERT_TRUE(normalized.has_value()) << RenderAll(sink);
  EXPECT_EQ(normalized->tables.size(), compiled.tables.size());
  EXPECT_EQ(stats.statements, normalize::LoadStatements(compiled).size());
  EXPECT_LE(stats.batches, stats.statements / 50);
  EXPECT_EQ(stats.batches_split, 0u);
  std::string figures = fmt::format(
      "{} tables, {} statements in {} batches: psql {:.2f} s, normalize load {:.2f} s, "
      "introspect {:.2f} s",
      tables, stats.statements, stats.batches, psql_seconds, stats.load_seconds,
      stats.introspect_seconds);
  std::cout << figures << "\n";
  RecordProperty("figures", figures);
  // How its time compares with psql's is a target of the benchmark (bench/), not of a test.
}

// A large load puts its tables and indexes on several connections and says when the rest (the
// foreign keys on) runs on one: then every table and index exists and no foreign key yet. A small
// load runs on one connection from the start.
TEST_F(NormalizeScaleTest, SaysWhenTheRestOfTheLoadRunsOnOneConnection) {
  for (const int tables : {1000, 3}) {
    catalog::Catalog compiled = CompileText("CREATE SCHEMA app;\n" + ManyTables(0, tables));
    int calls = 0;
    std::string seen;
    auto on_one_connection = [&] {
      ++calls;
      std::string scratch = ScratchDatabases();
      ASSERT_FALSE(scratch.empty());
      scratch.pop_back();  // the newline
      seen = server_
                 ->RunPsql(
                     "\\pset tuples_only on\n\\pset format unaligned\n"
                     "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON "
                     "n.oid = c.relnamespace WHERE n.nspname = 'app' AND c.relkind = 'r') || ' ' "
                     "|| (SELECT count(*) FROM pg_indexes WHERE schemaname = 'app') || ' ' || "
                     "(SELECT count(*) FROM pg_constraint WHERE contype = 'f');\n",
                     scratch)
                 .output;
    };
    base::DiagnosticSink sink;
    normalize::NormalizeStats stats;
    normalize::NormalizeOptions options;
    options.stats = &stats;
    options.on_one_connection = on_one_connection;
    std::optional<catalog::Catalog> normalized =
        normalize::Normalize(catalog::Catalog(compiled), Connection(), sink, options);
    ASSERT_TRUE(normalized.has_value()) << RenderAll(sink);
    EXPECT_EQ(calls, 1) << tables;
    if (tables == 1000) {
      // Each table has a primary key and an index of its own.
      EXPECT_EQ(seen, "1000 2000 0\n");
      EXPECT_EQ(stats.connections, normalize::DefaultLanes());
    } else {
      EXPECT_EQ(seen, "0 0 0\n");
      EXPECT_EQ(stats.connections, 1u);
    }
    sema::CanonicalizeExpressions(*normalized);
    EXPECT_TRUE(*normalized == compiled) << tables;
    EXPECT_EQ(ScratchDatabases(), "");
  }
}

// Progress is reported before the load, after each batch (from the thread of each connection,
// the statements of every batch counted once) and when the scratch database is read back.
TEST_F(NormalizeScaleTest, ReportsProgressAfterEachBatch) {
  catalog::Catalog compiled = CompileText("CREATE SCHEMA app;\n" + ManyTables(0, 1000));
  const size_t total = normalize::LoadStatements(compiled).size();
  std::mutex mutex;
  std::vector<normalize::NormalizeProgress> calls;
  std::set<std::thread::id> threads;
  normalize::NormalizeOptions options;
  options.on_progress = [&](const normalize::NormalizeProgress& progress) {
    std::lock_guard<std::mutex> lock(mutex);
    calls.push_back(progress);
    threads.insert(std::this_thread::get_id());
  };
  base::DiagnosticSink sink;
  std::optional<catalog::Catalog> normalized =
      normalize::Normalize(catalog::Catalog(compiled), Connection(), sink, options);
  ASSERT_TRUE(normalized.has_value()) << RenderAll(sink);
  ASSERT_GE(calls.size(), 3u);
  using Stage = normalize::NormalizeProgress::Stage;
  EXPECT_EQ(calls.front().stage, Stage::kLoading);
  EXPECT_EQ(calls.front().loaded, 0u);
  EXPECT_EQ(calls.back().stage, Stage::kReading);
  EXPECT_EQ(calls.back().loaded, total);
  std::vector<size_t> loaded;
  for (size_t i = 1; i + 1 < calls.size(); ++i) {
    EXPECT_EQ(calls[i].stage, Stage::kLoading);
    EXPECT_EQ(calls[i].total, total);
    loaded.push_back(calls[i].loaded);
  }
  std::sort(loaded.begin(), loaded.end());
  EXPECT_EQ(loaded.back(), total);
  size_t before = 0;
  for (size_t count : loaded) {
    EXPECT_GT(count, before);
    EXPECT_LE(count - before, normalize::kBatchStatements);
    before = count;
  }
  if (normalize::DefaultLanes() > 1) {
    EXPECT_GE(threads.size(), 2u);
  }
}

// For a server discarded next, the scratch database may be left behind instead of dropped.
TEST_F(NormalizeScaleTest, LeavesTheScratchDatabaseWhenAsked) {
  catalog::Catalog compiled = CompileText("CREATE TABLE t (id integer PRIMARY KEY);\n");
  base::DiagnosticSink sink;
  normalize::NormalizeOptions options;
  options.leave_scratch_database = true;
  std::optional<catalog::Catalog> normalized =
      normalize::Normalize(catalog::Catalog(compiled), Connection(), sink, options);
  ASSERT_TRUE(normalized.has_value()) << RenderAll(sink);
  std::string left = ScratchDatabases();
  ASSERT_NE(left, "");
  left.pop_back();
  EXPECT_EQ(left.find('\n'), std::string::npos) << left;
  Query("DROP DATABASE " + left + ";");
  EXPECT_EQ(ScratchDatabases(), "");
}

// Tables with many unique constraints take many locks each (one per index): a batch of 100 of
// them takes twice what the lock table of a server with max_locks_per_transaction=64 holds
// (about 2,000 locks), so that batch is loaded statement by statement.
TEST_F(NormalizeScaleTest, SplitsBatchesThatNeedTooManyLocks) {
  pgserver::ServerOptions options;
  options.settings = {"max_locks_per_transaction=64"};
  std::string error;
  auto small = pgserver::EphemeralServer::Start(options, &error);
  ASSERT_NE(small, nullptr) << error;
  std::string sql;
  for (int i = 0; i < 100; ++i) {
    sql += fmt::format("CREATE TABLE wide{} (\n", i);
    for (int c = 0; c < 40; ++c) {
      sql += fmt::format("    c{} integer UNIQUE{}\n", c, c + 1 < 40 ? "," : "");
    }
    sql += ");\n";
  }
  catalog::Catalog compiled = CompileText(sql);
  ASSERT_EQ(compiled.tables.size(), 100u);
  base::DiagnosticSink sink;
  normalize::NormalizeStats stats;
  std::optional<catalog::Catalog> normalized =
      normalize::Normalize(compiled, small->ConnectionString("postgres"), sink, &stats);
  ASSERT_TRUE(normalized.has_value()) << RenderAll(sink);
  EXPECT_GE(stats.batches_split, 1u);
  sema::CanonicalizeExpressions(*normalized);
  EXPECT_TRUE(*normalized == compiled);
  pgserver::PsqlResult left = small->RunPsql(
      "SELECT count(*) FROM pg_database WHERE datname LIKE 'schemac\\_scratch\\_%';\n");
  EXPECT_NE(left.output.find(" 0\n"), std::string::npos) << left.output;
}

}  // namespace
}  // namespace schemac::testing
