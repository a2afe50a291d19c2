// The scope of plan, apply, diff and dump: what schemac.toml's [objects], --include-schema and
// --exclude leave out is neither planned nor dumped, survives apply with its rows, and is counted
// by rule in every report; a schema that would have to be dropped with what the plan leaves alone
// is an error.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

class ScopeCommandTest : public MigrateTest {
 protected:
  // A database with the files' table, a scratch table with rows and a schema of its own, with an
  // operator in it (which schemac does not manage); returns its connection string.
  std::string Prepared() const {
    Write("schema/app.sql", "CREATE TABLE public.users (id integer PRIMARY KEY, name text);\n");
    std::string db = Db();
    Query(TestDatabase(),
          "CREATE TABLE public.users (id integer PRIMARY KEY, name text);"
          "CREATE TABLE public.tmp_import (id serial PRIMARY KEY, payload text);"
          "CREATE INDEX ON public.tmp_import (payload);"
          "INSERT INTO public.tmp_import (payload) VALUES ('a'), ('b');"
          "CREATE SCHEMA audit;"
          "CREATE TABLE audit.log (at timestamptz, what text);"
          "CREATE TYPE audit.shell;");
    return db;
  }
};

TEST_F(ScopeCommandTest, TheProjectFilesExclusionsAreLeftAloneAndCountedByRule) {
  std::string db = Prepared();
  Write("schemac.toml",
        "[schema]\n"
        "dir = \"schema\"\n"
        "[objects]\n"
        "exclude = [\"audit\", \"table:public.tmp_*\"]\n");
  CommandResult plan = Run({"plan", "--db", db, "--dev-db", DevDb()});
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  EXPECT_EQ(plan.out,
            "No changes. The database matches the schema.\n"
            "\n"
            "Excluded on purpose (the plan leaves them alone): 6 objects.\n"
            "  3 objects by audit (schemac.toml:4:12)\n"
            "  3 objects by table:public.tmp_* (schemac.toml:4:21)\n");
  EXPECT_EQ(plan.err, "");

  CommandResult json = Run({"plan", "--db", db, "--dev-db", DevDb(), "--format", "json"});
  EXPECT_EQ(json.exit_code, 0) << json.err;
  nlohmann::json excluded = nlohmann::json::parse(json.out)["excluded"];
  EXPECT_EQ(excluded["count"], 6);
  EXPECT_EQ(excluded["rules"][1],
            (nlohmann::json{
                {"rule", "table:public.tmp_*"}, {"origin", "schemac.toml:4:21"}, {"count", 3}}));
  std::vector<std::string> objects;
  for (const nlohmann::json& object : excluded["objects"]) {
    objects.push_back(object["kind"].get<std::string>() + " " +
                      object["identity"].get<std::string>());
  }
  EXPECT_EQ(objects, (std::vector<std::string>{
                         "schema audit", "shell type audit.shell", "table audit.log",
                         "index public.tmp_import_payload_idx", "sequence public.tmp_import_id_seq",
                         "table public.tmp_import"}));

  // The files change; apply leaves the excluded objects and their rows as they were.
  Write("schema/app.sql",
        "CREATE TABLE public.users (id integer PRIMARY KEY, name text, email text);\n");
  CommandResult apply = Run({"apply", "--db", db, "--dev-db", DevDb(), "--format", "markdown"});
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_TRUE(Contains(apply.out,
                       "### Excluded on purpose\n\nThe project's scope leaves them out, and the "
                       "plan leaves them alone: 6 objects.\n\n"
                       "- 3 objects by `audit` (schemac.toml:4:12)\n"
                       "- 3 objects by `table:public.tmp_*` (schemac.toml:4:21)\n"))
      << apply.out;
  EXPECT_EQ(Columns(TestDatabase(), "users"), "id,name,email");
  EXPECT_EQ(Query(TestDatabase(), "SELECT count(*) FROM public.tmp_import;"), "2\n");
  EXPECT_EQ(Query(TestDatabase(), "SELECT count(*) FROM audit.log;"), "0\n");
}

