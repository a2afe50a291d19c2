// The dependencies introspection reads are the server's (pg_depend), named as schemac names
// objects: what expressions call, read and cast to and the types of columns, between objects of
// the catalog only, and never a name an expression merely resembles.
#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/catalog/objects.h"
#include "schemac/introspect/introspect.h"
#include "schemac/pgserver/server.h"

#include "support/diagnostics.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

using catalog::ObjectKey;
using catalog::ObjectKind;

class DependenciesTest : public ServerTest {
 protected:
  // Loads `sql` with psql into a new database `name` and introspects it.
  static catalog::Catalog LoadAndIntrospect(const std::string& name, const std::string& sql) {
    std::string error;
    EXPECT_TRUE(server_->CreateDatabase(name, &error)) << error;
    pgserver::PsqlResult load = server_->RunPsql(sql, name);
    EXPECT_EQ(load.exit_code, 0) << load.errors;
    base::DiagnosticSink sink;
    catalog::Catalog catalog = introspect::Introspect(server_->ConnectionString(name), sink);
    EXPECT_FALSE(sink.has_errors()) << RenderAll(sink);
    return catalog;
  }

  // The dependencies of `catalog`, one line each: "object -> referenced" by kind token and
  // name.
  static std::vector<std::string> Lines(const catalog::Catalog& catalog) {
    auto text = [](const ObjectKey& key) {
      return fmt::format("{} {}", catalog::Facts(key.kind).token, catalog::KeyText(key));
    };
    std::vector<std::string> lines;
    for (const catalog::Dependency& dependency : catalog.dependencies.value) {
      lines.push_back(text(dependency.object) + " -> " + text(dependency.referenced));
    }
    return lines;
  }
};

constexpr const char* kSchema = R"sql(
CREATE EXTENSION citext;
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('calm', 'cross');
CREATE SEQUENCE app.numbers;
CREATE TABLE app.parents (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE app.people (
    id bigserial PRIMARY KEY,
    lower text,
    email citext NOT NULL,
    mood app.mood DEFAULT 'calm'::app.mood,
    moods app.mood[],
    number integer DEFAULT nextval('app.numbers'),
    parent_id integer REFERENCES app.parents,
    parent_code text REFERENCES app.parents (code),
    shout text GENERATED ALWAYS AS (upper(email::text)) STORED,
    CONSTRAINT people_email_check CHECK (lower(email::text) <> '')
);
CREATE INDEX people_email_idx ON app.people (lower(email::text)) WHERE mood = 'cross';
CREATE FUNCTION app.answer() RETURNS integer LANGUAGE sql AS 'SELECT 42';
CREATE TABLE app.answered (n integer DEFAULT app.answer());
CREATE VIEW app.everyone AS SELECT id, email FROM app.people;
CREATE FUNCTION app.count_people(m app.mood) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT count(*) FROM app.people WHERE mood = m;
END;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER people_touch BEFORE UPDATE OF email ON app.people
  FOR EACH ROW EXECUTE FUNCTION app.touch();
CREATE DOMAIN app.positive AS integer CHECK (VALUE > app.answer() - 42);
CREATE TABLE app.counts (n app.positive);
CREATE TYPE app.pair AS (a integer, b integer);
CREATE FUNCTION app.pair_sum(p app.pair) RETURNS integer LANGUAGE sql RETURN p.a + p.b;
CREATE TYPE app.span AS RANGE (subtype = integer);
CREATE TABLE app.spans (s app.span_multirange, t app.span[]);
CREATE AGGREGATE app.total (integer) (SFUNC = int4pl, STYPE = integer);
CREATE VIEW app.total_answer AS SELECT app.total(n) AS n FROM app.answered;
CREATE AGGREGATE app.pct(float8 ORDER BY float8) (sfunc = ordered_set_transition,
  stype = internal, finalfunc = percentile_disc_final, finalfunc_extra);
CREATE LANGUAGE lang2 HANDLER plpgsql_call_handler;
CREATE FUNCTION app.in_lang2() RETURNS integer LANGUAGE lang2 AS $$ BEGIN RETURN 1; END $$;
CREATE FUNCTION app.unmanaged_sum() RETURNS boolean LANGUAGE sql RETURN app.in_lang2() > 0;
CREATE OPERATOR app.=== (FUNCTION = int4eq, LEFTARG = integer, RIGHTARG = integer);
CREATE FUNCTION app.equal() RETURNS boolean LANGUAGE sql RETURN 1 OPERATOR(app.===) 1;
)sql";

