// What the planner says of a column type change, without a server: the conversion and the loss
// for every pair of the types it knows (plan/type_change_cases.h), and the statements, hazards
// and diagnostics of the planned step.
#include <gtest/gtest.h>

#include "schemac/catalog/catalog.h"
#include "schemac/plan/plan.h"

#include "plan/type_change_cases.h"
#include "support/diagnostics.h"
#include "types.h"

namespace schemac::testing {
namespace {

using plan::AnalyzeTypeChange;
using plan::Conversion;
using plan::Loss;
using plan::TypeChange;

TypeChange Analyze(const std::string& from, const std::string& to) {
  return AnalyzeTypeChange({from, IsCaseEnum(from)}, {to, IsCaseEnum(to)});
}

TEST(TypeChangeTest, EveryPairOfTheKnownTypes) {
  std::vector<TypeChangeCase> cases = TypeChangeCases();
  EXPECT_EQ(cases.size(), 28u * 27u + 11u * 10u - 4u * 3u);
  for (const TypeChangeCase& c : cases) {
    TypeChange change = Analyze(c.from, c.to);
    EXPECT_EQ(Letter(change), c.expected) << c.from << " -> " << c.to << ": " << change.what;
    EXPECT_EQ(change.what.empty(), change.loss == Loss::kNone) << c.from << " -> " << c.to;
  }
}

TEST(TypeChangeTest, ModifiersOfOneType) {
  struct Case {
    std::string from;
    std::string to;
    char expected;
  };
  for (const Case& c : std::vector<Case>{
           {"character varying(10)", "character varying(20)", '-'},
           {"character varying(20)", "character varying(10)", 'f'},
           {"character varying(20)", "character varying", '-'},
           {"character(10)", "character(20)", '-'},
           {"character(20)", "character(10)", '-'},
           {"text", "bpchar", 'f'},
           {"bpchar", "text", '-'},
           {"numeric(10,2)", "numeric(12,2)", '-'},
           {"numeric(12,2)", "numeric(10,2)", '-'},  // refuses what does not fit
           {"numeric(10,2)", "numeric(10,0)", 'd'},
           {"integer", "numeric(5,-2)", 'd'},
           {"numeric(5,-2)", "integer", '-'},
           {"numeric(6,2)", "real", '-'},
           {"numeric(7,2)", "real", 'd'},
           {"numeric(15,0)", "double precision", '-'},
           {"numeric(16,0)", "double precision", 'd'},
           {"time(6) without time zone", "time(0) without time zone", 'd'},
           {"time(0) with time zone", "time(6) with time zone", '-'},
           {"timestamp(0) with time zone", "timestamp(6) with time zone", '-'},
           {"timestamp(6) without time zone", "timestamp(0) without time zone", 'd'},
           {"timestamp(0) without time zone", "timestamp(3) with time zone", 'f'},
           {"interval", "interval(3)", 'd'},
           {"interval(3)", "interval", '-'},
           {"interval day to second(3)", "interval", '-'},
           {"interval", "interval day to second", '-'},
           {"interval", "interval hour to minute", 'd'},
           {"interval minute", "interval hour", 'd'},
           {"interval hour", "interval day to minute", '-'},
           {"interval year", "interval month", '-'},
           {"interval month", "interval year", 'd'},
           {"time without time zone", "interval hour", 'd'},
           {"time(3) without time zone", "interval second(3)", 'd'},  // 24:00:00
           {"integer[]", "bigint[]", '-'},
           {"bigint[]", "real[]", 'd'},
       }) {
    EXPECT_EQ(Letter(Analyze(c.from, c.to)), c.expected) << c.from << " -> " << c.to;
  }
}

TEST(TypeChangeTest, TheSameTypeWithAnotherCollation) {
  TypeChange change = Analyze("text", "text");
  EXPECT_EQ(change.conversion, Conversion::kAssignment);
  EXPECT_EQ(change.loss, Loss::kNone);
  EXPECT_FALSE(change.rewrites);
}

TEST(TypeChangeTest, RewritesUnlessTheServerKnowsTheValuesFit) {
  EXPECT_FALSE(Analyze("character varying(10)", "character varying(20)").rewrites);
  EXPECT_FALSE(Analyze("character varying(10)", "text").rewrites);
  EXPECT_FALSE(Analyze("numeric(10,2)", "numeric(12,2)").rewrites);
  EXPECT_TRUE(Analyze("character varying(20)", "character varying(10)").rewrites);
  EXPECT_TRUE(Analyze("integer", "bigint").rewrites);
  EXPECT_TRUE(Analyze("public.mood", "public.size").rewrites);
}

TEST(TypeChangeTest, TypesThePlannerDoesNotKnowAreLeftToTheServer) {
  // An extension's type: USING column::type, and only a length counts as a loss.
  EXPECT_EQ(Letter(Analyze("text", "extensions.citext")), 'c');
  EXPECT_EQ(Letter(Analyze("extensions.citext", "text")), '-');
  EXPECT_EQ(Letter(Analyze("extensions.citext", "character varying(5)")), 'f');
  EXPECT_EQ(Letter(Analyze("inet", "cidr")), 'c');
  EXPECT_EQ(Letter(Analyze("bit(3)", "bit(2)")), 'f');
  EXPECT_EQ(Letter(Analyze("bit(2)", "bit(3)")), '-');
}

TEST(TypeChangeTest, ReasonsSayWhatIsLostOrChanged) {
  EXPECT_EQ(Analyze("timestamp with time zone", "date").what, "the time of day");
  EXPECT_EQ(Analyze("integer", "boolean").what, "every value but whether it is zero");
  EXPECT_EQ(Analyze("bigint", "double precision").what,
            "digits beyond the precision of double precision");
  EXPECT_EQ(Analyze("numeric(12,4)", "numeric(10,2)").what,
            "digits beyond the scale of numeric(10,2)");
  EXPECT_EQ(Analyze("json", "jsonb").what,
            "the whitespace, key order and duplicate keys of the JSON values");
  EXPECT_EQ(Analyze("text", "boolean").what, "the spelling of the values");
}

catalog::Catalog WithColumn(const std::string& type, const catalog::ColumnHints& hints = {},
                            int line = 0) {
  return CatalogWithColumn(type, hints, line);
}

std::vector<std::string> Statements(const plan::Plan& plan) {
  std::vector<std::string> out;
  for (const plan::Step& step : plan.steps) {
    out.insert(out.end(), step.statements.begin(), step.statements.end());
  }
  return out;
}

std::vector<std::string> Hazards(const plan::Plan& plan) {
  std::vector<std::string> out;
  for (const plan::Step& step : plan.steps) {
    for (const plan::HazardNote& note : step.hazards) {
      out.push_back(std::string(plan::HazardCode(note.hazard)) + ": " + note.reason);
    }
  }
  return out;
}

TEST(TypeChangeStepTest, EnumToEnumGoesThroughText) {
  base::DiagnosticSink sink;
  plan::Migration migration =
      plan::PlanMigration(WithColumn("public.mood[]"), WithColumn("public.size[]"), sink);
  EXPECT_EQ(RenderAll(sink), "");
  EXPECT_EQ(Statements(migration.up),
            std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN c TYPE public.size[] "
                                     "USING c::text[]::public.size[];"});
  EXPECT_EQ(Statements(migration.down),
            std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN c TYPE public.mood[] "
                                     "USING c::text[]::public.mood[];"});
}

