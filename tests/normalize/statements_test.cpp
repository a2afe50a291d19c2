// The statements normalisation loads: the canonical printer's, in an order that depends only on
// the catalog, each with the source location of the declaration that asked for it.
#include "schemac/catalog/statements.h"

#include <gtest/gtest.h>

#include "schemac/catalog/print.h"
#include "schemac/normalize/normalize.h"
#include "schemac/plan/canonical.h"
#include "schemac/sema/compile.h"

#include "normalize/origin_helpers.h"
#include "support/diagnostics.h"
#include "support/run.h"

namespace schemac::testing {
namespace {

catalog::Catalog CompileOrDie(const std::filesystem::path& path) {
  base::DiagnosticSink sink;
  sema::CompileResult compiled = sema::CompilePath(path, sink);
  EXPECT_FALSE(sink.has_errors()) << RenderAll(sink);
  return compiled.catalog;
}

// Every accepted golden case and example: the statements are exactly those PrintSql prints, in
// its order; what PrintSql adds between them is group titles and blank lines.
// The load runs the statements PrintSql prints, in the same order, with the expressions as
// written instead of their canonical texts, and with the defaults and checks the files set by
// ALTER TABLE set so (the canonical form puts them in CREATE TABLE).
TEST(NormalizeLoadStatementsTest, AreThoseOfPrintSqlWithExpressionsAsWritten) {
  for (const SchemaCase& schema_case : ListSchemaCases()) {
    SCOPED_TRACE(schema_case.name);
    catalog::Catalog catalog = CompileOrDie(schema_case.input);
    std::string printed = plan::CanonicalSql(catalog);
    std::vector<catalog::CreateStatement> canonical = catalog::CreateStatements(catalog);
    std::vector<catalog::CreateStatement> written =
        catalog::CreateStatements(catalog, catalog::ExpressionForm::kWritten);
    std::vector<normalize::LoadStatement> statements = normalize::LoadStatements(catalog);
    ASSERT_FALSE(statements.empty());
    ASSERT_EQ(statements.size(), written.size());
    for (size_t i = 0; i < statements.size(); ++i) {
      ASSERT_TRUE(statements[i].sql.ends_with(";")) << statements[i].sql;
      EXPECT_EQ(statements[i].sql, written[i].sql);
      EXPECT_EQ(statements[i].group, written[i].group);
      EXPECT_EQ(statements[i].subject, written[i].subject);
      EXPECT_EQ(statements[i].search_path, written[i].search_path);
    }
    // Those set apart are ALTER TABLE statements of their table's group, after its CREATE TABLE.
    size_t c = 0;
    for (size_t i = 0; i < written.size(); ++i) {
      if (c < canonical.size() && written[i].group == canonical[c].group &&
          written[i].subject == canonical[c].subject &&
          written[i].search_path == canonical[c].search_path &&
          written[i].sql.starts_with("ALTER TABLE") ==
              canonical[c].sql.starts_with("ALTER TABLE")) {
        ++c;
        continue;
      }
      EXPECT_TRUE(written[i].sql.starts_with("ALTER TABLE ") &&
                  written[i].group == catalog::StatementGroup::kTables)
          << "not in the canonical statements: " << written[i].sql;
    }
    EXPECT_EQ(c, canonical.size());
    size_t position = 0;
    std::string between;
    for (const catalog::CreateStatement& statement : canonical) {
      size_t found = printed.find(statement.sql + "\n", position);
      ASSERT_NE(found, std::string::npos) << "not printed in this order:\n" << statement.sql;
      between += printed.substr(position, found - position);
      position = found + statement.sql.size() + 1;
    }
    between += printed.substr(position);
    for (const std::string& line : SplitLines(between)) {
      EXPECT_TRUE(line.empty() || line.starts_with("-- ") || line.starts_with("SET search_path") ||
                  line == "SET check_function_bodies = false;")
          << "PrintSql has more: " << line;
    }
  }
}

// The expressions the load runs are those of the files, never a rewrite, each under the
// search_path it was written under.
TEST(NormalizeLoadStatementsTest, ExpressionsAreLoadedAsWritten) {
  TempDir dir;
  WriteFile(dir.path() / "t.sql",
            "CREATE SCHEMA app;\n"
            "SET search_path = app, public;\n"
            "CREATE TABLE t (\n"
            "    a timestamp DEFAULT (now() AT TIME ZONE 'utc'),\n"
            "    b bigint DEFAULT '2'::bigint CHECK (b = ALL (ARRAY[0, b])),\n"
            "    c text\n"
            ");\n"
            "CREATE INDEX ON t (lower(c)) WHERE c <> ''::CHARACTER VARYING;\n");
  catalog::Catalog catalog = CompileOrDie(dir.path());
  std::string load;
  for (const normalize::LoadStatement& statement : normalize::LoadStatements(catalog)) {
    load += statement.sql + "\n";
    if (statement.sql.find("app.t") != std::string::npos) {
      ASSERT_TRUE(statement.search_path.has_value()) << statement.sql;
      EXPECT_EQ(*statement.search_path, (std::vector<std::string>{"app", "public"}));
    }
  }
  for (const char* written :
       {"DEFAULT (now() AT TIME ZONE 'utc')", "DEFAULT '2'::bigint",
        "CHECK (b = ALL (ARRAY[0, b]))", "(lower(c))", "WHERE c <> ''::CHARACTER VARYING"}) {
    EXPECT_NE(load.find(written), std::string::npos) << written << " not in:\n" << load;
  }
}

// The same declarations in files read in the opposite order give the same statements, and each
// statement keeps pointing at its declaration.
TEST(NormalizeLoadStatementsTest, OrderDoesNotDependOnFileOrder) {
  TempDir dir;
  const std::vector<std::string> texts = {
      "CREATE SCHEMA app;\nCREATE TYPE app.mood AS ENUM ('sad', 'ok');\n",
      "CREATE TABLE app.orders (\n    id integer PRIMARY KEY,\n"
      "    customer_id integer REFERENCES app.customers\n);\n"
      "CREATE INDEX orders_customer_idx ON app.orders (customer_id);\n",
      "CREATE TABLE app.customers (id integer PRIMARY KEY, mood app.mood DEFAULT 'ok');\n"
      "COMMENT ON TABLE app.customers IS 'who buys';\nCREATE SEQUENCE app.counter;\n"};
  for (size_t i = 0; i < texts.size(); ++i) {
    WriteFile(dir.path() / "forward" / ("f" + std::to_string(i) + ".sql"), texts[i]);
    WriteFile(dir.path() / "backward" / ("f" + std::to_string(texts.size() - 1 - i) + ".sql"),
              texts[i]);
  }
  std::vector<normalize::LoadStatement> forward =
      normalize::LoadStatements(CompileOrDie(dir.path() / "forward"));
  std::vector<normalize::LoadStatement> backward =
      normalize::LoadStatements(CompileOrDie(dir.path() / "backward"));
  ASSERT_EQ(forward.size(), backward.size());
  ASSERT_GE(forward.size(), 7u);
  for (size_t i = 0; i < forward.size(); ++i) {
    EXPECT_EQ(forward[i].sql, backward[i].sql);
    ASSERT_TRUE(forward[i].origin.valid()) << forward[i].sql;
    ASSERT_TRUE(backward[i].origin.valid()) << backward[i].sql;
    EXPECT_NE(forward[i].origin.file->path(), backward[i].origin.file->path()) << forward[i].sql;
    EXPECT_EQ(forward[i].origin.file->text(), backward[i].origin.file->text()) << forward[i].sql;
    EXPECT_EQ(forward[i].origin.line, backward[i].origin.line) << forward[i].sql;
    EXPECT_EQ(forward[i].origin.column, backward[i].origin.column) << forward[i].sql;
  }
}

constexpr const char* kSchemaFile = "CREATE SCHEMA app;\n";
constexpr const char* kOrdersFile = R"SQL(-- Orders.
CREATE TYPE app.mood AS ENUM ('sad', 'ok');
CREATE SEQUENCE app.counter;

CREATE TABLE app.orders (
    id integer PRIMARY KEY,
    customer_id integer REFERENCES app.customers,
    note text COLLATE "C",
    mood app.mood DEFAULT 'ok',
    CONSTRAINT orders_note_check CHECK (note <> '')
);
COMMENT ON COLUMN app.orders.note IS 'free text';
CREATE INDEX orders_note_idx ON app.orders (note);
ALTER SEQUENCE app.counter OWNED BY app.orders.id;
ALTER TABLE app.orders ADD CONSTRAINT orders_id_check CHECK (id > 0) NOT VALID;
)SQL";
constexpr const char* kCustomersFile = "CREATE TABLE app.customers (id integer PRIMARY KEY);\n";

// Each statement, and each line of a CREATE TABLE, points at the line of its declaration.
TEST(NormalizeLoadStatementsTest, PointAtTheirDeclarations) {
  TempDir dir;
  WriteFile(dir.path() / "a_schema.sql", kSchemaFile);
  WriteFile(dir.path() / "b_orders.sql", kOrdersFile);
  WriteFile(dir.path() / "c_customers.sql", kCustomersFile);
  std::vector<normalize::LoadStatement> statements =
      normalize::LoadStatements(CompileOrDie(dir.path()));
  struct {
    std::string statement_start;  // the statement that starts so
    std::string file;
    std::string declaration;  // the text on the line its origin points at
  } tests[] = {
      {"CREATE SCHEMA app;", "a_schema.sql", "CREATE SCHEMA app;"},
      {"CREATE TYPE app.mood", "b_orders.sql", "CREATE TYPE app.mood"},
      {"CREATE SEQUENCE app.counter", "b_orders.sql", "ALTER SEQUENCE app.counter OWNED BY"},
      {"CREATE TABLE app.orders", "b_orders.sql", "CREATE TABLE app.orders ("},
      {"CREATE TABLE app.customers", "c_customers.sql", "CREATE TABLE app.customers"},
      {"CREATE INDEX orders_note_idx", "b_orders.sql", "CREATE INDEX orders_note_idx"},
      {"ALTER TABLE app.orders ADD CONSTRAINT orders_customer_id_fkey", "b_orders.sql",
       "customer_id integer REFERENCES"},
      {"ALTER TABLE app.orders ADD CONSTRAINT orders_id_check", "b_orders.sql",
       "ALTER TABLE app.orders ADD CONSTRAINT orders_id_check"},
      {"ALTER SEQUENCE app.counter OWNED BY", "b_orders.sql", "ALTER SEQUENCE app.counter"},
      {"COMMENT ON COLUMN app.orders.note", "b_orders.sql", "note text COLLATE"},
  };
  for (const auto& test : tests) {
    const normalize::LoadStatement* statement = FindStatement(statements, test.statement_start);
    ASSERT_NE(statement, nullptr) << test.statement_start;
    EXPECT_EQ(OriginFileName(statement->origin), test.file) << test.statement_start;
    EXPECT_EQ(statement->origin.line, LineOf(ReadFile(dir.path() / test.file), test.declaration))
        << test.statement_start << " points at: " << OriginLineText(statement->origin);
  }

  // The lines of CREATE TABLE app.orders, and the declarations they come from.
  const normalize::LoadStatement* orders = FindStatement(statements, "CREATE TABLE app.orders");
  ASSERT_NE(orders, nullptr);
  std::vector<std::string> lines = SplitLines(orders->sql);
  ASSERT_EQ(orders->line_origins.size(), lines.size()) << orders->sql;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string declared = OriginLineText(orders->line_origins[i]);
    std::string line = lines[i];
    if (line.starts_with("    CONSTRAINT orders_pkey")) {
      EXPECT_EQ(declared.find("id integer PRIMARY KEY"), 4u) << declared;
    } else if (line.starts_with("    CONSTRAINT orders_note_check")) {
      EXPECT_EQ(declared.find("CONSTRAINT orders_note_check"), 4u) << declared;
    } else if (line.starts_with("    ")) {
      // A column: its declaration starts with its name.
      std::string name = line.substr(4, line.find(' ', 4) - 4);
      EXPECT_EQ(declared.find(name + " "), 4u) << line << " points at: " << declared;
    } else {
      EXPECT_EQ(declared, "CREATE TABLE app.orders (") << line;
    }
  }
  // Other statements are one line or come from one declaration.
  for (const normalize::LoadStatement& statement : statements) {
    if (!statement.sql.starts_with("CREATE TABLE")) {
      EXPECT_TRUE(statement.line_origins.empty()) << statement.sql;
    }
  }
}

// CopyOrigins gives every object of a catalog without origins the origin of its namesake.
TEST(NormalizeCopyOriginsTest, CopiesEveryKind) {
  for (const SchemaCase& schema_case : ListSchemaCases()) {
    SCOPED_TRACE(schema_case.name);
    catalog::Catalog compiled = CompileOrDie(schema_case.input);
    catalog::Catalog target = compiled;
    // An object that the source lacks keeps its origin.
    catalog::Table extra;
    extra.name = {"public", "not_in_the_source"};
    catalog::Column column;
    column.name = "a";
    column.type = "integer";
    extra.columns.push_back(column);
    target.tables[extra.name] = extra;
    ClearOrigins(target);
    ASSERT_EQ(OriginList(target).size(), OriginList(compiled).size() + 2);
    for (const auto& [what, where] : OriginList(target)) {
      ASSERT_EQ(where, "") << what;
    }
    normalize::CopyOrigins(compiled, target);
    std::map<std::string, std::string> want = OriginList(compiled);
    want["table public.not_in_the_source"] = "";
    want["column public.not_in_the_source.a"] = "";
    EXPECT_EQ(OriginList(target), want);
  }
}

}  // namespace
}  // namespace schemac::testing
