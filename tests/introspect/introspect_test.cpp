// Introspection reads back what the compiler modelled: every accepted golden input and the
// example schema, loaded into a real PostgreSQL server with psql, introspect to a catalog equal
// to the compiled one once the server's expression texts are put in canonical form.
#include "schemac/introspect/introspect.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/print.h"
#include "schemac/pgserver/server.h"
#include "schemac/sema/canonical.h"
#include "schemac/sema/compile.h"

#include "introspect/rows.h"
#include "support/diagnostics.h"
#include "support/run.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

using Case = SchemaCase;

std::vector<Case> ListCases() {
  // Cases that psql cannot load in sorted file order cannot be introspected.
  std::vector<Case> cases;
  for (const Case& schema_case : ListSchemaCases()) {
    if (schema_case.raw_load) {
      cases.push_back(schema_case);
    }
  }
  return cases;
}

// Column defaults that cannot be equal, for reasons outside introspection: the server
// normalises a value that the canonical expression keeps as written. The test takes the
// introspected default for these columns and compares everything else.
struct KnownDifference {
  std::string test_case;
  catalog::QualifiedName table;
  std::string column;
  std::string reason;
};

const std::vector<KnownDifference>& KnownDifferences() {
  static const auto* differences = new std::vector<KnownDifference>{
      {"lexing",
       {"public", "lexing"},
       "num",
       "DEFAULT 1.5e3 on a numeric column is stored as 1500; the canonical expression keeps the "
       "number as written"},
  };
  return *differences;
}

// AcceptKnownDifferences copies the introspected default of each known difference of
// `test_case` into `compiled`, after checking that the difference is still there.
void AcceptKnownDifferences(const std::string& test_case, catalog::Catalog& compiled,
                            const catalog::Catalog& introspected) {
  for (const KnownDifference& difference : KnownDifferences()) {
    if (difference.test_case != test_case) {
      continue;
    }
    auto want = compiled.tables.find(difference.table);
    auto got = introspected.tables.find(difference.table);
    ASSERT_NE(want, compiled.tables.end()) << difference.table.Text();
    ASSERT_NE(got, introspected.tables.end()) << difference.table.Text();
    catalog::Column* want_column = want->second.FindColumn(difference.column);
    const catalog::Column* got_column = got->second.FindColumn(difference.column);
    ASSERT_NE(want_column, nullptr) << difference.column;
    ASSERT_NE(got_column, nullptr) << difference.column;
    EXPECT_NE(want_column->default_expression, got_column->default_expression)
        << "remove the known difference: " << difference.reason;
    want_column->default_expression = got_column->default_expression;
  }
}

class IntrospectTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::string error;
    server_ = pgserver::EphemeralServer::Start({}, &error).release();
    ASSERT_NE(server_, nullptr) << error;
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  // Load creates database `name` and runs `sql` in it with psql.
  static void Load(const std::string& name, const std::string& sql) {
    ASSERT_NE(server_, nullptr);
    std::string error;
    ASSERT_TRUE(server_->CreateDatabase(name, &error)) << error;
    pgserver::PsqlResult load = server_->RunPsql(sql, name);
    ASSERT_EQ(load.exit_code, 0) << load.errors;
  }

  // ForgetDefaultExtensionComments drops from `compiled` the extension comments that are the
  // extension's own default: CREATE EXTENSION sets that comment, so the server cannot tell it
  // from one set by COMMENT ON, and introspection reports no comment.
  static void ForgetDefaultExtensionComments(const std::string& database,
                                             catalog::Catalog& compiled,
                                             const catalog::Catalog& introspected) {
    for (auto& [name, extension] : compiled.extensions) {
      auto live = introspected.extensions.find(name);
      if (!extension.comment || live == introspected.extensions.end() || live->second.comment) {
        continue;
      }
      pgserver::PsqlResult result = server_->RunPsql(
          "\\pset tuples_only on\n\\pset format unaligned\n"
          "SELECT comment FROM pg_catalog.pg_available_extensions WHERE name = " +
              base::QuoteLiteral(name) + ";\n",
          database);
      std::string comment = result.output;
      while (!comment.empty() && comment.back() == '\n') {
        comment.pop_back();
      }
      if (result.exit_code == 0 && comment == *extension.comment) {
        extension.comment.reset();
      }
    }
  }

  static pgserver::EphemeralServer* server_;
};

pgserver::EphemeralServer* IntrospectTest::server_ = nullptr;

class IntrospectCaseTest : public IntrospectTest, public ::testing::WithParamInterface<Case> {};