TEST(TypeChangeStepTest, LostContentDeletesDataAndLostFormIsIrreversible) {
  base::DiagnosticSink sink;
  plan::Migration migration =
      plan::PlanMigration(WithColumn("timestamp with time zone"), WithColumn("date"), sink);
  EXPECT_EQ(RenderAll(sink), "");
  EXPECT_EQ(Hazards(migration.up),
            (std::vector<std::string>{
                "deletes-data: converting c from timestamp with time zone to date discards the "
                "time of day",
                "table-rewrite: changing the type of c rewrites the table and its indexes",
                "access-exclusive-lock: ALTER COLUMN TYPE locks table public.t",
                "irreversible-down: down converts c back, but not the time of day"}));
  EXPECT_EQ(Hazards(migration.down),
            (std::vector<std::string>{
                "table-rewrite: changing the type of c rewrites the table and its indexes",
                "access-exclusive-lock: ALTER COLUMN TYPE locks table public.t"}));

  migration = plan::PlanMigration(WithColumn("text"), WithColumn("boolean"), sink);
  EXPECT_EQ(Statements(migration.up),
            std::vector<std::string>{
                "ALTER TABLE public.t ALTER COLUMN c TYPE boolean USING c::boolean;"});
  EXPECT_EQ(Hazards(migration.up),
            (std::vector<std::string>{
                "table-rewrite: changing the type of c rewrites the table and its indexes",
                "access-exclusive-lock: ALTER COLUMN TYPE locks table public.t",
                "irreversible-down: converting c from text to boolean may change the spelling of "
                "the values, which down does not restore"}));
}

