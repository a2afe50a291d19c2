#include "schemac/report/report.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "sample.h"

namespace schemac::report {
namespace {

using catalog::ObjectKey;
using catalog::ObjectKind;
using plan::Action;
using testing::At;
using testing::Key;
using testing::kSampleUpSql;
using testing::MakeStep;
using testing::Sample;

TEST(ReportHumanTest, RendersChangesSummaryAndScript) {
  std::string want =
      "~ table public.\"Orders\"\n"
      "  - drop column \"email\"\n"
      "    ! deletes-data: drops column \"email\" and its data\n"
      "    ! irreversible-down: the down script adds \"email\" back empty\n"
      "  ~ set default of \"status\" to 'new' (schema/orders.sql:4)\n"
      "\n"
      "+ table public.users (schema/users.sql:2)\n"
      "  + create table\n"
      "\n"
      "- index public.old_idx\n"
      "  - drop index\n"
      "\n"
      "+ index public.users_email_idx (schema/users.sql:6)\n"
      "  + create index on (email)\n"
      "    ! index-build: builds index \"users_email_idx\"\n"
      "\n"
      "Plan: 2 to create, 1 to alter, 1 to drop.\n"
      "\n"
      "Hazards:\n"
      "  deletes-data: rows or column values are deleted, or values lose part of what they hold\n"
      "  index-build: an index is built, which blocks writes to the table while it runs\n"
      "  irreversible-down: the down script cannot undo all of this step: the data it "
      "removes or changes, or what its note names\n"
      "\n" +
      std::string(kSampleUpSql);
  EXPECT_EQ(RenderHuman(Sample()), want);
}

TEST(ReportHumanTest, EmptyPlanSaysNoChanges) {
  EXPECT_EQ(RenderHuman(plan::Migration{}), "No changes. The database matches the schema.\n");
}

constexpr std::string_view kUnmanagedHuman =
    "\n"
    "Not managed by schemac (the plan leaves them alone): 3 objects, 1 property.\n"
    "  view public.active_users\n"
    "  table public.coded (depends on function public.next_code())\n"
    "  trigger \"t` x\" on public.users\n"
    "  privileges on table public.users (granted to app)\n";

TEST(ReportHumanTest, ListsWhatIsNotManagedAfterThePlan) {
  EXPECT_EQ(RenderHuman(Sample(), testing::SampleUnmanaged()),
            RenderHuman(Sample()) + std::string(kUnmanagedHuman));
  EXPECT_EQ(RenderHuman(plan::Migration{}, testing::SampleUnmanaged()),
            "No changes. The database matches the schema.\n" + std::string(kUnmanagedHuman));
}

TEST(ReportHumanTest, CountsOnlyTheKindsThereAre) {
  catalog::Unmanaged properties;
  properties.items = {testing::SampleUnmanaged().items.back()};
  EXPECT_EQ(RenderHuman(plan::Migration{}, properties),
            "No changes. The database matches the schema.\n"
            "\n"
            "Not managed by schemac (the plan leaves them alone): 1 property.\n"
            "  privileges on table public.users (granted to app)\n");
}

TEST(ReportHumanTest, StepWithOwnPlaceInSameFileShowsIt) {
  auto file = std::make_shared<const base::SourceFile>("s.sql", "a\nb\nc\n");
  ObjectKey table = Key(ObjectKind::kTable, "t");
  plan::Migration migration;
  migration.up.steps.push_back(MakeStep(table, table, Action::kCreate, "create table", {"X;"}));
  migration.up.steps.back().origin = At(file, 1);
  migration.up.steps.push_back(MakeStep(table, Key(ObjectKind::kConstraint, "t", "c"),
                                        Action::kCreate, "add constraint \"c\"", {"Y;"}));
  migration.up.steps.back().origin = At(file, 3);
  std::string human = RenderHuman(migration);
  EXPECT_EQ(human.substr(0, human.find("\n\n")),
            "+ table public.t (s.sql:1)\n"
            "  + create table\n"
            "  + add constraint \"c\" (s.sql:3)");
}

TEST(ReportScriptTest, RendersHeaderCommentsAndStatements) {
  EXPECT_EQ(ScriptSql(Sample().up, "up"), kSampleUpSql);
}

TEST(ReportScriptTest, IsDeterministic) {
  plan::Migration a = Sample();
  plan::Migration b = Sample();
  std::string first = ScriptSql(a.down, "down");
  EXPECT_EQ(ScriptSql(a.down, "down"), first);
  EXPECT_EQ(ScriptSql(b.down, "down"), first);
  EXPECT_EQ(RenderHuman(a), RenderHuman(b));
  EXPECT_EQ(RenderMarkdown(a), RenderMarkdown(b));
  EXPECT_EQ(RenderJson(a), RenderJson(b));
}

TEST(ReportScriptTest, EmptyPlanIsOnlyComments) {
  EXPECT_EQ(ScriptSql(plan::Plan{}, "down"), "-- schemac migration: down\n-- No changes.\n");
}

TEST(ReportScriptTest, HeaderListsWhatIsNotManaged) {
  std::string unmanaged =
      "-- Not managed by schemac (the plan leaves them alone): 3 objects, 1 property\n"
      "--   view public.active_users\n"
      "--   table public.coded (depends on function public.next_code())\n"
      "--   trigger \"t` x\" on public.users\n"
      "--   privileges on table public.users (granted to app)\n";
  std::string script = ScriptSql(Sample().up, "up", testing::SampleUnmanaged());
  std::string header =
      "-- schemac migration: up\n"
      "-- 5 steps; hazards: deletes-data, index-build, irreversible-down\n";
  ASSERT_EQ(std::string(kSampleUpSql).substr(0, header.size()), header);
  EXPECT_EQ(script, header + unmanaged + std::string(kSampleUpSql).substr(header.size()));
  EXPECT_EQ(ScriptSql(plan::Plan{}, "down", testing::SampleUnmanaged()),
            "-- schemac migration: down\n-- No changes.\n" + unmanaged);
}

TEST(ReportScriptTest, NoStepWithoutHazardsSaysSo) {
  plan::Plan one;
  ObjectKey schema{ObjectKind::kSchema, "", "app", ""};
  one.steps.push_back(
      MakeStep(schema, schema, Action::kCreate, "create schema", {"CREATE SCHEMA app;"}));
  EXPECT_EQ(ScriptSql(one, "up"),
            "-- schemac migration: up\n"
            "-- 1 step; no hazards\n"
            "\n"
            "-- + schema app: create schema\n"
            "CREATE SCHEMA app;\n");
}

TEST(ReportScriptTest, LineBreaksCannotEndAComment) {
  // A quoted name may hold a line break; in a comment it would turn the rest into SQL.
  plan::Plan hostile;
  ObjectKey table = Key(ObjectKind::kTable, "a\nDROP TABLE x; --");
  hostile.steps.push_back(
      MakeStep(table, table, Action::kCreate, "create\ntable\r\nDROP TABLE y;", {"SELECT 1;"}));
  std::istringstream lines(ScriptSql(hostile, "up\nDROP TABLE z;"));
  std::string line;
  int statements = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line.rfind("-- ", 0) == 0) {
      continue;
    }
    EXPECT_EQ(line, "SELECT 1;");
    ++statements;
  }
  EXPECT_EQ(statements, 1);
}

}  // namespace
}  // namespace schemac::report

