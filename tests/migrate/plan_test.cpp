// `schemac plan` against live databases on a server the suite starts: exit codes, the human
// summary and places, the other formats, the scripts it writes, and its errors.
#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

class PlanCommandTest : public MigrateTest {
 protected:
  // Plan runs `schemac plan` of `schema` against `db`, normalising on the suite's server.
  CommandResult Plan(const std::string& schema, const std::string& db,
                     std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {"plan", "--schema", schema, "--db", db, "--dev-db", DevDb()};
    args.insert(args.end(), extra.begin(), extra.end());
    return Run(args);
  }

  // Applied returns the running test's database with `schema` applied.
  std::string Applied(const std::string& schema) const {
    std::string db = Db();
    CommandResult apply = Run({"apply", "--schema", schema, "--db", db, "--dev-db", DevDb()});
    EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
    return db;
  }
};

constexpr const char* kNoChanges = "No changes. The database matches the schema.\n";

TEST_F(PlanCommandTest, ChangesExitTwoWithTheSummaryAndPlaces) {
  WriteShopV1(Dir() / "v1");
  CommandResult plan = Plan("v1", Db());
  EXPECT_EQ(plan.exit_code, 2) << plan.err;
  EXPECT_EQ(plan.err, "");
  EXPECT_TRUE(HasLine(plan.out, "Plan: 3 to create, 0 to alter, 0 to drop.")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "+ table public.users (v1/users.sql:1)")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "+ table public.orders (v1/orders.sql:1)")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "+ index public.orders_user_id_idx (v1/orders.sql:7)")) << plan.out;
  EXPECT_TRUE(HasLine(plan.out, "-- 3 steps; hazards: index-build")) << plan.out;
  // The database is only read.
  EXPECT_EQ(Tables(TestDatabase()), "");
}

TEST_F(PlanCommandTest, NoChangesOnceApplied) {
  WriteShopV1(Dir() / "v1");
  std::string db = Applied("v1");
  CommandResult plan = Plan("v1", db, {"--up", "up.sql", "--down", "down.sql"});
  EXPECT_EQ(plan.exit_code, 0) << plan.err;
  EXPECT_EQ(plan.out, kNoChanges);
  EXPECT_EQ(plan.err, "");
  // The scripts are written all the same, with nothing to do.
  EXPECT_EQ(ReadFile(Dir() / "up.sql"), "-- schemac migration: up\n-- No changes.\n");
  EXPECT_EQ(ReadFile(Dir() / "down.sql"), "-- schemac migration: down\n-- No changes.\n");
}

TEST_F(PlanCommandTest, AlterationsAndDropsAreCountedWithTheirPlaces) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  std::string db = Applied("v1");
  CommandResult plan = Plan("v2", db);
  EXPECT_EQ(plan.exit_code, 2) << plan.err;
  const std::string& out = plan.out;
  EXPECT_TRUE(HasLine(out, "Plan: 1 to create, 2 to alter, 1 to drop.")) << out;
  EXPECT_TRUE(HasLine(out, "+ table public.audit (v2/audit.sql:1)")) << out;
  // A table changed only in its columns takes its place from no step of its own; the step that
  // adds a column points to the column's line.
  EXPECT_TRUE(HasLine(out, "~ table public.users")) << out;
  EXPECT_TRUE(HasLine(out, "  + add column name text (v2/users.sql:4)")) << out;
  EXPECT_TRUE(HasLine(out, "~ table public.orders")) << out;
  EXPECT_TRUE(HasLine(out, "  - drop column total")) << out;
  EXPECT_TRUE(HasLine(out, "    ! deletes-data: drops column total and its values")) << out;
  // A dropped object is declared nowhere.
  EXPECT_TRUE(HasLine(out, "- index public.orders_user_id_idx")) << out;
}