TEST_P(IntrospectCaseTest, MatchesCompiledCatalog) {
  const Case& test_case = GetParam();
  base::DiagnosticSink sink;
  sema::CompileResult compiled = sema::CompilePath(test_case.input, sink);
  ASSERT_FALSE(sink.has_errors()) << RenderAll(sink);
  std::string database = "introspect_" + test_case.name;
  ASSERT_NO_FATAL_FAILURE(Load(database, ConcatenatedSources(test_case.input)));

  base::DiagnosticSink introspect_sink;
  introspect::IntrospectStats stats;
  catalog::Catalog introspected =
      introspect::Introspect(server_->ConnectionString(database), introspect_sink, &stats);
  ASSERT_FALSE(introspect_sink.has_errors()) << RenderAll(introspect_sink);
  EXPECT_EQ(stats.queries, introspect::kCatalogQueryCount);
  sema::CanonicalizeExpressions(introspected);
  ForgetDefaultExtensionComments(database, compiled.catalog, introspected);
  ASSERT_NO_FATAL_FAILURE(AcceptKnownDifferences(test_case.name, compiled.catalog, introspected));
  EXPECT_TRUE(introspected == compiled.catalog)
      << "introspected:\n"
      << catalog::PrintSql(introspected) << "\ncompiled:\n"
      << catalog::PrintSql(compiled.catalog);
}

INSTANTIATE_TEST_SUITE_P(Cases, IntrospectCaseTest, ::testing::ValuesIn(ListCases()),
                         [](const ::testing::TestParamInfo<Case>& case_info) {
                           return case_info.param.name;
                         });

// A schema that sets every field the catalog has, including those the golden cases leave at
// their defaults.
constexpr const char* kEveryField = R"SQL(CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application';
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
COMMENT ON TYPE app.mood IS 'how it went';
CREATE UNLOGGED SEQUENCE app.counter AS integer INCREMENT BY 5 MINVALUE 10 MAXVALUE 1000 START WITH 20 CACHE 3 CYCLE;
COMMENT ON SEQUENCE app.counter IS 'counts';
CREATE TABLE app.parent (
    id integer GENERATED BY DEFAULT AS IDENTITY (START WITH 7 INCREMENT BY 2 CACHE 4) ,
    code text COLLATE "C" NOT NULL,
    region text DEFAULT 'north',
    mood app.mood DEFAULT 'ok',
    total numeric(10,2),
    doubled numeric GENERATED ALWAYS AS (total * 2) STORED,
    CONSTRAINT parent_pkey PRIMARY KEY (id) INCLUDE (code) WITH (fillfactor = 80),
    CONSTRAINT parent_code_key UNIQUE NULLS NOT DISTINCT (code, region),
    CONSTRAINT parent_total_check CHECK (total > 0) NO INHERIT
) WITH (fillfactor = 70, autovacuum_enabled = false);
COMMENT ON TABLE app.parent IS 'parents';
COMMENT ON COLUMN app.parent.code IS 'the code';
COMMENT ON CONSTRAINT parent_total_check ON app.parent IS 'positive';
COMMENT ON INDEX app.parent_pkey IS 'key index';
ALTER SEQUENCE app.counter OWNED BY app.parent.total;
CREATE UNLOGGED TABLE app.scratch (n integer) WITH (fillfactor = 60);
CREATE EXTENSION citext WITH SCHEMA app;
COMMENT ON EXTENSION citext IS 'case-insensitive text';
CREATE TABLE app.child (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id integer,
    code text,
    region text,
    note varchar(40),
    CONSTRAINT child_parent_fkey FOREIGN KEY (parent_id) REFERENCES app.parent (id)
        ON UPDATE RESTRICT ON DELETE SET NULL (parent_id) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT child_code_fkey FOREIGN KEY (code, region) REFERENCES app.parent (code, region)
        MATCH FULL ON DELETE CASCADE
);
ALTER TABLE app.child ADD CONSTRAINT child_note_check CHECK (length(note) > 2) NOT VALID;
CREATE UNIQUE INDEX child_note_idx ON app.child USING btree (note varchar_pattern_ops DESC NULLS LAST, code COLLATE "POSIX")
    INCLUDE (region) NULLS NOT DISTINCT WITH (fillfactor = 50) WHERE note IS NOT NULL;
COMMENT ON INDEX app.child_note_idx IS 'notes';
CREATE INDEX child_lower_idx ON app.child USING hash (lower(code));
)SQL";

TEST_F(IntrospectTest, EveryFieldMatchesCompiledCatalog) {
  TempDir dir;
  WriteFile(dir.path() / "every.sql", kEveryField);
  base::DiagnosticSink sink;
  sema::CompileResult compiled = sema::CompilePath(dir.path(), sink);
  ASSERT_FALSE(sink.has_errors()) << RenderAll(sink);
  ASSERT_NO_FATAL_FAILURE(Load("introspect_every_field", kEveryField));
  base::DiagnosticSink introspect_sink;
  catalog::Catalog introspected =
      introspect::Introspect(server_->ConnectionString("introspect_every_field"), introspect_sink);
  ASSERT_FALSE(introspect_sink.has_errors()) << RenderAll(introspect_sink);
  sema::CanonicalizeExpressions(introspected);
  EXPECT_TRUE(introspected == compiled.catalog)
      << "introspected:\n"
      << catalog::PrintSql(introspected) << "\ncompiled:\n"
      << catalog::PrintSql(compiled.catalog);
  const catalog::Table& child = introspected.tables.at({"app", "child"});
  EXPECT_FALSE(child.constraints.at("child_note_check").validated);
  EXPECT_EQ(child.constraints.at("child_parent_fkey").on_delete_columns,
            std::vector<std::string>{"parent_id"});
  EXPECT_EQ(introspected.tables.at({"app", "parent"}).owner.role, "postgres");
}

