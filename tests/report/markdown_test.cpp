#include <string>

#include <gtest/gtest.h>

#include "schemac/report/report.h"

#include "sample.h"

namespace schemac::report {
namespace {

using catalog::ObjectKind;
using plan::Action;
using testing::Key;
using testing::MakeStep;

TEST(ReportMarkdownTest, RendersSample) {
  std::string want =
      "## schemac plan\n"
      "\n"
      "**Plan: 2 to create, 1 to alter, 1 to drop.**\n"
      "\n"
      "> [!WARNING]\n"
      "> This migration deletes data. Review the steps marked `deletes-data` before applying "
      "it.\n"
      "\n"
      "| Object | Action | Change | Place | Hazards |\n"
      "|---|---|---|---|---|\n"
      "| table `public.\"Orders\"` | - drop | `drop column \"email\"` |  | deletes-data, "
      "irreversible-down |\n"
      "| table `public.\"Orders\"` | ~ alter | `set default of \"status\" to 'new'` | "
      "`schema/orders.sql:4` |  |\n"
      "| table `public.users` | + create | `create table` | `schema/users.sql:2` |  |\n"
      "| index `public.old_idx` | - drop | `drop index` |  |  |\n"
      "| index `public.users_email_idx` | + create | `create index on (email)` | "
      "`schema/users.sql:6` | index-build |\n"
      "\n"
      "### Hazards\n"
      "\n"
      "- **deletes-data**: rows or column values are deleted, or values lose part of what they "
      "hold\n"
      "  - table `public.\"Orders\"`: drops column \"email\" and its data\n"
      "- **index-build**: an index is built, which blocks writes to the table while it runs\n"
      "  - index `public.users_email_idx`: builds index \"users\\_email\\_idx\"\n"
      "- **irreversible-down**: the down script cannot undo all of this step: the data it "
      "removes or changes, or what its note names\n"
      "  - table `public.\"Orders\"`: the down script adds \"email\" back empty\n"
      "\n"
      "### Up\n"
      "\n"
      "```sql\n" +
      std::string(testing::kSampleUpSql) +
      "```\n"
      "\n"
      "<details>\n"
      "<summary>Down</summary>\n"
      "\n"
      "```sql\n"
      "-- schemac migration: down\n"
      "-- 5 steps; no hazards\n"
      "\n"
      "-- ~ table public.\"Orders\": drop default of \"status\"\n"
      "ALTER TABLE public.\"Orders\" ALTER COLUMN status DROP DEFAULT;\n"
      "\n"
      "-- + table public.\"Orders\": add column \"email\" text\n"
      "ALTER TABLE public.\"Orders\" ADD COLUMN email text;\n"
      "\n"
      "-- - index public.users_email_idx: drop index\n"
      "DROP INDEX public.users_email_idx;\n"
      "\n"
      "-- - table public.users: drop table\n"
      "DROP TABLE public.users;\n"
      "\n"
      "-- + index public.old_idx: create index on (id)\n"
      "CREATE INDEX old_idx ON public.users USING btree (id);\n"
      "```\n"
      "\n"
      "</details>\n";
  EXPECT_EQ(RenderMarkdown(testing::Sample()), want);
}

TEST(ReportMarkdownTest, EscapesPipesAndBackticksInCells) {
  plan::Migration migration;
  catalog::ObjectKey table = Key(ObjectKind::kTable, "a|b");
  migration.up.steps.push_back(
      MakeStep(table, Key(ObjectKind::kConstraint, "a|b", "c"), Action::kCreate,
               "add constraint \"c\" CHECK (note <> '|`x`|')",
               {"ALTER TABLE public.\"a|b\" ADD CONSTRAINT c CHECK (note <> '|`x`|');"}));
  migration.up.steps.push_back(MakeStep(table, Key(ObjectKind::kColumn, "a|b", "`"),
                                        Action::kCreate, "add column \"`\" text",
                                        {"ALTER TABLE public.\"a|b\" ADD COLUMN \"`\" text;"}));
  std::string markdown = RenderMarkdown(migration);
  EXPECT_NE(markdown.find("| table `public.\"a\\|b\"` | + create | "
                          "``add constraint \"c\" CHECK (note <> '\\|`x`\\|')`` |  |  |\n"),
            std::string::npos)
      << markdown;
  EXPECT_NE(markdown.find("| table `public.\"a\\|b\"` | + create | ``add column \"`\" text`` |  "
                          "|  |\n"),
            std::string::npos)
      << markdown;
  // Statements are not escaped inside the SQL block.
  EXPECT_NE(markdown.find("\nALTER TABLE public.\"a|b\" ADD COLUMN \"`\" text;\n"),
            std::string::npos);
  EXPECT_EQ(markdown.find("[!WARNING]"), std::string::npos);
  EXPECT_EQ(markdown.find("### Hazards"), std::string::npos);
}

TEST(ReportMarkdownTest, FenceOutrunsBackticksInStatements) {
  plan::Migration migration;
  catalog::ObjectKey table = Key(ObjectKind::kTable, "t");
  migration.up.steps.push_back(MakeStep(table, table, Action::kCreate, "create table",
                                        {"CREATE TABLE public.t (note text DEFAULT '```');"}));
  std::string markdown = RenderMarkdown(migration);
  EXPECT_NE(markdown.find("\n````sql\n-- schemac migration: up\n"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("DEFAULT '```');\n````\n"), std::string::npos) << markdown;
  // The empty down plan still renders, as a script without changes.
  EXPECT_NE(markdown.find("```sql\n-- schemac migration: down\n-- No changes.\n```\n"),
            std::string::npos)
      << markdown;
}

TEST(ReportMarkdownTest, EmptyPlanSaysNoChanges) {
  EXPECT_EQ(RenderMarkdown(plan::Migration{}),
            "## schemac plan\n\nNo changes. The database matches the schema.\n");
}

TEST(ReportMarkdownTest, ListsWhatIsNotManagedLast) {
  std::string section =
      "\n"
      "### Not managed by schemac\n"
      "\n"
      "The plan leaves them alone: 3 objects, 1 property.\n"
      "\n"
      "- view `public.active_users`\n"
      "- table `public.coded` (depends on function public.next\\_code())\n"
      "- trigger ``\"t` x\" on public.users``\n"
      "- privileges `on table public.users` (granted to app)\n";
  EXPECT_EQ(RenderMarkdown(testing::Sample(), testing::SampleUnmanaged()),
            RenderMarkdown(testing::Sample()) + section);
  EXPECT_EQ(RenderMarkdown(plan::Migration{}, testing::SampleUnmanaged()),
            "## schemac plan\n\nNo changes. The database matches the schema.\n" + section);
}

}  // namespace
}  // namespace schemac::report