TEST_F(PlanCommandTest, CompileErrorIsShownAtFileLineColumn) {
  Write("bad/t.sql",
        "CREATE TABLE t (\n"
        "  id bigint PRIMARY KEY,\n"
        "  u bigint REFERENCES nosuch (id)\n"
        ");\n");
  CommandResult plan = Plan("bad", Db());
  EXPECT_EQ(plan.exit_code, 1);
  EXPECT_EQ(plan.out, "");
  EXPECT_TRUE(Contains(plan.err,
                       "bad/t.sql:3:12: error: table \"public.nosuch\" referenced by "
                       "foreign key \"t_u_fkey\" does not exist [unknown-relation]"))
      << plan.err;
}

TEST_F(PlanCommandTest, BadConnectionFailsWithoutShowingThePassword) {
  WriteShopV1(Dir() / "v1");
  const std::string password = "secretpw";
  for (const std::string& db :
       {"postgresql://alice:" + password + "@/nodb?host=" + (Dir() / "nosocket").string(),
        "postgresql://alice:" + password + "@127.0.0.1:1/nodb"}) {
    CommandResult plan = Plan("v1", db);
    EXPECT_EQ(plan.exit_code, 1) << db;
    EXPECT_TRUE(Contains(plan.err, "[connection-failed]")) << plan.err;
    EXPECT_FALSE(Contains(plan.out + plan.err, password)) << plan.out << plan.err;
  }
  // A server for normalising that cannot be reached is the same error.
  CommandResult dev = Run({"plan", "--schema", "v1", "--db", Db(), "--dev-db",
                           "postgresql://alice:" + password + "@/postgres?host=/nonexistent"});
  EXPECT_EQ(dev.exit_code, 1);
  EXPECT_TRUE(Contains(dev.err, "[connection-failed]")) << dev.err;
  EXPECT_FALSE(Contains(dev.out + dev.err, password)) << dev.out << dev.err;
  // The server trusts local connections, so these URLs work; the password is still not shown.
  std::string with_password = "postgresql://postgres:" + password + "@/" + TestDatabase() +
                              "?host=" + Server().socket_dir();
  std::string dev_with_password =
      "postgresql://postgres:" + password + "@/postgres?host=" + Server().socket_dir();
  CommandResult good = Run({"plan", "--schema", "v1", "--db", with_password, "--dev-db",
                            dev_with_password, "--timings"});
  EXPECT_EQ(good.exit_code, 2) << good.err;
  EXPECT_FALSE(Contains(good.out + good.err, password)) << good.out << good.err;
}

TEST_F(PlanCommandTest, PasswordWithABadPercentEncodingIsNotShown) {
  WriteShopV1(Dir() / "v1");
  const std::string password = "secret%zzpw";
  std::string url = "postgresql://alice:" + password + "@/nodb?host=/nonexistent";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"plan", "--schema", "v1", "--db", url, "--dev-db", DevDb()},
        std::vector<std::string>{"plan", "--schema", "v1", "--db", Db(), "--dev-db", url}}) {
    CommandResult plan = Run(args);
    EXPECT_EQ(plan.exit_code, 1);
    EXPECT_TRUE(Contains(plan.err, "[connection-failed]")) << plan.err;
    EXPECT_FALSE(Contains(plan.out + plan.err, "secret")) << plan.err;
  }
}

