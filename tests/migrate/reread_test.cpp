// Checks that PostgreSQL does not print the way it prints them again: `c IN ('a', 'b')` on a
// varchar column is stored as `(c)::text = ANY ((ARRAY['a'::varchar, ...])::text[])`, which the
// server reads back as `... ANY (ARRAY[('a'::varchar)::text, ...])`. A database holds one form or
// the other depending on whether the check came from the schema files or from a migration; both
// are the same check, so apply verifies, and plans are empty after it. SQL-standard function bodies
// are alike: `SELECT 'a'` prints as `SELECT 'a'::text`, which prints as `SELECT 'a'::text AS text`.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

class RereadTest : public MigrateTest {
 protected:
  // The printed form of the check in the test's database.
  static std::string CheckText() {
    return Query(TestDatabase(),
                 "SELECT pg_catalog.pg_get_constraintdef(oid) FROM pg_catalog.pg_constraint WHERE "
                 "contype = 'c' AND conrelid = 'public.orders'::pg_catalog.regclass");
  }
  // The printed definitions of the functions of schema app.
  static std::string Definitions() {
    return Query(TestDatabase(),
                 "SELECT pg_catalog.pg_get_functiondef(p.oid) FROM pg_catalog.pg_proc p "
                 "WHERE p.pronamespace = 'app'::pg_catalog.regnamespace ORDER BY p.proname");
  }
};

constexpr const char* kWide =
    "CREATE TABLE public.orders (\n"
    "    id integer PRIMARY KEY,\n"
    "    status character varying(40) NOT NULL CHECK (status IN ('new', 'paid'))\n"
    ");\n";
constexpr const char* kNarrow =
    "CREATE TABLE public.orders (\n"
    "    id integer PRIMARY KEY,\n"
    "    status character varying(8) NOT NULL CHECK (status IN ('new', 'paid'))\n"
    ");\n";

TEST_F(RereadTest, ACheckCreatedByAMigrationIsTheCheckOfTheFiles) {
  Write("wide/orders.sql", kWide);
  std::string db = Db();
  CommandResult apply = RunAgainst("apply", "wide", db, {});
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  // The migration wrote the printed text, which the server read into the other form.
  EXPECT_NE(CheckText().find("ANY (ARRAY[('new'::character varying)::text"), std::string::npos)
      << CheckText();
  CommandResult plan = RunAgainst("plan", "wide", db, {});
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
}

TEST_F(RereadTest, ACheckLoadedFromTheFilesAndAColumnTypeChangeUnderIt) {
  std::string db = Db();
  Query(TestDatabase(), kWide);  // as psql loads the files: the first form
  EXPECT_NE(CheckText().find("(ARRAY['new'::character varying"), std::string::npos) << CheckText();
  Write("wide/orders.sql", kWide);
  Write("narrow/orders.sql", kNarrow);
  CommandResult same = RunAgainst("plan", "wide", db, {});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  // PostgreSQL rewrites the check for the new type from its printed text: the other form.
  CommandResult narrow = RunAgainst("apply", "narrow", db, {"--allow-hazards"});
  EXPECT_EQ(narrow.exit_code, 0) << narrow.out << narrow.err;
  CommandResult after = RunAgainst("plan", "narrow", db, {});
  EXPECT_EQ(after.exit_code, 0) << after.out << after.err;
  CommandResult back = RunAgainst("apply", "wide", db, {"--allow-hazards"});
  EXPECT_EQ(back.exit_code, 0) << back.out << back.err;
  CommandResult again = RunAgainst("plan", "wide", db, {});
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;
}

TEST_F(RereadTest, AChangedCheckIsStillAChange) {
  std::string db = Db();
  Query(TestDatabase(), kWide);
  Write("other/orders.sql",
        "CREATE TABLE public.orders (\n"
        "    id integer PRIMARY KEY,\n"
        "    status character varying(40) NOT NULL CHECK (status IN ('new', 'paid', 'sent'))\n"
        ");\n");
  CommandResult plan = RunAgainst("plan", "other", db, {});
  EXPECT_EQ(plan.exit_code, 2) << plan.out << plan.err;
  CommandResult apply = RunAgainst("apply", "other", db, {"--allow-hazards"});
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_NE(CheckText().find("'sent'"), std::string::npos);
}

// A function whose body reads a table of its schema, unqualified, under the files' search_path.
std::string Label(const char* text) {
  return fmt::format(
      "CREATE SCHEMA app;\n"
      "SET search_path = app;\n"
      "CREATE TABLE items (name text);\n"
      "CREATE FUNCTION label() RETURNS text LANGUAGE sql\n"
      "BEGIN ATOMIC\n"
      "  SELECT '{}' FROM items LIMIT 1;\n"
      "END;\n"
      "CREATE PROCEDURE touch() LANGUAGE sql\n"
      "BEGIN ATOMIC\n"
      "  SELECT 'a', 1;\n"
      "END;\n",
      text);
}

TEST_F(RereadTest, BodiesPrintedOtherwiseOnceCreatedFromTheirPrintAreCreatedAsWritten) {
  Write("old/app.sql", Label("old"));
  Write("new/app.sql", Label("new"));
  std::string db = Db();
  CommandResult apply = RunAgainst("apply", "old", db, {});
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_TRUE(apply.out.ends_with("The database matches the schema.\n")) << apply.out;
  // What psql makes of the files: the printed definition would have made `AS text` of it.
  EXPECT_NE(Definitions().find("SELECT 'old'::text\n"), std::string::npos) << Definitions();
  EXPECT_EQ(Definitions().find("AS text"), std::string::npos) << Definitions();
  CommandResult replace = RunAgainst("apply", "new", db, {});
  EXPECT_EQ(replace.exit_code, 0) << replace.out << replace.err;
  EXPECT_NE(Definitions().find("SELECT 'new'::text\n"), std::string::npos) << Definitions();
  EXPECT_EQ(Definitions().find("AS text"), std::string::npos) << Definitions();
  CommandResult plan = RunAgainst("plan", "new", db, {});
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  // The session's path is set back: the statements after the function's name what they mean.
  CommandResult script = RunAgainst("plan", "old", db, {"--format", "sql"});
  EXPECT_NE(script.out.find("SET search_path = app;\nCREATE OR REPLACE FUNCTION label()"),
            std::string::npos)
      << script.out;
  EXPECT_NE(script.out.find("END;\nSET search_path = '';\n"), std::string::npos) << script.out;
}

TEST_F(RereadTest, AFunctionCreatedFromItsPrintIsTheFunctionOfTheFiles) {
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE SCHEMA app;\n"
        "CREATE TABLE app.items (name text);\n"
        "CREATE FUNCTION app.label() RETURNS text LANGUAGE sql\n"
        "BEGIN ATOMIC SELECT 'old'::text AS text FROM app.items LIMIT 1; END;\n"
        "CREATE PROCEDURE app.touch() LANGUAGE sql\n"
        "BEGIN ATOMIC SELECT 'a'::text AS text, 1; END;\n");
  Write("old/app.sql", Label("old"));
  Write("new/app.sql", Label("new"));
  CommandResult same = RunAgainst("plan", "old", db, {});
  EXPECT_EQ(same.exit_code, 0) << same.out << same.err;
  CommandResult changed = RunAgainst("plan", "new", db, {});
  EXPECT_EQ(changed.exit_code, 2) << changed.out << changed.err;
}

}  // namespace
}  // namespace schemac::testing
