// The volatility cases (plan/volatility_cases.h) checked on a server. Adding each column to a
// table with rows must rewrite the table (a new relfilenode) exactly when the case says its
// default is volatile; introspection must read that fact; and the plan between the databases
// before and after, as introspected, must give the step that adds it the table-rewrite hazard
// exactly then. (A table whose default calls a function of the schema is not managed yet; for
// it, only the server's behaviour is checked.)
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "schemac/base/quote.h"
#include "schemac/introspect/introspect.h"
#include "schemac/plan/plan.h"

#include "plan/volatility_cases.h"
#include "support/diagnostics.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

using VolatilityServerTest = ServerTest;

std::string TableName(const VolatilityCase& c) {
  return "t_" + c.name;
}

bool Rewrites(const plan::Step& step) {
  for (const plan::HazardNote& note : step.hazards) {
    if (note.hazard == plan::Hazard::kTableRewrite) {
      return true;
    }
  }
  return false;
}

TEST_F(VolatilityServerTest, TheTableIsRewrittenExactlyWhenTheDefaultIsVolatile) {
  std::string error;
  for (const char* database : {"volatility_before", "volatility_after"}) {
    ASSERT_TRUE(server_->CreateDatabase(database, &error)) << error;
    std::string sql = kVolatilityFunctions;
    for (const VolatilityCase& c : VolatilityCases()) {
      sql += fmt::format(
          "CREATE TABLE public.{} (id integer);\n"
          "INSERT INTO public.{} SELECT generate_series(1, 3);\n",
          TableName(c), TableName(c));
    }
    pgserver::PsqlResult load = server_->RunPsql(sql, database);
    ASSERT_EQ(load.exit_code, 0) << load.errors;
  }

  pqxx::connection connection(server_->ConnectionString("volatility_after"));
  for (const VolatilityCase& c : VolatilityCases()) {
    SCOPED_TRACE(c.name);
    pqxx::work work(connection);
    std::string table = "public." + TableName(c);
    auto filenode = [&] {
      return work.exec1("SELECT pg_relation_filenode(" + work.quote(table) + ")")[0].as<long>();
    };
    long before = filenode();
    work.exec(fmt::format("ALTER TABLE {} ADD COLUMN c {} DEFAULT {}", table, c.type, c.default_));
    long after = filenode();
    work.commit();
    EXPECT_EQ(before != after, c.volatile_) << "the server's own behaviour disagrees with the case";
  }

  base::DiagnosticSink sink;
  catalog::Catalog from =
      introspect::Introspect(server_->ConnectionString("volatility_before"), sink);
  catalog::Catalog to = introspect::Introspect(server_->ConnectionString("volatility_after"), sink);
  plan::Migration migration = plan::PlanMigration(from, to, sink);
  ASSERT_EQ(RenderAll(sink), "");
  for (const VolatilityCase& c : VolatilityCases()) {
    SCOPED_TRACE(c.name);
    if (to.tables.count({"public", TableName(c)}) == 0) {
      // A table whose default calls a function or an operator of the schema is not managed
      // until those are; it must be named as such.
      bool named = false;
      for (const catalog::UnmanagedObject& object : to.unmanaged.items) {
        named = named || (object.kind == "table" && object.name == TableName(c) &&
                          object.detail.starts_with("depends on "));
      }
      EXPECT_TRUE(named) << "the table is neither managed nor named as unmanaged";
      continue;
    }
    const catalog::Table& table = to.tables.at({"public", TableName(c)});
    const catalog::Column* column = table.FindColumn("c");
    ASSERT_NE(column, nullptr);
    EXPECT_EQ(column->volatile_default.value, c.volatile_) << *column->default_expression;
    const plan::Step* added = nullptr;
    for (const plan::Step& step : migration.up.steps) {
      if (step.object.name == TableName(c)) {
        added = &step;
      }
    }
    ASSERT_NE(added, nullptr);
    EXPECT_EQ(Rewrites(*added), c.volatile_) << added->description;
  }
}

}  // namespace
}  // namespace schemac::testing