TEST_F(PlanCommandTest, JsonFormat) {
  WriteShopV1(Dir() / "v1");
  CommandResult plan = Plan("v1", Db(), {"--format", "json"});
  EXPECT_EQ(plan.exit_code, 2) << plan.err;
  nlohmann::ordered_json json = nlohmann::ordered_json::parse(plan.out, nullptr, false);
  ASSERT_FALSE(json.is_discarded()) << plan.out;
  EXPECT_EQ(json["format"], "schemac-plan");
  EXPECT_EQ(json["version"], 9);
  EXPECT_EQ(json["summary"], nlohmann::ordered_json::parse(R"({"create":3,"alter":0,"drop":0})"));
  EXPECT_EQ(json["hazards"], nlohmann::ordered_json::parse(R"(["index-build"])"));
  ASSERT_EQ(json["up"].size(), 3u) << plan.out;
  EXPECT_TRUE(json["up"][0].get<std::string>().starts_with("CREATE TABLE public.users ("));
  EXPECT_TRUE(json["up"][1].get<std::string>().starts_with("CREATE TABLE public.orders ("));
  EXPECT_EQ(json["up"][2],
            "CREATE INDEX orders_user_id_idx ON public.orders USING btree (user_id);");
  // Dropping the tables drops the index with them.
  EXPECT_EQ(json["down"], nlohmann::ordered_json::parse(
                              R"(["DROP TABLE public.orders;", "DROP TABLE public.users;"])"));
  std::set<std::string> origins;
  for (const auto& change : json["changes"]) {
    EXPECT_EQ(change["action"], "create");
    origins.insert(change["object"]["name"].get<std::string>() + " " +
                   change["origin"]["file"].get<std::string>() + ":" +
                   std::to_string(change["origin"]["line"].get<int>()));
  }
  EXPECT_EQ(origins, (std::set<std::string>{"orders v1/orders.sql:1", "users v1/users.sql:1",
                                            "orders_user_id_idx v1/orders.sql:7"}));
}

TEST_F(PlanCommandTest, MarkdownAndSqlFormats) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  std::string db = Applied("v1");
  CommandResult markdown = Plan("v2", db, {"--format", "markdown"});
  EXPECT_EQ(markdown.exit_code, 2) << markdown.err;
  EXPECT_TRUE(markdown.out.starts_with(
      "## schemac plan\n\n**Plan: 1 to create, 2 to alter, 1 to drop.**\n\n> [!WARNING]\n"))
      << markdown.out;
  EXPECT_TRUE(HasLine(markdown.out,
                      "| table `public.orders` | - drop | `drop column total` |  | "
                      "deletes-data, access-exclusive-lock, irreversible-down |"))
      << markdown.out;
  EXPECT_TRUE(Contains(markdown.out, "ALTER TABLE public.orders DROP COLUMN total;\n"));

  CommandResult sql = Plan("v2", db, {"--format", "sql"});
  EXPECT_EQ(sql.exit_code, 2) << sql.err;
  std::vector<std::string> lines = Lines(sql.out);
  ASSERT_GE(lines.size(), 2u) << sql.out;
  EXPECT_EQ(lines[0], "-- schemac migration: up");
  EXPECT_EQ(lines[1],
            "-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down");
  EXPECT_TRUE(HasLine(sql.out, "ALTER TABLE public.orders DROP COLUMN total;")) << sql.out;
  EXPECT_TRUE(HasLine(sql.out, "ALTER TABLE public.users ADD COLUMN name text;")) << sql.out;
  EXPECT_TRUE(HasLine(sql.out, "DROP INDEX public.orders_user_id_idx;")) << sql.out;

  // With nothing to do, markdown says so under its heading.
  CommandResult none = Plan("v1", db, {"--format", "markdown"});
  EXPECT_EQ(none.exit_code, 0) << none.err;
  EXPECT_EQ(none.out, std::string("## schemac plan\n\n") + kNoChanges);
}