TEST_F(IntrospectTest, FailedQueryReportsAndYieldsAnEmptyCatalog) {
  // pg_sequence is per database, so taking its SELECT privilege from PUBLIC makes the sequences
  // query fail for a role that is not a superuser.
  ASSERT_NO_FATAL_FAILURE(Load("introspect_denied",
                               "CREATE TABLE t (id integer);\n"
                               "CREATE ROLE introspect_reader LOGIN;\n"
                               "REVOKE SELECT ON pg_catalog.pg_sequence FROM PUBLIC;\n"));
  base::DiagnosticSink sink;
  introspect::IntrospectStats stats;
  catalog::Catalog catalog = introspect::Introspect(
      server_->ConnectionString("introspect_denied") + " user=introspect_reader", sink, &stats);
  ASSERT_EQ(sink.diagnostics().size(), 1u) << RenderAll(sink);
  EXPECT_EQ(sink.diagnostics()[0].code, "introspection-failed");
  EXPECT_EQ(sink.diagnostics()[0].message,
            "catalog query \"sequences\" failed: permission denied for table pg_sequence; "
            "introspection needs PostgreSQL 15 or later and a role that can read the system "
            "catalogs");
  EXPECT_TRUE(catalog == catalog::Catalog{});
}

TEST_F(IntrospectTest, QueryCountDoesNotDependOnTheSchemaSize) {
  EXPECT_EQ(introspect::CatalogQueryNames(),
            (std::vector<std::string_view>{"schemas", "extensions", "enums", "sequences", "tables",
                                           "columns", "constraints", "indexes", "index_keys"}));
  std::string many = "CREATE TYPE mood AS ENUM ('sad', 'happy');\n";
  for (int i = 0; i < 40; ++i) {
    many += fmt::format(
        "CREATE TABLE t{0} (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
        "note text DEFAULT 'x' CHECK (note <> ''), m mood, parent integer REFERENCES t{0});\n"
        "CREATE INDEX ON t{0} (lower(note)) WHERE parent > 0;\n"
        "CREATE SEQUENCE s{0};\n",
        i);
  }
  ASSERT_NO_FATAL_FAILURE(Load("count_one", "CREATE TABLE t (id integer);"));
  ASSERT_NO_FATAL_FAILURE(Load("count_many", many));
  for (const char* database : {"count_one", "count_many"}) {
    base::DiagnosticSink sink;
    introspect::IntrospectStats stats;
    catalog::Catalog catalog =
        introspect::Introspect(server_->ConnectionString(database), sink, &stats);
    EXPECT_FALSE(sink.has_errors()) << RenderAll(sink);
    EXPECT_EQ(stats.queries, introspect::kCatalogQueryCount) << database;
    EXPECT_FALSE(catalog.tables.empty()) << database;
  }
}

TEST(IntrospectConnectionTest, BadConnectionStringReportsAndYieldsAnEmptyCatalog) {
  for (const std::string connection :
       {"host=/nonexistent/schemac-introspect port=5432 dbname=none connect_timeout=2",
        "this is not a connection string"}) {
    base::DiagnosticSink sink;
    introspect::IntrospectStats stats;
    catalog::Catalog catalog = introspect::Introspect(connection, sink, &stats);
    ASSERT_EQ(sink.diagnostics().size(), 1u) << connection;
    EXPECT_EQ(sink.diagnostics()[0].code, "connection-failed");
    EXPECT_TRUE(sink.diagnostics()[0].message.starts_with("cannot connect to the database: "))
        << sink.diagnostics()[0].message;
    EXPECT_TRUE(catalog == catalog::Catalog{});
    EXPECT_EQ(stats.queries, 0u);
  }
}

TEST(IntrospectRowsTest, ParseTextArray) {
  struct {
    std::string input;
    std::vector<std::string> want;
  } tests[] = {
      {"{}", {}},
      {"{a}", {"a"}},
      {"{a,b}", {"a", "b"}},
      {R"({"a b","c,d","e\"f","g\\h",NULL})", {"a b", "c,d", "e\"f", "g\\h", ""}},
      {"{fillfactor=70,autovacuum_enabled=false}", {"fillfactor=70", "autovacuum_enabled=false"}},
      {"", {}},
  };
  for (const auto& test : tests) {
    EXPECT_EQ(introspect::ParseTextArray(test.input), test.want) << test.input;
  }
}

TEST(IntrospectRowsTest, CheckExpression) {
  struct {
    std::string input;
    std::string want;
  } tests[] = {
      {"CHECK ((price > (0)::numeric))", "(price > (0)::numeric)"},
      {"CHECK ((a > 0)) NO INHERIT", "(a > 0)"},
      {"CHECK ((a > 0)) NOT VALID", "(a > 0)"},
      {"CHECK ((a > 0)) NO INHERIT NOT VALID", "(a > 0)"},
  };
  for (const auto& test : tests) {
    EXPECT_EQ(introspect::CheckExpression(test.input), test.want) << test.input;
  }
}

}  // namespace
}  // namespace schemac::testing