TEST_F(ScopeCommandTest, WithoutTheScopeTheSchemaThatKeepsWhatThePlanLeavesAloneIsAnError) {
  std::string db = Prepared();
  CommandResult plan = RunAgainst("plan", "schema", db, {});
  EXPECT_EQ(plan.exit_code, 1) << plan.out << plan.err;
  EXPECT_TRUE(Contains(plan.err,
                       "error: schema audit is not in the schema files, but the database keeps "
                       "1 object that schemac does not manage in it, which the plan leaves alone "
                       "and dropping the schema would drop; declare it (CREATE SCHEMA audit) or "
                       "exclude it (--exclude audit) [schema-not-empty]"))
      << plan.err;

  // Excluding the table alone is not enough either: the schema would still have to go.
  CommandResult table = RunAgainst("plan", "schema", db,
                                   {"--exclude", "audit.log", "--exclude", "shell_type:audit.*"});
  EXPECT_EQ(table.exit_code, 1) << table.out << table.err;
  EXPECT_TRUE(Contains(table.err, "the database keeps 2 objects excluded in it")) << table.err;
}

TEST_F(ScopeCommandTest, IncludedSchemasAndExcludeFlagsAddUpWithTheirOrigins) {
  std::string db = Prepared();
  CommandResult plan =
      RunAgainst("plan", "schema", db, {"--include-schema", "public", "--format", "sql"});
  EXPECT_EQ(plan.exit_code, 2) << plan.out << plan.err;
  // public.tmp_import is in an included schema and not in the files: the plan drops it.
  EXPECT_TRUE(HasLine(plan.out, "DROP TABLE public.tmp_import;")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "-- Excluded on purpose (the plan leaves them alone): 3 objects"))
      << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "--   3 objects by include-schemas (--include-schema)"))
      << plan.out;

  CommandResult both = RunAgainst("plan", "schema", db,
                                  {"--include-schema", "public", "--exclude", "public.tmp_import"});
  EXPECT_EQ(both.exit_code, 0) << both.out << both.err;
  EXPECT_TRUE(HasLine(both.out, "  3 objects by public.tmp_import (--exclude)")) << both.out;
  EXPECT_TRUE(HasLine(both.out, "  3 objects by include-schemas (--include-schema)")) << both.out;
}

// A misspelt schema in the scope manages nothing: the plan says so, and an empty name is refused.
TEST_F(ScopeCommandTest, AnIncludedSchemaThatIsNowhereIsAWarning) {
  std::string db = Prepared();
  CommandResult plan = RunAgainst("plan", "schema", db, {"--include-schema", "pubilc"});
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  EXPECT_EQ(plan.err,
            "warning: schema \"pubilc\", which --include-schema includes, is in neither the schema "
            "files nor the database: nothing of it is managed; check the name [absent-schema]\n");
  CommandResult empty = RunAgainst("plan", "schema", db, {"--include-schema", ""});
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_TRUE(Contains(empty.err, "an empty schema name")) << empty.err;
}

TEST_F(ScopeCommandTest, ObjectsOfTheFilesInTheScopeAreNotCreatedEither) {
  std::string db = Prepared();
  Write("schema/tmp.sql", "CREATE TABLE public.tmp_local (id integer);\n");
  CommandResult plan =
      RunAgainst("plan", "schema", db, {"--exclude", "audit", "--exclude", "public.tmp_*"});
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  EXPECT_TRUE(HasLine(plan.out, "  4 objects by public.tmp_* (--exclude)")) << plan.out;

  // diff compares two states with the same scope.
  CommandResult diff = Run({"diff", "--from", db, "--to", "schema", "--dev-db", DevDb(),
                            "--exclude", "audit", "--exclude", "public.tmp_*"});
  EXPECT_EQ(diff.exit_code, 0) << diff.out << diff.err;
  EXPECT_TRUE(Contains(diff.out, "No changes. The two states match.\n")) << diff.out;
}