TEST_F(PlanCommandTest, UpAndDownScriptsAreWrittenAndRun) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  std::string db = Applied("v1");
  CommandResult plan = Plan(
      "v2", db, {"--up", (Dir() / "up.sql").string(), "--down", (Dir() / "down.sql").string()});
  EXPECT_EQ(plan.exit_code, 2) << plan.err;
  std::string up = ReadFile(Dir() / "up.sql");
  std::string down = ReadFile(Dir() / "down.sql");
  EXPECT_TRUE(up.starts_with("-- schemac migration: up\n-- 4 steps;")) << up;
  EXPECT_TRUE(down.starts_with("-- schemac migration: down\n")) << down;
  // The human output ends with the same up script, which is also what --format sql prints.
  EXPECT_TRUE(plan.out.ends_with("\n" + up)) << plan.out;
  CommandResult sql = Plan("v2", db, {"--format", "sql"});
  EXPECT_EQ(sql.out, up);
  // A script that cannot be written is an error, after the report.
  CommandResult unwritable = Plan("v2", db, {"--up", (Dir() / "nodir" / "up.sql").string()});
  EXPECT_EQ(unwritable.exit_code, 1);
  EXPECT_EQ(unwritable.out, plan.out);
  EXPECT_TRUE(Contains(unwritable.err, "nodir/up.sql [io-error]")) << unwritable.err;

  // Applied, then taken back down by the down script, the database is at V1 again.
  CommandResult apply =
      Run({"apply", "--schema", "v2", "--db", db, "--dev-db", DevDb(), "--allow", "deletes-data"});
  ASSERT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_EQ(Columns(TestDatabase(), "orders"), "id,user_id");
  pgserver::PsqlResult run_down =
      Server().RunPsqlFile((Dir() / "down.sql").string(), TestDatabase());
  ASSERT_EQ(run_down.exit_code, 0) << run_down.errors;
  EXPECT_EQ(Tables(TestDatabase()), "orders\nusers\n");
  EXPECT_EQ(Columns(TestDatabase(), "orders"), "id,user_id,total");
  CommandResult at_v1 = Plan("v1", db);
  EXPECT_EQ(at_v1.exit_code, 0) << at_v1.out << at_v1.err;
  EXPECT_EQ(at_v1.out, kNoChanges);

  // The up script run with psql takes it to V2.
  pgserver::PsqlResult run_up = Server().RunPsqlFile((Dir() / "up.sql").string(), TestDatabase());
  ASSERT_EQ(run_up.exit_code, 0) << run_up.errors;
  CommandResult at_v2 = Plan("v2", db);
  EXPECT_EQ(at_v2.exit_code, 0) << at_v2.out << at_v2.err;
  EXPECT_EQ(at_v2.out, kNoChanges);
}

TEST_F(PlanCommandTest, OutputIsByteIdenticalAcrossRuns) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  std::string db = Applied("v1");
  for (const char* format : {"human", "json", "markdown", "sql"}) {
    CommandResult first = Plan("v2", db, {"--format", format});
    CommandResult second = Plan("v2", db, {"--format", format});
    EXPECT_EQ(first.exit_code, 2) << format << "\n" << first.err;
    EXPECT_EQ(second.exit_code, 2) << format << "\n" << second.err;
    EXPECT_FALSE(first.out.empty()) << format;
    EXPECT_EQ(first.out, second.out) << format;
  }
}

// TimingPhases returns the phases of the timing lines of `err`, and fails the test unless they
// are all of it but a last line with the peak memory.
std::vector<std::string> TimingPhases(const std::string& err) {
  static const std::regex kTiming("timing\t([a-z-]+)\t[0-9]+\\.[0-9]{3}");
  static const std::regex kMemory("memory\tpeak-rss-kib\t[1-9][0-9]*");
  std::vector<std::string> lines = Lines(err);
  EXPECT_FALSE(lines.empty());
  if (!lines.empty()) {
    EXPECT_TRUE(std::regex_match(lines.back(), kMemory)) << lines.back();
    lines.pop_back();
  }
  std::vector<std::string> phases;
  for (const std::string& line : lines) {
    std::smatch match;
    if (std::regex_match(line, match, kTiming)) {
      phases.push_back(match[1]);
    } else {
      ADD_FAILURE() << "not a timing line: " << line;
    }
  }
  return phases;
}

TEST_F(PlanCommandTest, TimingsPrintEveryPhaseToStderr) {
  WriteShopV1(Dir() / "v1");
  std::string db = Db();
  CommandResult plain = Plan("v1", db);
  CommandResult timed = Plan("v1", db, {"--timings"});
  EXPECT_EQ(timed.exit_code, 2) << timed.err;
  EXPECT_EQ(timed.out, plain.out);
  // With --dev-db no temporary server is started, so there is no scratch-server phase.
  // Each phase once (a phase that runs twice is summed); the database may be read while the
  // schema is normalised, so the order is not checked.
  std::vector<std::string> phases = TimingPhases(timed.err);
  std::sort(phases.begin(), phases.end());
  EXPECT_EQ(phases,
            (std::vector<std::string>{"compile", "diff", "emit", "introspect", "scratch-bodies",
                                      "scratch-introspect", "scratch-load", "scratch-reread"}));
}

