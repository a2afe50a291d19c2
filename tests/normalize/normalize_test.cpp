// Normalisation of every accepted golden input and example project: once the server's expression
// texts are put in canonical form, the catalog the server gives back equals the compiled one, and
// every object still points at its declaration.
#include "schemac/normalize/normalize.h"

#include <filesystem>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "schemac/catalog/print.h"
#include "schemac/introspect/introspect.h"
#include "schemac/plan/canonical.h"
#include "schemac/plan/plan.h"
#include "schemac/report/report.h"
#include "schemac/sema/canonical.h"
#include "schemac/sema/compile.h"

#include "normalize/origin_helpers.h"
#include "normalize/server_fixture.h"
#include "support/diagnostics.h"
#include "support/known_differences.h"
#include "support/run.h"

namespace schemac::testing {
namespace {

class NormalizeCaseTest : public NormalizeServerTest,
                          public ::testing::WithParamInterface<SchemaCase> {};

TEST_P(NormalizeCaseTest, MatchesCompiledCatalog) {
  const SchemaCase& test_case = GetParam();
  base::DiagnosticSink sink;
  sema::CompileResult compiled = sema::CompilePath(test_case.input, sink);
  ASSERT_FALSE(sink.has_errors()) << RenderAll(sink);

  base::DiagnosticSink normalize_sink;
  normalize::NormalizeStats stats;
  std::optional<catalog::Catalog> normalized =
      normalize::Normalize(compiled.catalog, Connection(), normalize_sink, &stats);
  ASSERT_TRUE(normalized.has_value()) << RenderAll(normalize_sink);
  EXPECT_TRUE(normalize_sink.diagnostics().empty()) << RenderAll(normalize_sink);
  EXPECT_EQ(stats.statements, normalize::LoadStatements(compiled.catalog).size());
  EXPECT_GE(stats.batches, 1u);
  EXPECT_GT(stats.load_seconds, 0);
  EXPECT_GT(stats.introspect_seconds, 0);
  EXPECT_EQ(ScratchDatabases(), "");
  RecordProperty("load_seconds", fmt::format("{:.3f}", stats.load_seconds));
  RecordProperty("introspect_seconds", fmt::format("{:.3f}", stats.introspect_seconds));

  // Every table, column, constraint and index has the origin of its compiled namesake.
  std::map<std::string, std::string> origins = OriginList(*normalized);
  std::map<std::string, std::string> compiled_origins = OriginList(compiled.catalog);
  for (const auto& [what, where] : origins) {
    if (what.starts_with("table ") || what.starts_with("column ") ||
        what.starts_with("constraint ") || what.starts_with("index ")) {
      EXPECT_NE(where, "") << what;
      EXPECT_EQ(where, compiled_origins[what]) << what;
    }
  }

  if (!compiled.catalog.domains.empty()) {
    // The server casts a domain's values to its base type in expressions, which the compiler's
    // canonical form, kept offline, does not know: such a project is compared between servers
    // (SampleProjectTest), not with its compiled form.
    return;
  }
  catalog::Catalog canonical = *normalized;
  sema::CanonicalizeExpressions(canonical);
  ForgetDefaultExtensionComments(*server_, "postgres", compiled.catalog, canonical);
  AdoptServerDefinitions(compiled.catalog, canonical);
  ASSERT_NO_FATAL_FAILURE(AcceptKnownDifferences(test_case.name, compiled.catalog, canonical));
  EXPECT_TRUE(canonical == compiled.catalog) << "normalized:\n"
                                             << plan::CanonicalSql(canonical) << "\ncompiled:\n"
                                             << plan::CanonicalSql(compiled.catalog);
}

// The path users run, against the files loaded as users load them: a database that psql loaded
// from the schema files, and the same files compiled and normalised, plan to no change. The
// scratch database must be given what the files say, not a rewrite of it.
class NormalizePsqlCaseTest : public NormalizeServerTest,
                              public ::testing::WithParamInterface<SchemaCase> {};

TEST_P(NormalizePsqlCaseTest, PlanAgainstTheFilesLoadedWithPsqlIsEmpty) {
  const SchemaCase& test_case = GetParam();
  std::string database = "psql_" + test_case.name;
  std::string error;
  ASSERT_TRUE(server_->CreateDatabase(database, &error)) << error;
  pgserver::PsqlResult load = server_->RunPsql(ConcatenatedSources(test_case.input), database);
  ASSERT_EQ(load.exit_code, 0) << load.errors;

  base::DiagnosticSink sink;
  sema::CompileResult compiled = sema::CompilePath(test_case.input, sink);
  ASSERT_FALSE(sink.has_errors()) << RenderAll(sink);
  std::optional<catalog::Catalog> desired =
      normalize::Normalize(compiled.catalog, Connection(), sink);
  ASSERT_TRUE(desired.has_value()) << RenderAll(sink);
  catalog::Catalog live = introspect::Introspect(server_->ConnectionString(database), sink);
  ASSERT_FALSE(sink.has_errors()) << RenderAll(sink);
  plan::Migration migration = plan::PlanMigration(live, *desired, sink);
  ASSERT_FALSE(sink.has_errors()) << RenderAll(sink);
  EXPECT_TRUE(migration.up.empty()) << report::RenderHuman(migration);
  server_->RunPsql(fmt::format("DROP DATABASE {} WITH (FORCE);", database));
}

// The cases psql can load as they are, files in sorted order.
std::vector<SchemaCase> PsqlLoadableCases() {
  std::vector<SchemaCase> out;
  for (const SchemaCase& schema_case : ListSchemaCases()) {
    if (schema_case.raw_load) {
      out.push_back(schema_case);
    }
  }
  return out;
}

INSTANTIATE_TEST_SUITE_P(Cases, NormalizePsqlCaseTest, ::testing::ValuesIn(PsqlLoadableCases()),
                         [](const ::testing::TestParamInfo<SchemaCase>& case_info) {
                           return case_info.param.name;
                         });

INSTANTIATE_TEST_SUITE_P(Cases, NormalizeCaseTest, ::testing::ValuesIn(ListSchemaCases()),
                         [](const ::testing::TestParamInfo<SchemaCase>& case_info) {
                           return case_info.param.name;
                         });

using NormalizeTest = NormalizeServerTest;

// The server's own texts are kept: the normalised catalog differs from the compiled one where
// PostgreSQL rewrites what it stores.
TEST_F(NormalizeTest, KeepsTheServersTexts) {
  std::string errors;
  std::optional<catalog::Catalog> normalized = Normalized(
      {{"t.sql",
        "CREATE TABLE t (name varchar(20) DEFAULT 'x', price numeric CHECK (price > 0));\n"}},
      &errors);
  ASSERT_TRUE(normalized.has_value()) << errors;
  const catalog::Table& table = normalized->tables.at({"public", "t"});
  EXPECT_EQ(table.FindColumn("name")->type, "character varying(20)");
  EXPECT_EQ(table.FindColumn("name")->default_expression, "'x'::character varying");
  EXPECT_EQ(table.constraints.at("t_price_check").expression, "(price > (0)::numeric)");
}

// Loading the files runs none of their queries: a materialized view is created WITH NO DATA in
// the scratch database (its query would fail there), and keeps the files' WITH DATA.
TEST_F(NormalizeTest, MaterializedViewsAreLoadedWithoutTheirData) {
  std::string errors;
  std::optional<catalog::Catalog> normalized =
      Normalized({{"v.sql",
                   "CREATE MATERIALIZED VIEW fails AS SELECT 1 / 0 AS x;\n"
                   "CREATE MATERIALIZED VIEW empty AS SELECT 1 AS x WITH NO DATA;\n"}},
                 &errors);
  ASSERT_TRUE(normalized.has_value()) << errors;
  EXPECT_TRUE(normalized->views.at({"public", "fails"}).with_data.value);
  EXPECT_FALSE(normalized->views.at({"public", "empty"}).with_data.value);
}

// An SQL-standard body that prints otherwise once created from its printed definition keeps that
// second print, and its statement as written, which the plan creates it from; one that prints
// alike keeps only the statement, and a body kept as text neither.
TEST_F(NormalizeTest, FunctionBodiesPrintedOtherwiseAgainKeepTheSecondPrint) {
  std::string errors;
  std::optional<catalog::Catalog> normalized =
      Normalized({{"f.sql",
                   "CREATE FUNCTION twice() RETURNS text LANGUAGE sql\n"
                   "BEGIN ATOMIC SELECT 'a'; END;\n"
                   "CREATE FUNCTION once() RETURNS integer LANGUAGE sql\n"
                   "BEGIN ATOMIC SELECT 1; END;\n"
                   "CREATE FUNCTION text_body() RETURNS text LANGUAGE sql AS $$SELECT 'a'$$;\n"}},
                 &errors);
  ASSERT_TRUE(normalized.has_value()) << errors;
  const catalog::Function& twice = normalized->functions.at({"public", "twice", ""});
  EXPECT_NE(twice.definition.find("SELECT 'a'::text;"), std::string::npos) << twice.definition;
  ASSERT_TRUE(twice.reread_definition.value.has_value());
  EXPECT_NE(twice.reread_definition.value->find("SELECT 'a'::text AS text;"), std::string::npos)
      << *twice.reread_definition.value;
  EXPECT_TRUE(twice.written.text.starts_with("CREATE FUNCTION twice()")) << twice.written.text;
  const catalog::Function& once = normalized->functions.at({"public", "once", ""});
  EXPECT_FALSE(once.reread_definition.value.has_value());
  EXPECT_TRUE(once.written.text.starts_with("CREATE FUNCTION once()")) << once.written.text;
  const catalog::Function& text_body = normalized->functions.at({"public", "text_body", ""});
  EXPECT_FALSE(text_body.reread_definition.value.has_value());
  EXPECT_TRUE(text_body.written.empty());
}

// Each table, column, constraint and index of the example points at a line of the example's
// files that declares it.
TEST_F(NormalizeTest, ExampleOriginsPointAtTheirDeclarations) {
  std::filesystem::path shop = SourceDir() / "schemas" / "shop";
  base::DiagnosticSink sink;
  sema::CompileResult compiled = sema::CompilePath(shop, sink);
  ASSERT_FALSE(sink.has_errors()) << RenderAll(sink);
  std::optional<catalog::Catalog> normalized =
      normalize::Normalize(compiled.catalog, Connection(), sink);
  ASSERT_TRUE(normalized.has_value()) << RenderAll(sink);
  ASSERT_GE(normalized->tables.size(), 10u);
  auto in_example = [&](const base::SourceRange& range) {
    return range.valid() && range.file->path().starts_with(shop.string());
  };
  auto declares = [](const base::SourceRange& range, std::vector<std::string> words) {
    std::string line = OriginLineText(range);
    for (const std::string& word : words) {
      if (line.find(word) != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  size_t checked = 0;
  for (const auto& [name, table] : normalized->tables) {
    EXPECT_TRUE(in_example(table.origin.range)) << name.Text();
    EXPECT_TRUE(declares(table.origin.range, {"TABLE " + name.Text() + " ("}))
        << name.Text() << ": " << OriginLineText(table.origin.range);
    for (const catalog::Column& column : table.columns) {
      EXPECT_TRUE(in_example(column.origin.range)) << column.name;
      EXPECT_TRUE(OriginLineText(column.origin.range).find(column.name) != std::string::npos)
          << name.Text() << "." << column.name << ": " << OriginLineText(column.origin.range);
      ++checked;
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      EXPECT_TRUE(in_example(constraint.origin.range)) << constraint_name;
      EXPECT_TRUE(declares(constraint.origin.range, {constraint_name, "PRIMARY KEY", "UNIQUE",
                                                     "REFERENCES", "CHECK", "FOREIGN KEY"}))
          << constraint_name << ": " << OriginLineText(constraint.origin.range);
      ++checked;
    }
  }
  for (const auto& [name, index] : normalized->indexes) {
    EXPECT_TRUE(in_example(index.origin.range)) << name.Text();
    // An unnamed index is declared by its table.
    EXPECT_TRUE(declares(index.origin.range,
                         {"INDEX " + name.name + " ON ", "INDEX ON " + index.table.Text() + " "}))
        << name.Text() << ": " << OriginLineText(index.origin.range);
    ++checked;
  }
  EXPECT_GE(checked, 100u);
}

// A postgresql:// URI works as well as key=value settings.
TEST_F(NormalizeTest, AcceptsAUri) {
  TempDir dir;
  WriteFile(dir.path() / "t.sql", "CREATE TABLE t (id integer PRIMARY KEY);\n");
  base::DiagnosticSink sink;
  sema::CompileResult compiled = sema::CompilePath(dir.path(), sink);
  std::string socket_dir;
  for (char c : server_->socket_dir()) {
    socket_dir += c == '/' ? std::string("%2F") : std::string(1, c);
  }
  std::string uri =
      fmt::format("postgresql://postgres@/postgres?host={}&port={}", socket_dir, server_->port());
  std::optional<catalog::Catalog> normalized = normalize::Normalize(compiled.catalog, uri, sink);
  ASSERT_TRUE(normalized.has_value()) << RenderAll(sink);
  EXPECT_TRUE(normalized->tables.contains({"public", "t"}));
  EXPECT_EQ(ScratchDatabases(), "");
}

}  // namespace
}  // namespace schemac::testing