namespace schemac::report {
namespace {

// Two rules, the second from a file, one object of the first with a line break in its rule.
catalog::Unmanaged SampleExcluded() {
  catalog::Unmanaged unmanaged;
  unmanaged.excluded = {
      {0, "public.tmp_*", "--exclude", "table", "public.tmp_a", "public"},
      {0, "public.tmp_*", "--exclude", "table", "public.tmp_b", "public"},
      {1, "audit", "schemac.toml:4:12", "schema", "audit", "audit"},
  };
  return unmanaged;
}

TEST(ReportExcludedTest, EveryFormatCountsTheExcludedObjectsByRule) {
  std::string lines =
      "  2 objects by public.tmp_* (--exclude)\n"
      "  1 object by audit (schemac.toml:4:12)\n";
  EXPECT_EQ(RenderHuman(plan::Migration{}, SampleExcluded()),
            "No changes. The database matches the schema.\n\n"
            "Excluded on purpose (the plan leaves them alone): 3 objects.\n" +
                lines);
  EXPECT_EQ(ScriptSql(plan::Plan{}, "up", SampleExcluded()),
            "-- schemac migration: up\n-- No changes.\n"
            "-- Excluded on purpose (the plan leaves them alone): 3 objects\n"
            "--   2 objects by public.tmp_* (--exclude)\n"
            "--   1 object by audit (schemac.toml:4:12)\n");
  std::string markdown = RenderMarkdown(testing::Sample(), SampleExcluded());
  EXPECT_TRUE(markdown.ends_with(
      "\n### Excluded on purpose\n\nThe project's scope leaves them out, and the plan leaves "
      "them alone: 3 objects.\n\n"
      "- 2 objects by `public.tmp_*` (--exclude)\n"
      "- 1 object by `audit` (schemac.toml:4:12)\n"))
      << markdown;
  // Nothing excluded, nothing said.
  EXPECT_EQ(RenderHuman(testing::Sample()).find("Excluded"), std::string::npos);
}

TEST(ReportExcludedTest, ARuleWithALineBreakStaysOnItsLine) {
  catalog::Unmanaged unmanaged;
  unmanaged.excluded = {{0, "x\nDROP TABLE t; --", "--exclude", "table", "public.x", "public"}};
  std::istringstream lines(ScriptSql(plan::Plan{}, "up", unmanaged));
  for (std::string line; std::getline(lines, line);) {
    EXPECT_TRUE(line.starts_with("--")) << line;
  }
}

}  // namespace
}  // namespace schemac::report