TEST_F(PlanCommandTest, WithoutDevDbATemporaryServerNormalises) {
  WriteShopV1(Dir() / "v1");
  std::string db = Db();
  CommandResult timed = Run({"plan", "--schema", "v1", "--db", db, "--timings"});
  EXPECT_EQ(timed.exit_code, 2) << timed.err;
  EXPECT_EQ(timed.out, Plan("v1", db).out);
  std::vector<std::string> phases = TimingPhases(timed.err);
  EXPECT_NE(std::find(phases.begin(), phases.end(), "scratch-server"), phases.end()) << timed.err;
}

TEST_F(PlanCommandTest, DevDbScratchDatabaseIsDropped) {
  WriteShopV1(Dir() / "v1");
  std::string db = Db();
  EXPECT_EQ(ScratchDatabases(), "");
  CommandResult plan = Plan("v1", db);
  EXPECT_EQ(plan.exit_code, 2) << plan.err;
  EXPECT_EQ(ScratchDatabases(), "");
  // Also when the server refuses the schema.
  Write("refused/t.sql", "CREATE TABLE t (n integer DEFAULT nosuchfn(1));\n");
  CommandResult refused = Plan("refused", db);
  EXPECT_EQ(refused.exit_code, 1) << refused.err;
  EXPECT_EQ(ScratchDatabases(), "");
}

TEST_F(PlanCommandTest, SchemaTheServerRefusesIsLoadFailedAtItsLine) {
  Write("refused/t.sql",
        "CREATE TABLE t (\n"
        "  id bigint PRIMARY KEY,\n"
        "  n integer DEFAULT nosuchfn(1)\n"
        ");\n");
  CommandResult check = Run({"check", "refused"});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  CommandResult plan = Plan("refused", Db());
  EXPECT_EQ(plan.exit_code, 1);
  EXPECT_EQ(plan.out, "");
  EXPECT_TRUE(Contains(plan.err,
                       "refused/t.sql:3:3: error: the server refused this statement: function "
                       "nosuchfn(integer) does not exist;"))
      << plan.err;
  EXPECT_TRUE(Contains(plan.err, "[load-failed]")) << plan.err;
}

TEST_F(PlanCommandTest, RoleAPolicyNamesMustExistOnBothServers) {
  Write("roles/t.sql",
        "CREATE TABLE t (id integer);\n"
        "ALTER TABLE t ENABLE ROW LEVEL SECURITY;\n"
        "CREATE POLICY p ON t TO nobody_here USING (true);\n");
  const std::string db = Db();
  // The server the schema is checked on (--dev-db) lacks it.
  CommandResult dev = Plan("roles", db);
  EXPECT_EQ(dev.exit_code, 1);
  EXPECT_TRUE(Contains(dev.err,
                       "roles/t.sql:3:1: error: role \"nobody_here\" does not exist on the server "
                       "the schema is checked on (--dev-db); roles are not part of the schema: "
                       "create it there"))
      << dev.err;
  // schemac's own temporary server gets it; the database's server lacks it.
  CommandResult own = Run({"plan", "--schema", "roles", "--db", db});
  EXPECT_EQ(own.exit_code, 1);
  EXPECT_TRUE(Contains(own.err,
                       "roles/t.sql:3:1: error: role \"nobody_here\" does not exist on the server "
                       "of the database (--db)"))
      << own.err;
  EXPECT_EQ(own.out, "");
  // Once the role exists, the plan creates the policy.
  pgserver::PsqlResult role = Server().RunPsql("CREATE ROLE nobody_here NOLOGIN;", "postgres");
  ASSERT_EQ(role.exit_code, 0) << role.errors;
  CommandResult made = Plan("roles", db);
  EXPECT_EQ(made.exit_code, 2) << made.err;
  EXPECT_TRUE(Contains(made.out, "CREATE POLICY p ON public.t TO nobody_here USING (true);"))
      << made.out;
}