TEST_F(DependenciesTest, ServerRecordsWhatExpressionsAndColumnsUse) {
  catalog::Catalog catalog = LoadAndIntrospect("dependencies_uses", kSchema);
  std::vector<std::string> lines = Lines(catalog);
  for (const char* expected : {
           "column app.people.email -> extension citext",
           "column app.people.id -> sequence app.people_id_seq",
           "column app.people.mood -> enum app.mood",
           "column app.people.moods -> enum app.mood",
           "column app.people.number -> sequence app.numbers",
           "column app.people.shout -> column app.people.email",
           "constraint app.people.people_email_check -> column app.people.email",
           "constraint app.people.people_parent_code_fkey -> constraint "
           "app.parents.parents_code_key",
           "constraint app.people.people_parent_id_fkey -> constraint app.parents.parents_pkey",
           "constraint app.people.people_parent_id_fkey -> column app.parents.id",
           "index app.people_email_idx -> column app.people.email",
           "index app.people_email_idx -> column app.people.mood",
           "index app.people_email_idx -> enum app.mood",
           "table app.people -> schema app",
           "column app.answered.n -> function app.answer()",
           "function app.count_people(app.mood) -> enum app.mood",
           "function app.count_people(app.mood) -> column app.people.mood",
           "trigger app.people.people_touch -> function app.touch()",
           "trigger app.people.people_touch -> column app.people.email",
           "column app.counts.n -> domain app.positive",
           "domain app.positive -> function app.answer()",
           "function app.pair_sum(app.pair) -> composite app.pair",
           "column app.spans.s -> range app.span",
           "column app.spans.t -> range app.span",
           "view app.total_answer -> aggregate app.total(integer)",
       }) {
    EXPECT_NE(std::find(lines.begin(), lines.end(), expected), lines.end())
        << "missing: " << expected << "\n"
        << fmt::format("{}", fmt::join(lines, "\n"));
  }
  // A column named like a function is not used by the calls of that function.
  for (const std::string& line : lines) {
    EXPECT_EQ(line.find("-> column app.people.lower"), std::string::npos) << line;
  }
}

TEST_F(DependenciesTest, EveryDependencyIsBetweenTwoObjectsOfTheCatalog) {
  catalog::Catalog catalog = LoadAndIntrospect("dependencies_between", kSchema);
  ASSERT_FALSE(catalog.dependencies.value.empty());
  // A function whose body uses a function in a language of the database's own is unmanaged, as
  // that function is; one that uses an operator is managed, as the operator is.
  EXPECT_EQ(catalog.functions.count({"app", "unmanaged_sum", ""}), 0U);
  EXPECT_EQ(catalog.functions.count({"app", "equal", ""}), 1U);
  EXPECT_EQ(catalog.operators.size(), 1U);
  EXPECT_EQ(catalog.functions.size(), 7U);  // two aggregates among them, one ordered-set
  for (const catalog::Dependency& dependency : catalog.dependencies.value) {
    EXPECT_TRUE(catalog::Contains(catalog, dependency.object))
        << catalog::KeyText(dependency.object);
    EXPECT_TRUE(catalog::Contains(catalog, dependency.referenced))
        << catalog::KeyText(dependency.referenced);
    EXPECT_NE(dependency.object, dependency.referenced);
  }
  EXPECT_TRUE(std::is_sorted(catalog.dependencies.value.begin(), catalog.dependencies.value.end()));
  // The ownership of a sequence is the sequence's own fact, not a dependency.
  EXPECT_TRUE(catalog.sequences.at({"app", "people_id_seq"}).owned_by.has_value());
  for (const catalog::Dependency& dependency : catalog.dependencies.value) {
    EXPECT_FALSE(dependency.object.kind == ObjectKind::kSequence &&
                 dependency.referenced.kind == ObjectKind::kColumn)
        << catalog::KeyText(dependency.object);
  }
}

TEST_F(DependenciesTest, DependenciesAreNotComparedButCopied) {
  catalog::Catalog catalog = LoadAndIntrospect("dependencies_compare", kSchema);
  catalog::Catalog without = catalog;
  without.dependencies.value.clear();
  EXPECT_EQ(catalog, without);
  catalog::Catalog copy = catalog;
  EXPECT_EQ(copy.dependencies.value, catalog.dependencies.value);
}

}  // namespace
}  // namespace schemac::testing
