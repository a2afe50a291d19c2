// `schemac plan` and `apply` on columns whose values must come through a migration: type changes
// that need a conversion, given by an annotation in the schema files or not at all, type changes
// that lose values, and generators (identities, sequence defaults) that are replaced.
#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

class ColumnChangeTest : public MigrateTest {
 protected:
  CommandResult Apply(const std::string& schema, const std::string& db,
                      const std::vector<std::string>& extra = {}) const {
    return RunAgainst("apply", schema, db, extra);
  }
  CommandResult Plan(const std::string& schema, const std::string& db,
                     const std::vector<std::string>& extra = {}) const {
    return RunAgainst("plan", schema, db, extra);
  }

  // AtV1 writes `v1` as v1/events.sql, applies it to the test's database and runs `rows`.
  std::string AtV1(const std::string& v1, const std::string& rows) const {
    Write("v1/events.sql", v1);
    std::string db = Db();
    CommandResult apply = Apply("v1", db);
    EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
    Query(TestDatabase(), rows);
    return db;
  }
};

constexpr const char* kEventsV1 =
    "CREATE TABLE public.events (\n"
    "    id integer PRIMARY KEY,\n"
    "    created bigint NOT NULL\n"
    ");\n";

TEST_F(ColumnChangeTest, ATypeChangeWithoutConversionIsReportedAtTheColumn) {
  std::string db = AtV1(kEventsV1, "INSERT INTO public.events VALUES (1, 1700000000);");
  Write("v2/events.sql",
        "CREATE TABLE public.events (\n"
        "    id integer PRIMARY KEY,\n"
        "    created timestamp with time zone NOT NULL\n"
        ");\n");
  for (const CommandResult& result : {Plan("v2", db), Apply("v2", db)}) {
    EXPECT_EQ(result.exit_code, 1) << result.out;
    EXPECT_EQ(result.out, "");
    EXPECT_TRUE(
        Contains(result.err,
                 "v2/events.sql:3:5: error: column \"created\" of table \"public.events\" cannot "
                 "be converted from bigint to timestamp with time zone: PostgreSQL has no "
                 "cast between them; give the conversion on the line before the column as "
                 "-- schemac:using <expression> [needs-conversion]"))
        << result.err;
    EXPECT_TRUE(
        Contains(result.err,
                 "v2/events.sql:3:5: error: the down migration cannot convert column "
                 "\"created\" of table \"public.events\" back from timestamp with time zone to "
                 "bigint: PostgreSQL has no cast between them; give the conversion on the "
                 "line before the column as -- schemac:down-using <expression> "
                 "[needs-conversion]"))
        << result.err;
  }
  EXPECT_EQ(Query(TestDatabase(), "SELECT created FROM public.events;"), "1700000000\n");
}

TEST_F(ColumnChangeTest, AnnotationsConvertUpAndDown) {
  std::string db = AtV1(kEventsV1, "INSERT INTO public.events VALUES (1, 1700000000);");
  Write("v2/events.sql",
        "CREATE TABLE public.events (\n"
        "    id integer PRIMARY KEY,\n"
        "    -- schemac:using to_timestamp(created)\n"
        "    -- schemac:down-using extract(epoch FROM created)::bigint\n"
        "    created timestamp with time zone NOT NULL\n"
        ");\n");
  CommandResult plan = Plan("v2", db, {"--down", "down.sql"});
  EXPECT_EQ(plan.exit_code, 2) << plan.err;
  EXPECT_TRUE(HasLine(plan.out,
                      "ALTER TABLE public.events ALTER COLUMN created TYPE timestamp "
                      "with time zone USING to_timestamp(created);"))
      << plan.out;
  CommandResult apply = Apply("v2", db);
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_EQ(Query(TestDatabase(),
                  "SELECT created = to_timestamp(1700000000) FROM public.events WHERE id = 1;"),
            "t\n");
  pgserver::PsqlResult down = Server().RunPsql(ReadFile(Dir() / "down.sql"), TestDatabase());
  EXPECT_EQ(down.exit_code, 0) << down.errors;
  EXPECT_EQ(Query(TestDatabase(), "SELECT created FROM public.events;"), "1700000000\n");
}

TEST_F(ColumnChangeTest, AnEnumTypeChangesToAnotherThroughItsLabels) {
  constexpr const char* kTypes =
      "CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');\n"
      "CREATE TYPE public.feeling AS ENUM ('sad', 'ok', 'happy', 'excited');\n";
  std::string db = AtV1(std::string(kTypes) +
                            "CREATE TABLE public.events (\n"
                            "    id integer PRIMARY KEY,\n"
                            "    mood public.mood DEFAULT 'ok' NOT NULL\n"
                            ");\n",
                        "INSERT INTO public.events VALUES (1, 'happy'), (2, DEFAULT);");
  Write("v2/events.sql", std::string(kTypes) +
                             "CREATE TABLE public.events (\n"
                             "    id integer PRIMARY KEY,\n"
                             "    mood public.feeling DEFAULT 'ok' NOT NULL\n"
                             ");\n");
  CommandResult apply = Apply("v2", db);
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_EQ(Query(TestDatabase(), "SELECT mood, pg_typeof(mood) FROM public.events ORDER BY id;"),
            "happy|feeling\nok|feeling\n");
}

TEST_F(ColumnChangeTest, AConversionThatLosesValuesIsRefusedUntilAllowed) {
  std::string db = AtV1(
      "CREATE TABLE public.events (\n"
      "    id integer PRIMARY KEY,\n"
      "    happened timestamp with time zone NOT NULL\n"
      ");\n",
      "INSERT INTO public.events VALUES (1, '2024-02-29 12:34:56+00');");
  Write("v2/events.sql",
        "CREATE TABLE public.events (\n"
        "    id integer PRIMARY KEY,\n"
        "    happened date NOT NULL\n"
        ");\n");
  CommandResult refused = Apply("v2", db);
  EXPECT_EQ(refused.exit_code, 1) << refused.out;
  EXPECT_TRUE(HasLine(refused.err,
                      "note: table public.events: converting happened from timestamp with time "
                      "zone to date discards the time of day"))
      << refused.err;
  EXPECT_EQ(Query(TestDatabase(), "SELECT pg_typeof(happened) FROM public.events;"),
            "timestamp with time zone\n");
  CommandResult allowed = Apply("v2", db, {"--allow", "deletes-data"});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.out << allowed.err;
  EXPECT_EQ(Query(TestDatabase(), "SELECT happened FROM public.events;"), "2024-02-29\n");
}

TEST_F(ColumnChangeTest, AnIdentityReplacingASerialGoesOnFromItsValues) {
  std::string db = AtV1(
      "CREATE TABLE public.events (\n"
      "    id serial PRIMARY KEY,\n"
      "    note text\n"
      ");\n",
      "INSERT INTO public.events (note) VALUES ('a'), ('b');");
  Write("v2/events.sql",
        "CREATE TABLE public.events (\n"
        "    id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
        "    note text\n"
        ");\n");
  CommandResult apply = Apply("v2", db);
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_EQ(Query(TestDatabase(), "INSERT INTO public.events (note) VALUES ('c') RETURNING id;"),
            "3\n");
  CommandResult back = Apply("v1", db);
  EXPECT_EQ(back.exit_code, 0) << back.out << back.err;
  EXPECT_EQ(Query(TestDatabase(), "INSERT INTO public.events (note) VALUES ('d') RETURNING id;"),
            "4\n");
}

}  // namespace
}  // namespace schemac::testing