TEST_F(PlanCommandTest, UnstartableScratchServerIsScratchServerFailed) {
  WriteShopV1(Dir() / "v1");
  CommandResult plan = Run({"plan", "--schema", "v1", "--db", Db(), "--pg-bindir", "/nonexistent"});
  EXPECT_EQ(plan.exit_code, 1);
  EXPECT_EQ(plan.out, "");
  EXPECT_TRUE(Contains(plan.err,
                       "error: cannot start a temporary PostgreSQL server to normalise "
                       "the schema on: "))
      << plan.err;
  EXPECT_TRUE(Contains(plan.err, "or give a server with --dev-db [scratch-server-failed]"))
      << plan.err;
  // verify has no --dev-db to suggest.
  CommandResult verify = Run({"verify", "v1", "--pg-bindir", "/nonexistent"});
  EXPECT_EQ(verify.exit_code, 1);
  EXPECT_TRUE(Contains(verify.err,
                       "give --pg-bindir the directory that holds initdb and "
                       "postgres [scratch-server-failed]"))
      << verify.err;
}

// A composite type, which the schema files declare too.
constexpr const char* kEventRow = "CREATE TYPE event_row AS (at date);\n";

// A language schemac does not manage and a function in it, and so the function too.
constexpr const char* kLanguage =
    "CREATE LANGUAGE lang2 HANDLER plpgsql_call_handler;\n"
    "CREATE FUNCTION next_at() RETURNS date LANGUAGE lang2"
    " AS $$ BEGIN RETURN current_date; END $$;\n";

// What the database holds besides V1 and kEventRow that schemac does not manage: a shell type,
// a language with a function in it, and a table with a column of the type whose default calls
// the function.
const std::string kUnmanaged = std::string("CREATE TYPE big_orders;\n") + kLanguage +
                               "CREATE TABLE events (at event_row, due date DEFAULT next_at());\n";