// An excluded object stays as it is, and so does what it uses: the plan refuses, before anything
// runs, to drop a table an excluded view reads or to give its column another type, which
// PostgreSQL would refuse when the plan is applied.
TEST_F(ScopeCommandTest, WhatAnExcludedObjectUsesIsNeitherDroppedNorRetyped) {
  std::string db = Prepared();
  Query(TestDatabase(),
        "CREATE VIEW audit.user_names AS SELECT name FROM public.users;"
        "CREATE FUNCTION audit.user_count() RETURNS bigint LANGUAGE sql"
        " BEGIN ATOMIC SELECT count(id) FROM public.users; END;");
  std::vector<std::string> scope = {"--exclude", "audit", "--exclude", "public.tmp_*"};
  Write("schema/app.sql", "CREATE TABLE public.users (id bigint PRIMARY KEY, name varchar(40));\n");
  CommandResult retyped = RunAgainst("plan", "schema", db, scope);
  EXPECT_EQ(retyped.exit_code, 1) << retyped.out << retyped.err;
  EXPECT_EQ(retyped.out, "");
  EXPECT_TRUE(Contains(retyped.err,
                       "schema/app.sql:1:28: error: column public.users.id would get another "
                       "type, but function audit.user_count() (excluded), which the plan leaves "
                       "alone, uses it"))
      << retyped.err;
  EXPECT_TRUE(Contains(retyped.err,
                       "error: column public.users.name would get another type, but view "
                       "audit.user_names (excluded), which the plan leaves alone, uses it"))
      << retyped.err;
  EXPECT_TRUE(retyped.err.ends_with("2 errors\n")) << retyped.err;

  Write("schema/app.sql", "CREATE TABLE public.accounts (id integer PRIMARY KEY);\n");
  CommandResult dropped = RunAgainst("plan", "schema", db, scope);
  EXPECT_EQ(dropped.exit_code, 1) << dropped.out << dropped.err;
  EXPECT_TRUE(Contains(dropped.err,
                       "error: table public.users would be dropped, but function "
                       "audit.user_count() (excluded), view audit.user_names (excluded), which "
                       "the plan leaves alone, use it, and PostgreSQL refuses that while they "
                       "are there"))
      << dropped.err;

  // Unused by them, the same table and columns change as planned.
  Query(TestDatabase(), "DROP VIEW audit.user_names; DROP FUNCTION audit.user_count();");
  Write("schema/app.sql", "CREATE TABLE public.users (id bigint PRIMARY KEY, name varchar(40));\n");
  CommandResult plan = RunAgainst("plan", "schema", db, scope);
  EXPECT_EQ(plan.exit_code, 2) << plan.out << plan.err;
}

// Statements schemac cannot handle yet stop every plan, unless the objects they are about are
// excluded: then they are left out, and counted.
TEST_F(ScopeCommandTest, AnUnsupportedStatementAboutAnExcludedObjectIsLeftOutAndCounted) {
  std::string db = Prepared();
  Write("schema/language.sql",
        "CREATE LANGUAGE old_lang HANDLER plpgsql_call_handler;\n"
        "COMMENT ON LANGUAGE old_lang IS 'before 2020';\n");
  std::vector<std::string> scope = {"--exclude", "audit", "--exclude", "public.tmp_*"};
  CommandResult refused = RunAgainst("plan", "schema", db, scope);
  EXPECT_EQ(refused.exit_code, 1) << refused.out << refused.err;
  EXPECT_TRUE(Contains(refused.err,
                       "schema/language.sql:1:1: error: CREATE LANGUAGE is not supported yet; "))
      << refused.err;
  EXPECT_TRUE(Contains(refused.err,
                       ", or exclude the language on purpose (--exclude "
                       "language:old_lang, or in schemac.toml) [unsupported-statement]"))
      << refused.err;

  scope.insert(scope.end(), {"--exclude", "language:old_*"});
  CommandResult plan = RunAgainst("plan", "schema", db, scope);
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
  EXPECT_EQ(plan.err, "");
  // The comment is about the same language: one object.
  EXPECT_TRUE(HasLine(plan.out, "  1 object by language:old_* (--exclude)")) << plan.out;
}

TEST_F(ScopeCommandTest, DumpLeavesTheExcludedObjectsOutAndSaysHowMany) {
  std::string db = Prepared();
  CommandResult dump =
      Run({"dump", "--db", db, "--exclude", "audit", "--exclude", "table:public.tmp_*"});
  EXPECT_EQ(dump.exit_code, 0) << dump.err;
  EXPECT_TRUE(Contains(dump.out, "CREATE TABLE public.users")) << dump.out;
  EXPECT_FALSE(Contains(dump.out, "tmp_import")) << dump.out;
  EXPECT_FALSE(Contains(dump.out, "audit")) << dump.out;
  EXPECT_EQ(dump.err,
            "Excluded on purpose (the dump leaves them out): 6 objects.\n"
            "  3 objects by audit (--exclude)\n"
            "  3 objects by table:public.tmp_* (--exclude)\n");
}

}  // namespace
}  // namespace schemac::testing
