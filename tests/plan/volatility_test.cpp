// The planner's rule for adding a column, without a server: the step rewrites the table (every
// row gets a value computed for it) exactly when the default is volatile, as the server's catalog
// says (Column::volatile_default), however the default is written; and also for a generated or
// an identity column.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/plan/plan.h"

#include "plan/volatility_cases.h"
#include "support/diagnostics.h"

namespace schemac::testing {
namespace {

catalog::Column NewColumn(const std::string& name, const std::string& type) {
  catalog::Column column;
  column.name = name;
  column.type = type;
  return column;
}

catalog::Catalog WithTable(std::vector<catalog::Column> extra) {
  catalog::Catalog catalog;
  catalog.schemas["public"].name = "public";
  catalog::Table& table = catalog.tables[{"public", "t"}];
  table.name = {"public", "t"};
  table.columns.push_back(NewColumn("id", "integer"));
  for (catalog::Column& column : extra) {
    table.columns.push_back(std::move(column));
  }
  return catalog;
}

// The hazard codes of the one step that adds the column.
std::vector<std::string> AddColumnHazards(const catalog::Column& column) {
  base::DiagnosticSink sink;
  plan::Migration migration = plan::PlanMigration(WithTable({}), WithTable({column}), sink);
  EXPECT_EQ(RenderAll(sink), "");
  EXPECT_EQ(migration.up.steps.size(), 1u);
  std::vector<std::string> codes;
  for (const plan::Step& step : migration.up.steps) {
    for (const plan::HazardNote& note : step.hazards) {
      codes.emplace_back(plan::HazardCode(note.hazard));
    }
  }
  return codes;
}

const std::vector<std::string> kRewrite = {"table-rewrite", "access-exclusive-lock"};
const std::vector<std::string> kInPlace = {"access-exclusive-lock"};

TEST(VolatilityTest, AddingAColumnRewritesTheTableExactlyWhenItsDefaultIsVolatile) {
  for (const VolatilityCase& c : VolatilityCases()) {
    SCOPED_TRACE(c.name);
    catalog::Column column = NewColumn("c", c.type);
    column.default_expression = c.default_;
    column.volatile_default.value = c.volatile_;
    EXPECT_EQ(AddColumnHazards(column), c.volatile_ ? kRewrite : kInPlace);
  }
}

TEST(VolatilityTest, TheTextOfTheDefaultDoesNotDecide) {
  // What decides is the server's fact, not the words: a default that reads like a call of a
  // volatile function is not one, and a function of the schema can be.
  catalog::Column text = NewColumn("c", "text");
  text.default_expression = "'random()'::text";
  EXPECT_EQ(AddColumnHazards(text), kInPlace);
  catalog::Column call = NewColumn("c", "integer");
  call.default_expression = "public.code()";
  call.volatile_default.value = true;
  EXPECT_EQ(AddColumnHazards(call), kRewrite);
}

TEST(VolatilityTest, GeneratedAndIdentityColumnsRewriteTheTable) {
  catalog::Column generated = NewColumn("c", "integer");
  generated.generated_expression = "(id * 2)";
  EXPECT_EQ(AddColumnHazards(generated), kRewrite);
  catalog::Column identity = NewColumn("c", "integer");
  identity.not_null = true;
  identity.identity.emplace();
  identity.identity->sequence = {"public", "t_c_seq"};
  EXPECT_EQ(AddColumnHazards(identity), kRewrite);
}

}  // namespace
}  // namespace schemac::testing
