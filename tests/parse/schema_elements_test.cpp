// CREATE SCHEMA with the statements it holds: each is read as a statement of its own, in the new
// schema, as PostgreSQL creates them.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/parse/parser.h"

#include "parsed.h"

namespace schemac::parse {
namespace {

std::vector<std::string> Reported(const Parsed& parsed) {
  std::vector<std::string> out;
  for (const base::Diagnostic& diagnostic : parsed.sink.diagnostics()) {
    out.push_back(diagnostic.code + " at " + std::to_string(diagnostic.range.line) + ":" +
                  std::to_string(diagnostic.range.column));
  }
  return out;
}

TEST(SchemaElementsTest, EachStatementIsOneOfItsOwnReadInTheNewSchemaFirst) {
  auto parsed = Parse(
      "SET search_path = other, public;\n"
      "CREATE SCHEMA app AUTHORIZATION joe\n"
      "  CREATE TABLE person (id int PRIMARY KEY, name text DEFAULT 'create')\n"
      "  -- schemac:renamed-from people_by_name\n"
      "  CREATE VIEW adults AS SELECT id, name AS create FROM person\n"
      "  CREATE INDEX person_name ON person (name)\n"
      "  CREATE SEQUENCE app.counter\n"
      "  GRANT SELECT ON person TO joe WITH GRANT OPTION\n"
      "  CREATE TRIGGER t BEFORE INSERT ON app.person FOR EACH ROW EXECUTE FUNCTION f()\n"
      "  CREATE TABLE pet (owner int REFERENCES person (id));\n"
      "CREATE TABLE after (a int);\n");
  EXPECT_EQ(Reported(*parsed), std::vector<std::string>{});
  const auto& statements = parsed->file.statements;
  ASSERT_EQ(statements.size(), 10u);
  const auto& schema = std::get<ast::CreateSchema>(statements[1].body);
  EXPECT_EQ(schema.name.name, "app");
  ASSERT_TRUE(schema.authorization.has_value());
  EXPECT_EQ(statements[1].range.line, 2u);
  const ast::SearchPath elements_path{"app", "other", "public"};
  for (size_t i = 2; i < 9; ++i) {
    ASSERT_NE(statements[i].search_path, nullptr);
    EXPECT_EQ(*statements[i].search_path, elements_path) << i;
    EXPECT_EQ(statements[i].range.line, i < 3 ? i + 1 : i + 2) << i;  // line 4: the annotation
  }
  EXPECT_EQ(std::get<ast::CreateTable>(statements[2].body).name.Text(), "person");
  const auto& view = std::get<ast::CreateView>(statements[3].body);
  EXPECT_EQ(view.name.Text(), "adults");
  ASSERT_TRUE(statements[3].renamed_from.has_value());
  EXPECT_EQ(statements[3].renamed_from->name, "people_by_name");
  // The table of an index or a trigger is the new schema's, as PostgreSQL reads it.
  EXPECT_EQ(std::get<ast::CreateIndex>(statements[4].body).table.Text(), "app.person");
  EXPECT_EQ(std::get<ast::CreateSequence>(statements[5].body).name.Text(), "app.counter");
  EXPECT_FALSE(std::get<ast::Grant>(statements[6].body).revoke);
  EXPECT_EQ(std::get<ast::CreateTrigger>(statements[7].body).table.Text(), "app.person");
  EXPECT_EQ(std::get<ast::CreateTable>(statements[8].body).name.Text(), "pet");
  // The statement after the CREATE SCHEMA is read under the file's path again.
  EXPECT_EQ(*statements[9].search_path, (ast::SearchPath{"other", "public"}));
}

TEST(SchemaElementsTest, WhatPostgresqlRefusesInsideCreateSchemaIsReportedWhereItStands) {
  auto parsed = Parse(
      "CREATE SCHEMA s\n"
      "  CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'select 1'\n"
      "  CREATE TABLE other.t (a int)\n"
      "  CREATE MATERIALIZED VIEW mv AS SELECT 1\n"
      "  CREATE FOREIGN TABLE ft (a int) SERVER x\n"
      "  CREATE INDEX ON other.t (a)\n"
      "  CREATE TABLE kept (a int);\n"
      "CREATE SCHEMA IF NOT EXISTS u CREATE TABLE t (a int);\n"
      "CREATE SCHEMA v foo CREATE TABLE t (a int);\n");
  EXPECT_EQ(Reported(*parsed), (std::vector<std::string>{
                                   "invalid-schema-element at 2:3",
                                   "invalid-schema-element at 3:16",
                                   "invalid-schema-element at 4:3",
                                   "invalid-schema-element at 5:3",
                                   "invalid-schema-element at 6:19",
                                   "invalid-schema-element at 8:1",
                                   "syntax-error at 9:17",
                               }));
  // The schema and the statement PostgreSQL takes are kept, so that what depends on them
  // compiles; nothing of the CREATE SCHEMA IF NOT EXISTS, nor of the one that does not parse.
  std::vector<std::string> kept;
  for (const ast::Statement& statement : parsed->file.statements) {
    if (const auto* table = std::get_if<ast::CreateTable>(&statement.body)) {
      kept.push_back(table->name.Text());
    } else if (const auto* schema = std::get_if<ast::CreateSchema>(&statement.body)) {
      kept.push_back("schema " + schema->name.name);
    }
  }
  EXPECT_EQ(kept, (std::vector<std::string>{"schema s", "kept"}));
}

}  // namespace
}  // namespace schemac::parse