TEST_F(PlanCommandTest, NamesWhatTheDatabaseHoldsThatItDoesNotManageInEveryFormat) {
  WriteShopV1(Dir() / "v1");
  Write("v1/event_row.sql", kEventRow);
  std::string db = Applied("v1");
  Query(TestDatabase(), kUnmanaged);
  const std::vector<std::string> items = {
      "language lang2",
      "shell type public.big_orders",
      "table public.events (depends on function public.next_at())",
      "function public.next_at() (depends on language lang2)",
  };

  CommandResult human = Plan("v1", db);
  EXPECT_EQ(human.exit_code, 0) << human.out << human.err;
  std::string listed = std::string(kNoChanges) +
                       "\nNot managed by schemac (the plan leaves them alone): 4 objects.\n";
  for (const std::string& item : items) {
    listed += "  " + item + "\n";
  }
  EXPECT_EQ(human.out, listed);
  std::string warnings;
  for (std::string item : items) {
    std::string detail;  // after "is not managed by schemac"
    if (size_t open = item.find(" ("); open != std::string::npos) {
      detail = item.substr(open);
      item.resize(open);
    }
    warnings += "warning: " + item + " is not managed by schemac" + detail +
                "; the plan leaves it alone [unmanaged-object]\n";
  }
  EXPECT_EQ(human.err, warnings);

  CommandResult sql = Plan("v1", db, {"--format", "sql", "--up", "up.sql"});
  EXPECT_EQ(sql.exit_code, 0) << sql.err;
  std::string comments =
      "-- schemac migration: up\n-- No changes.\n"
      "-- Not managed by schemac (the plan leaves them alone): 4 objects\n";
  for (const std::string& item : items) {
    comments += "--   " + item + "\n";
  }
  EXPECT_EQ(sql.out, comments);
  EXPECT_EQ(ReadFile(Dir() / "up.sql"), comments);

  CommandResult markdown = Plan("v1", db, {"--format", "markdown"});
  EXPECT_EQ(markdown.exit_code, 0) << markdown.err;
  EXPECT_TRUE(Contains(markdown.out,
                       "### Not managed by schemac\n\n"
                       "The plan leaves them alone: 4 objects.\n\n"
                       "- language `lang2`\n"
                       "- shell type `public.big_orders`\n"
                       "- table `public.events` (depends on function public.next\\_at())"))
      << markdown.out;

  CommandResult json = Plan("v1", db, {"--format", "json"});
  EXPECT_EQ(json.exit_code, 0) << json.err;
  nlohmann::ordered_json document = nlohmann::ordered_json::parse(json.out, nullptr, false);
  ASSERT_FALSE(document.is_discarded()) << json.out;
  const nlohmann::ordered_json& unmanaged = document["unmanaged"];
  EXPECT_EQ(unmanaged["count"], nlohmann::ordered_json::parse(R"({"objects":4,"properties":0})"));
  ASSERT_EQ(unmanaged["objects"].size(), 4u);
  EXPECT_EQ(unmanaged["objects"][2], nlohmann::ordered_json::parse(
                                         R"j({"kind": "table", "schema": "public", "name": "events",
                    "identity": "public.events", "detail": "depends on function public.next_at()"})j"));
  EXPECT_EQ(unmanaged["properties"].size(), 0u);

  // Changes are planned as before, and the list follows them.
  WriteShopV2(Dir() / "v2");
  Write("v2/event_row.sql", kEventRow);
  CommandResult changes = Plan("v2", db);
  EXPECT_EQ(changes.exit_code, 2) << changes.err;
  EXPECT_TRUE(HasLine(changes.out, "Plan: 1 to create, 2 to alter, 1 to drop.")) << changes.out;
  EXPECT_TRUE(changes.out.ends_with("\n  function public.next_at() (depends on language lang2)\n"))
      << changes.out;
}

// A type that a table schemac does not manage uses cannot be dropped: the plan says so instead
// of failing when it is applied.
TEST_F(PlanCommandTest, ObjectUsedByAnUnmanagedOneIsNotDropped) {
  WriteShopV1(Dir() / "v1");
  std::string db = Applied("v1");
  Query(TestDatabase(), std::string("CREATE TYPE event AS (at date, what text);\n") + kLanguage +
                            "CREATE TABLE events (last event, due date DEFAULT next_at());\n");
  CommandResult dropped = Plan("v1", db);
  EXPECT_EQ(dropped.exit_code, 1) << dropped.out << dropped.err;
  EXPECT_EQ(dropped.out, "");
  EXPECT_TRUE(Contains(dropped.err,
                       "error: composite type public.event would be dropped, but table "
                       "public.events (not managed by schemac), which the plan leaves alone, "
                       "uses it, and PostgreSQL refuses that while it is there; keep it in the "
                       "schema files as the database has it, or change or drop what uses it by "
                       "hand first [used-by-unmanaged]"))
      << dropped.err;

  // Kept as the database has it: no changes.
  Write("v1/event.sql", "CREATE TYPE event AS (at date, what text);\n");
  CommandResult kept = Plan("v1", db);
  EXPECT_EQ(kept.exit_code, 0) << kept.out << kept.err;
}