TEST(TypeChangeStepTest, AChangeWithoutConversionIsReportedAtTheColumn) {
  base::DiagnosticSink sink;
  plan::Migration migration = plan::PlanMigration(
      WithColumn("bigint"), WithColumn("timestamp with time zone", {}, 4), sink);
  EXPECT_TRUE(migration.up.empty());
  EXPECT_TRUE(migration.down.empty());
  EXPECT_EQ(
      RenderAll(sink),
      "t.sql:4:1: error: column \"c\" of table \"public.t\" cannot be converted from bigint to "
      "timestamp with time zone: PostgreSQL has no cast between them; give the conversion "
      "on the line before the column as -- schemac:using <expression> [needs-conversion]\n"
      "  c\n"
      "  ^\n"
      "t.sql:4:1: error: the down migration cannot convert column \"c\" of table \"public.t\" back "
      "from timestamp with time zone to bigint: PostgreSQL has no cast between them; give "
      "the conversion on the line before the column as -- schemac:down-using <expression> "
      "[needs-conversion]\n"
      "  c\n"
      "  ^\n");
}

TEST(TypeChangeStepTest, AnnotationsGiveTheConversionBothWays) {
  catalog::ColumnHints hints;
  hints.using_expression = "to_timestamp(c)";
  hints.down_using_expression = "extract(epoch FROM c)::bigint";
  base::DiagnosticSink sink;
  plan::Migration migration = plan::PlanMigration(
      WithColumn("bigint"), WithColumn("timestamp with time zone", hints, 4), sink);
  EXPECT_EQ(RenderAll(sink), "");
  EXPECT_EQ(Statements(migration.up),
            std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN c TYPE timestamp with "
                                     "time zone USING to_timestamp(c);"});
  EXPECT_EQ(Statements(migration.down),
            std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN c TYPE bigint USING "
                                     "extract(epoch FROM c)::bigint;"});
  EXPECT_EQ(Hazards(migration.up),
            (std::vector<std::string>{
                "table-rewrite: changing the type of c rewrites the table and its indexes",
                "access-exclusive-lock: ALTER COLUMN TYPE locks table public.t",
                "irreversible-down: converts c with the expression the schema gives; the planner "
                "cannot tell whether every value comes back"}));

  // A conversion PostgreSQL has is replaced by the one the schema gives; the other direction
  // keeps PostgreSQL's. The live database's hints count for nothing.
  hints.down_using_expression.reset();
  hints.using_expression = "nullif(c, '')::integer";
  catalog::ColumnHints live;
  live.using_expression = "0";
  live.down_using_expression = "'0'";
  migration = plan::PlanMigration(WithColumn("text", live), WithColumn("integer", hints), sink);
  EXPECT_EQ(RenderAll(sink), "");
  EXPECT_EQ(Statements(migration.up),
            std::vector<std::string>{
                "ALTER TABLE public.t ALTER COLUMN c TYPE integer USING nullif(c, '')::integer;"});
  EXPECT_EQ(Statements(migration.down),
            std::vector<std::string>{"ALTER TABLE public.t ALTER COLUMN c TYPE text;"});
}

}  // namespace
}  // namespace schemac::testing
