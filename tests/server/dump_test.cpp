// `schemac dump` writes a live database as schema files that compile to the same catalog as the
// files the database was built from.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/pgserver/server.h"

#include "support/run.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The files under `dir`, relative to it, sorted.
std::vector<std::string> Files(const fs::path& dir) {
  std::vector<std::string> files;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) {
      files.push_back(fs::relative(entry.path(), dir).string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST(DumpTest, DumpOfTheExampleCompilesToTheSameCatalog) {
  std::string error;
  auto server = pgserver::EphemeralServer::Start({}, &error);
  ASSERT_NE(server, nullptr) << error;
  ASSERT_TRUE(server->CreateDatabase("shop", &error)) << error;
  fs::path example = SourceDir() / "schemas" / "shop";
  pgserver::PsqlResult load = server->RunPsql(ConcatenatedSources(example), "shop");
  ASSERT_EQ(load.exit_code, 0) << load.errors;

  TempDir dir;
  CommandResult dump =
      RunSchemac({"dump", "--db", server->ConnectionString("shop"), "-o", "dumped"}, dir.path());
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  EXPECT_TRUE(fs::exists(dir.path() / "dumped" / "sales.sql"));
  EXPECT_TRUE(fs::exists(dir.path() / "dumped" / "public.sql"));

  CommandResult split = RunSchemac(
      {"dump", "--db", server->ConnectionString("shop"), "-o", "split", "--split"}, dir.path());
  ASSERT_EQ(split.exit_code, 0) << split.err;
  EXPECT_TRUE(fs::exists(dir.path() / "split" / "sales" / "_schema.sql"));
  EXPECT_TRUE(fs::exists(dir.path() / "split" / "sales" / "orders.sql"));

  CommandResult from_files = RunSchemac({"print", example.string()}, dir.path());
  ASSERT_EQ(from_files.exit_code, 0) << from_files.err;
  for (const char* output : {"dumped", "split"}) {
    CommandResult check = RunSchemac({"check", output}, dir.path());
    EXPECT_EQ(check.exit_code, 0) << output << "\n" << check.err;
    CommandResult from_dump = RunSchemac({"print", output}, dir.path());
    EXPECT_EQ(from_dump.out, from_files.out) << output;
  }
}

TEST(DumpTest, UnreachableDatabaseIsAnError) {
  TempDir dir;
  CommandResult dump =
      RunSchemac({"dump", "--db", "host=" + dir.path().string() + " dbname=none"}, dir.path());
  EXPECT_EQ(dump.exit_code, 1);
  EXPECT_NE(dump.err.find("[connection-failed]"), std::string::npos) << dump.err;
}

class DumpServerTest : public ServerTest {
 protected:
  // Database creates database `name`, runs `sql` in it and returns its connection string.
  static std::string Database(const std::string& name, const std::string& sql) {
    std::string error;
    EXPECT_TRUE(server_->CreateDatabase(name, &error)) << error;
    pgserver::PsqlResult load = server_->RunPsql(sql, name);
    EXPECT_EQ(load.exit_code, 0) << load.errors;
    return server_->ConnectionString(name);
  }
  static void Run(const std::string& database, const std::string& sql) {
    pgserver::PsqlResult result = server_->RunPsql(sql, database);
    EXPECT_EQ(result.exit_code, 0) << result.errors;
  }
  CommandResult Schemac(const std::vector<std::string>& args) const {
    return RunSchemac(args, dir_.path());
  }
  const fs::path& Dir() const { return dir_.path(); }

 private:
  TempDir dir_;
};

// Managed tables (one with a default calling a managed function) and a managed materialized
// view beside a function in a language of the database's own, a function whose body uses it and
// a table whose default
// calls that function; a partitioned table with its partitions and tables in an inheritance tree
// are managed, and are dumped.
constexpr const char* kUnmanaged = R"SQL(CREATE TABLE users (id bigint PRIMARY KEY, name text);
CREATE MATERIALIZED VIEW named_users AS SELECT id, name FROM users WHERE name IS NOT NULL;
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'c' $$;
CREATE TABLE codes (id integer PRIMARY KEY, code text DEFAULT next_code());
CREATE LANGUAGE lang2 HANDLER plpgsql_call_handler;
CREATE FUNCTION loud() RETURNS integer LANGUAGE lang2 AS $$ BEGIN RETURN 1; END $$;
CREATE FUNCTION shout() RETURNS boolean LANGUAGE sql RETURN loud() > 0;
CREATE TABLE contacts (id integer PRIMARY KEY, ok boolean DEFAULT shout());
CREATE TABLE events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE animals (id integer, name text);
CREATE TABLE dogs (good boolean) INHERITS (animals);
CREATE TABLE visits (id integer PRIMARY KEY, user_id bigint REFERENCES users (id));
)SQL";

// What dump and plan say about kUnmanaged, one line each.
const std::vector<std::string> kUnmanagedLines = {
    "language lang2",
    "table public.contacts (depends on function public.shout())",
    "function public.loud() (depends on language lang2)",
    "function public.shout() (depends on function public.loud())",
};

TEST_F(DumpServerTest, RefusesAndNamesEveryObjectItWouldLeaveOut) {
  std::string db = Database("dump_refuses", kUnmanaged);
  CommandResult dump = Schemac({"dump", "--db", db, "-o", "out"});
  EXPECT_EQ(dump.exit_code, 1) << dump.err;
  EXPECT_FALSE(fs::exists(Dir() / "out"));
  EXPECT_EQ(dump.out, "");
  for (const std::string& line : kUnmanagedLines) {
    std::string title = line.substr(0, line.find(" ("));
    std::string detail = line.size() > title.size() ? line.substr(title.size()) : "";
    EXPECT_TRUE(Contains(dump.err, "warning: " + title + " is not managed by schemac" + detail +
                                       "; the dump leaves it out [unmanaged-object]\n"))
        << line << "\n"
        << dump.err;
  }
  EXPECT_TRUE(Contains(dump.err,
                       "error: the database holds 4 objects that schemac does not manage, so "
                       "the files would not hold all of its schema; give --skip-unmanaged to "
                       "write them without these [dump-incomplete]\n"))
      << dump.err;
  EXPECT_FALSE(Contains(dump.err, "public.users")) << dump.err;
  EXPECT_FALSE(Contains(dump.err, "public.visits")) << dump.err;

  // On standard output too, nothing but the diagnostics.
  CommandResult to_stdout = Schemac({"dump", "--db", db});
  EXPECT_EQ(to_stdout.exit_code, 1);
  EXPECT_EQ(to_stdout.out, "");
  EXPECT_TRUE(Contains(to_stdout.err, "[dump-incomplete]")) << to_stdout.err;
}

TEST_F(DumpServerTest, SkipUnmanagedWritesFilesThatPlanToNothingAgainstTheDatabase) {
  std::string db = Database("dump_skips", kUnmanaged);
  for (const char* split : {"", "--split"}) {
    SCOPED_TRACE(split);
    fs::remove_all(Dir() / "out");
    std::vector<std::string> args = {"dump", "--db", db, "-o", "out", "--skip-unmanaged"};
    if (*split != '\0') {
      args.emplace_back(split);
    }
    CommandResult dump = Schemac(args);
    ASSERT_EQ(dump.exit_code, 0) << dump.err;
    EXPECT_TRUE(
        Contains(dump.err,
                 "warning: language lang2 is not managed by schemac; the dump leaves it out "
                 "[unmanaged-object]"))
        << dump.err;
    EXPECT_FALSE(Contains(dump.err, "error")) << dump.err;

    CommandResult check = Schemac({"check", "out"});
    EXPECT_EQ(check.exit_code, 0) << check.err;
    // The tables in an inheritance tree are dumped: 5 columns of their own, 2 inherited.
    EXPECT_TRUE(Contains(check.out, "8 tables (17 columns, 4 constraints)")) << check.out;
    EXPECT_TRUE(Contains(check.out, "1 function")) << check.out;
    EXPECT_TRUE(Contains(check.out, "1 materialized view")) << check.out;
    CommandResult print = Schemac({"print", "out"});
    EXPECT_TRUE(Contains(print.out, "CREATE TABLE public.users")) << print.out;
    EXPECT_TRUE(Contains(print.out, "CREATE TABLE public.visits")) << print.out;

    // The files load, and the plan from the database they came from is empty; it names what it
    // leaves alone.
    CommandResult plan =
        Schemac({"plan", "--schema", "out", "--db", db, "--dev-db", server_->ConnectionString()});
    EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
    std::string listed =
        "No changes. The database matches the schema.\n\n"
        "Not managed by schemac (the plan leaves them alone): 4 objects.\n";
    for (const std::string& line : kUnmanagedLines) {
      listed += "  " + line + "\n";
    }
    EXPECT_EQ(plan.out, listed);
    EXPECT_TRUE(Contains(plan.err,
                         "warning: language lang2 is not managed by schemac; the "
                         "plan leaves it alone "
                         "[unmanaged-object]"))
        << plan.err;
  }
}

TEST_F(DumpServerTest, PrivilegesAndDefaultPrivilegesAreDumped) {
  std::string db = Database("dump_properties",
                            "CREATE TABLE t (id integer);\n"
                            "CREATE ROLE dump_properties_reader;\n"
                            "GRANT SELECT ON t TO dump_properties_reader;\n"
                            "ALTER DEFAULT PRIVILEGES FOR ROLE dump_properties_reader GRANT "
                            "SELECT ON TABLES TO PUBLIC;\n");
  CommandResult dump = Schemac({"dump", "--db", db});
  EXPECT_EQ(dump.exit_code, 0) << dump.err;
  EXPECT_TRUE(Contains(dump.out, "CREATE TABLE public.t")) << dump.out;
  // Privileges and default privileges are managed, and dumped: default privileges after
  // everything else, in a part of their own when they are for every schema.
  EXPECT_TRUE(Contains(dump.out, "GRANT SELECT ON TABLE public.t TO dump_properties_reader;"))
      << dump.out;
  EXPECT_TRUE(dump.out.ends_with(
      "-- default privileges\n"
      "ALTER DEFAULT PRIVILEGES FOR ROLE dump_properties_reader GRANT SELECT ON TABLES TO "
      "PUBLIC;\n"))
      << dump.out;
  EXPECT_EQ(dump.err, "");
  CommandResult files = Schemac({"dump", "--db", db, "-o", "out"});
  ASSERT_EQ(files.exit_code, 0) << files.err;
  EXPECT_EQ(Files(Dir() / "out"), (std::vector<std::string>{"_database.sql", "public.sql"}));
  EXPECT_EQ(ReadFile(Dir() / "out" / "_database.sql"),
            "-- Schema (none), read from a live database by schemac dump.\n"
            "-- default privileges\n"
            "ALTER DEFAULT PRIVILEGES FOR ROLE dump_properties_reader GRANT SELECT ON TABLES TO "
            "PUBLIC;\n");
}

TEST_F(DumpServerTest, DumpingAgainReplacesTheFilesOfTheEarlierDump) {
  std::string db = Database("dump_again",
                            "CREATE SCHEMA a;\n"
                            "CREATE TABLE a.x (id integer);\n"
                            "CREATE TABLE a.y (id integer);\n"
                            "CREATE SCHEMA b;\n"
                            "CREATE TABLE b.t (id integer);\n");
  CommandResult first = Schemac({"dump", "--db", db, "-o", "out", "--split"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, "wrote 6 files to out\n");
  EXPECT_EQ(Files(Dir() / "out"),
            (std::vector<std::string>{"a/_schema.sql", "a/x.sql", "a/y.sql", "b/_schema.sql",
                                      "b/t.sql", "public/_schema.sql"}));
  WriteFile(Dir() / "out" / "README.md", "the schema of app\n");

  Run("dump_again", "DROP TABLE a.y; DROP SCHEMA b CASCADE; CREATE TABLE a.z (id integer);");
  CommandResult second = Schemac({"dump", "--db", db, "-o", "out", "--split"});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(second.out, "wrote 4 files to out; removed 3 files of an earlier dump\n");
  EXPECT_EQ(Files(Dir() / "out"), (std::vector<std::string>{"README.md", "a/_schema.sql", "a/x.sql",
                                                            "a/z.sql", "public/_schema.sql"}));
  EXPECT_FALSE(fs::exists(Dir() / "out" / "b"));

  // One file per schema instead: the split files go, with the directories they leave empty.
  CommandResult third = Schemac({"dump", "--db", db, "-o", "./out/"});
  ASSERT_EQ(third.exit_code, 0) << third.err;
  EXPECT_EQ(third.out, "wrote 2 files to ./out/; removed 4 files of an earlier dump\n");
  EXPECT_EQ(Files(Dir() / "out"), (std::vector<std::string>{"README.md", "a.sql", "public.sql"}));
  EXPECT_FALSE(fs::exists(Dir() / "out" / "a"));
  CommandResult check = Schemac({"check", "out"});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_TRUE(Contains(check.out, "2 files")) << check.out;
  EXPECT_TRUE(Contains(check.out, "2 tables")) << check.out;
}

TEST_F(DumpServerTest, RefusesADirectoryWithOtherSchemaFiles) {
  std::string db = Database("dump_mixed", "CREATE TABLE t (id integer);\n");
  CommandResult first = Schemac({"dump", "--db", db, "-o", "out", "--split"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  WriteFile(Dir() / "out" / "extra" / "hand.sql", "CREATE TABLE hand (id integer);\n");
  fs::create_directories(Dir() / "elsewhere");
  fs::create_symlink(Dir() / "elsewhere", Dir() / "out" / "linked");

  CommandResult second = Schemac({"dump", "--db", db, "-o", "out"});
  EXPECT_EQ(second.exit_code, 1);
  EXPECT_EQ(second.out, "");
  EXPECT_EQ(second.err,
            "error: out holds 2 files that schemac dump did not write and that would be read as "
            "part of the schema; move them away or dump into another directory "
            "[dump-conflict]\n"
            "note: out/extra/hand.sql\n"
            "note: out/linked\n"
            "1 error\n");
  // Nothing was written or removed.
  EXPECT_EQ(Files(Dir() / "out"),
            (std::vector<std::string>{"extra/hand.sql", "public/_schema.sql", "public/t.sql"}));
  EXPECT_EQ(ReadFile(Dir() / "out" / "extra" / "hand.sql"), "CREATE TABLE hand (id integer);\n");

  WriteFile(Dir() / "file", "");
  CommandResult not_a_directory = Schemac({"dump", "--db", db, "-o", "file"});
  EXPECT_EQ(not_a_directory.exit_code, 1);
  EXPECT_TRUE(Contains(not_a_directory.err, "[io-error]")) << not_a_directory.err;
}

// A dump holds an SQL-standard body as the server prints it, which it prints otherwise once
// created from that text (`SELECT 'x'` is printed `SELECT 'x'::text`, and that text `SELECT
// 'x'::text AS text`): the dump is still the database's schema.
TEST_F(DumpServerTest, ABodyPrintedOtherwiseOnceLoadedFromTheDumpPlansToNothing) {
  std::string db =
      Database("dump_atomic",
               "CREATE FUNCTION f() RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT 'x'; END;\n");
  CommandResult dump = Schemac({"dump", "--db", db, "-o", "atomic"});
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  CommandResult plan =
      Schemac({"plan", "--schema", "atomic", "--db", db, "--dev-db", server_->ConnectionString()});
  EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
}

// Objects whose dependencies cross the canonical groups, as only the server knows them: a
// function with an SQL-standard body reads a table (so it cannot come before the tables) and a
// default of another table calls it (so that table cannot come before it); a check calls a
// function that reads a view of that table.
constexpr const char* kCrossGroups = R"SQL(CREATE TABLE u (k integer);
CREATE FUNCTION next_n() RETURNS integer LANGUAGE sql RETURN (SELECT coalesce(max(k), 0) + 1 FROM u);
CREATE TABLE t (id integer PRIMARY KEY, n integer DEFAULT next_n());
CREATE VIEW v AS SELECT id, next_n() AS x FROM t;
CREATE FUNCTION vcount() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM v; END;
CREATE TABLE w (id integer, c bigint CHECK (c <= vcount()));
COMMENT ON FUNCTION next_n() IS 'next';
)SQL";

TEST_F(DumpServerTest, OutputLoadsWithPsqlInTheOrderOfTheServersDependencies) {
  std::string db = Database("dump_cross", kCrossGroups);
  CommandResult dump = Schemac({"dump", "--db", db});
  ASSERT_EQ(dump.exit_code, 0) << dump.err;
  // Each object after what it uses.
  const std::vector<std::string> order = {"CREATE TABLE public.u",
                                          "CREATE OR REPLACE FUNCTION public.next_n()",
                                          "CREATE TABLE public.t",
                                          "CREATE VIEW public.v",
                                          "CREATE OR REPLACE FUNCTION public.vcount()",
                                          "CREATE TABLE public.w",
                                          "COMMENT ON FUNCTION public.next_n()"};
  size_t at = 0;
  for (const std::string& statement : order) {
    size_t found = dump.out.find(statement);
    ASSERT_NE(found, std::string::npos) << statement << "\n" << dump.out;
    EXPECT_GT(found, at) << statement << "\n" << dump.out;
    at = found;
  }
  std::string error;
  ASSERT_TRUE(server_->CreateDatabase("dump_cross_loaded", &error)) << error;
  pgserver::PsqlResult load = server_->RunPsql(dump.out, "dump_cross_loaded");
  EXPECT_EQ(load.exit_code, 0) << load.errors << "\n" << dump.out;
  CommandResult again = Schemac({"dump", "--db", server_->ConnectionString("dump_cross_loaded")});
  EXPECT_EQ(again.out, dump.out);
}

}  // namespace
}  // namespace schemac::testing