TEST_F(PlanCommandTest, HandlerOfAnUnmanagedLanguageOrTransformIsNotDropped) {
  WriteShopV1(Dir() / "v1");
  std::string db = Applied("v1");
  // A language and a transform of the database's own use functions of the schema: the
  // language's handler, the transform's functions.
  Query(TestDatabase(),
        "CREATE FUNCTION lang_handler() RETURNS language_handler"
        " AS 'plpgsql', 'plpgsql_call_handler' LANGUAGE c;\n"
        "CREATE LANGUAGE lang2 HANDLER lang_handler;\n"
        "CREATE FUNCTION from_sql(internal) RETURNS internal IMMUTABLE"
        " AS 'int4recv' LANGUAGE internal;\n"
        "CREATE FUNCTION to_sql(internal) RETURNS integer IMMUTABLE"
        " AS 'int4recv' LANGUAGE internal;\n"
        "CREATE TRANSFORM FOR integer LANGUAGE lang2"
        " (FROM SQL WITH FUNCTION from_sql(internal), TO SQL WITH FUNCTION to_sql(internal));\n");
  CommandResult dropped = Plan("v1", db);
  EXPECT_EQ(dropped.exit_code, 1) << dropped.out << dropped.err;
  EXPECT_EQ(dropped.out, "");
  for (const char* expected :
       {"error: function public.lang_handler() would be dropped, but language lang2 (not "
        "managed by schemac), which the plan leaves alone, uses it",
        "error: function public.from_sql(internal) would be dropped, but transform for integer "
        "on language lang2 (not managed by schemac), which the plan leaves alone, uses it",
        "error: function public.to_sql(internal) would be dropped, but transform for integer "
        "on language lang2 (not managed by schemac), which the plan leaves alone, uses it"}) {
    EXPECT_TRUE(Contains(dropped.err, expected)) << expected << "\n" << dropped.err;
  }
  EXPECT_TRUE(dropped.err.ends_with("3 errors\n")) << dropped.err;
}

TEST_F(PlanCommandTest, ObjectNamedLikeAnUnmanagedOneIsAnErrorNamingBoth) {
  WriteShopV1(Dir() / "v1");
  std::string db = Applied("v1");
  Query(TestDatabase(), std::string("CREATE TYPE audit_row AS (id bigint);\n") + kLanguage +
                            "CREATE TABLE audit (id bigint, due date DEFAULT next_at());\n"
                            "CREATE TYPE mood;\n");
  WriteShopV2(Dir() / "v2");
  WriteFile(Dir() / "v2" / "audit_row.sql", "CREATE TYPE audit_row AS (id bigint);\n");
  WriteFile(Dir() / "v2" / "mood.sql", "CREATE TYPE mood AS ENUM ('ok');\n");
  CommandResult plan = Plan("v2", db);
  EXPECT_EQ(plan.exit_code, 1);
  EXPECT_EQ(plan.out, "");
  EXPECT_TRUE(Contains(plan.err,
                       "v2/audit.sql:1:1: error: table public.audit cannot be created: the "
                       "database has table public.audit (depends on function public.next_at()) "
                       "of that name, which schemac does not manage; rename one of them "
                       "[unmanaged-conflict]\n"))
      << plan.err;
  EXPECT_TRUE(Contains(plan.err,
                       "v2/mood.sql:1:1: error: enum type public.mood cannot be created: the "
                       "database has shell type public.mood of that name, which schemac does not "
                       "manage; rename one of them [unmanaged-conflict]\n"))
      << plan.err;
  EXPECT_TRUE(plan.err.ends_with("2 errors\n")) << plan.err;

  // A table of the database that depends on something not managed is not managed either.
  Query(TestDatabase(),
        "DROP TABLE audit; DROP TYPE mood;"
        "CREATE TABLE base (id bigint, due date DEFAULT next_at());"
        "CREATE TABLE audit (id bigint PRIMARY KEY, last base);");
  std::filesystem::remove(Dir() / "v2" / "mood.sql");
  CommandResult dependent = Plan("v2", db);
  EXPECT_EQ(dependent.exit_code, 1);
  EXPECT_TRUE(Contains(dependent.err,
                       "v2/audit.sql:1:1: error: table public.audit cannot be created: the "
                       "database has table public.audit (depends on type public.base) "
                       "of that name, which schemac does not manage; rename one of them "
                       "[unmanaged-conflict]\n"))
      << dependent.err;
}

}  // namespace
}  // namespace schemac::testing
