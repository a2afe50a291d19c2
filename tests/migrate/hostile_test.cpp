// Every session schemac opens pins the settings its SQL relies on: a database and a role that
// set each of them the unfavourable way change nothing in what plan, apply and dump do.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

// Settings that change how literals are read and how values and names are printed, each set the
// unfavourable way, as `ALTER ... SET` clauses.
constexpr const char* kHostileSettings[] = {
    "standard_conforming_strings = off", "escape_string_warning = on",
    "search_path = evil, public",        "DateStyle = 'SQL, DMY'",
    "IntervalStyle = 'sql_standard'",    "TimeZone = 'Asia/Kathmandu'",
    "extra_float_digits = -15",          "bytea_output = 'escape'",
    "quote_all_identifiers = on",        "client_min_messages = debug5",
};

// The schema: comments whose text would end the literal and run a statement if a backslash were
// read as an escape, and defaults whose texts depend on how the server prints values.
constexpr const char* kSchema =
    "CREATE TABLE public.victim (id integer PRIMARY KEY);\n"
    "CREATE TABLE public.t (\n"
    "  id integer PRIMARY KEY,\n"
    "  d date DEFAULT '2020-01-02',\n"
    "  i interval DEFAULT '1 day 02:03:04',\n"
    "  ts timestamptz DEFAULT '2020-01-02 03:04:05+00',\n"
    "  f double precision DEFAULT 0.1,\n"
    "  b bytea DEFAULT '\\x0102'::bytea,\n"
    "  \"Mixed\" text DEFAULT 'a\\b'\n"
    ");\n"
    "COMMENT ON TABLE public.t IS '\\''; DROP TABLE public.victim; --';\n"
    "COMMENT ON TABLE public.victim IS '\\''; ALTER ROLE hostile SET application_name = pwned; "
    "--';\n";

class HostileSettingsTest : public MigrateTest {
 protected:
  // HostileDatabase creates the test's database owned by role `hostile`, with a row in
  // public.victim, and sets every hostile setting on the database and on the role. Returns its
  // connection string as role `hostile`.
  std::string HostileDatabase() {
    Query("postgres",
          "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hostile') THEN "
          "CREATE ROLE hostile LOGIN CREATEDB; END IF; END $$;");
    std::string name = TestDatabase();
    Query("postgres", fmt::format("CREATE DATABASE {} OWNER hostile;", name));
    for (const char* setting : kHostileSettings) {
      Query("postgres", fmt::format("ALTER DATABASE {} SET {};", name, setting));
      Query("postgres", fmt::format("ALTER ROLE hostile SET {};", setting));
    }
    return As(name);
  }

  // As returns the connection string of `database` for role `hostile`.
  static std::string As(const std::string& database) {
    return fmt::format("host={} port={} user=hostile dbname={}", Server().socket_dir(),
                       Server().port(), database);
  }

  void ExpectNotInjected() {
    EXPECT_EQ(Query(TestDatabase(), "SELECT count(*) FROM public.victim;"), "1\n");
    // A role may set its own session defaults: the injected statement would succeed.
    EXPECT_EQ(Query("postgres",
                    "SELECT count(*) FROM pg_db_role_setting, unnest(setconfig) AS s "
                    "WHERE s LIKE 'application_name=%';"),
              "0\n");
  }
};

TEST_F(HostileSettingsTest, PlanApplyAndDumpMeanWhatTheFilesSay) {
  std::string db = HostileDatabase();
  Write("schema/t.sql", kSchema);
  // The table public.victim exists with a row before the migration.
  Write("before/victim.sql", "CREATE TABLE public.victim (id integer PRIMARY KEY);\n");
  CommandResult before =
      Run({"apply", "--schema", "before", "--db", db, "--dev-db", As("postgres")});
  ASSERT_EQ(before.exit_code, 0) << before.out << before.err;
  Query(TestDatabase(), "INSERT INTO public.victim VALUES (1);");

  // The scratch database on --dev-db runs as the hostile role too.
  CommandResult plan = Run({"plan", "--schema", "schema", "--db", db, "--dev-db", As("postgres")});
  EXPECT_EQ(plan.exit_code, 2) << plan.out << plan.err;
  ExpectNotInjected();

  CommandResult apply =
      Run({"apply", "--schema", "schema", "--db", db, "--dev-db", As("postgres")});
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  ExpectNotInjected();
  EXPECT_EQ(Query(TestDatabase(), "SELECT obj_description('public.t'::regclass, 'pg_class');"),
            "\\'; DROP TABLE public.victim; --\n");

  // What the hostile sessions read back equals what they wrote: nothing left to do.
  CommandResult again = Run({"plan", "--schema", "schema", "--db", db, "--dev-db", As("postgres")});
  EXPECT_EQ(again.exit_code, 0) << again.out << again.err;

  // The dumped files compile, load and plan to nothing against the database they came from.
  CommandResult dump = Run({"dump", "--db", db, "-o", "dumped"});
  ASSERT_EQ(dump.exit_code, 0) << dump.out << dump.err;
  CommandResult replan =
      Run({"plan", "--schema", "dumped", "--db", db, "--dev-db", As("postgres")});
  EXPECT_EQ(replan.exit_code, 0) << replan.out << replan.err;
  ExpectNotInjected();
}

}  // namespace
}  // namespace schemac::testing
