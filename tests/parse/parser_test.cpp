#include "schemac/parse/parser.h"

#include <gtest/gtest.h>

namespace schemac::parse {
namespace {

struct Parsed {
  ast::File file;
  base::DiagnosticSink sink;
};

std::unique_ptr<Parsed> Parse(const std::string& text) {
  auto parsed = std::make_unique<Parsed>();
  parsed->file = ParseFile(std::make_shared<const base::SourceFile>("t.sql", text), parsed->sink);
  return parsed;
}

template <typename T>
const T& Only(const Parsed& parsed) {
  EXPECT_EQ(parsed.file.statements.size(), 1u);
  EXPECT_FALSE(parsed.sink.has_errors());
  return std::get<T>(parsed.file.statements.at(0).body);
}

TEST(LexerTest, FoldsUnquotedIdentifiersAndKeepsQuotedOnes) {
  auto parsed =
      Parse("CREATE TABLE Sales.\"Order Items\" (\"Qty\" INT, \"a\"\"b\" Text, Key int);");
  const auto& table = Only<ast::CreateTable>(*parsed);
  EXPECT_EQ(table.name.parts[0].name, "sales");
  EXPECT_EQ(table.name.parts[1].name, "Order Items");
  EXPECT_EQ(table.columns[0].name.name, "Qty");
  EXPECT_EQ(table.columns[1].name.name, "a\"b");
  EXPECT_EQ(table.columns[2].name.name, "key");
  EXPECT_EQ(table.columns[0].type.name, std::vector<std::string>{"int"});
}

TEST(LexerTest, TruncatesIdentifiersTo63BytesOnCharacterBoundaries) {
  std::string long_name(70, 'x');
  std::string accented = std::string(62, 'a') + "\xc3\xa9";  // 64 bytes, é would be split
  auto parsed = Parse("CREATE TABLE " + long_name + " (\"" + accented + "\" int);");
  const auto& table = Only<ast::CreateTable>(*parsed);
  EXPECT_EQ(table.name.last(), std::string(63, 'x'));
  EXPECT_EQ(table.columns[0].name.name, std::string(62, 'a'));
}

TEST(LexerTest, NestedCommentsAndDollarQuotes) {
  auto parsed = Parse(
      "/* a /* nested */ comment; */ -- line ; comment\n"
      "COMMENT ON TABLE t IS $x$has $$ and ; inside$x$;\n"
      "COMMENT ON TABLE u IS $$plain$$;");
  ASSERT_EQ(parsed->file.statements.size(), 2u);
  EXPECT_FALSE(parsed->sink.has_errors());
  EXPECT_EQ(*std::get<ast::Comment>(parsed->file.statements[0].body).text, "has $$ and ; inside");
  EXPECT_EQ(*std::get<ast::Comment>(parsed->file.statements[1].body).text, "plain");
}

TEST(LexerTest, StringLiterals) {
  struct Case {
    std::string literal;
    std::string value;
  };
  const Case cases[] = {
      {"'it''s'", "it's"},
      {"'back\\slash'", "back\\slash"},
      {"E'tab\\there'", "tab\there"},
      {"e'quote\\'s'", "quote's"},
      {"E'\\x41\\101\\u00e9'", "AA\xc3\xa9"},
      {"$$x$$", "x"},
      {"$tag_1$a$b$tag_1$", "a$b"},
  };
  for (const Case& c : cases) {
    auto parsed = Parse("COMMENT ON SCHEMA s IS " + c.literal + ";");
    EXPECT_EQ(*Only<ast::Comment>(*parsed).text, c.value) << c.literal;
  }
}

TEST(ParserTest, KeepsExpressionsAsTokenSpans) {
  auto parsed = Parse(
      "CREATE TABLE t (a numeric DEFAULT (1 + 2)::numeric NOT NULL,\n"
      "  b int CHECK (b > 0 /* why */ AND b < 10),\n"
      "  c text DEFAULT NOW ( ) COLLATE \"C\");");
  const auto& table = Only<ast::CreateTable>(*parsed);
  const ast::Constraint& a_default = table.columns[0].constraints[0];
  EXPECT_EQ(a_default.kind, ast::ConstraintKind::kDefault);
  EXPECT_EQ(a_default.expression.text, "(1 + 2)::numeric");
  EXPECT_EQ(a_default.expression.normalized, "(1 + 2)::numeric");
  EXPECT_EQ(table.columns[0].constraints[1].kind, ast::ConstraintKind::kNotNull);
  const ast::Constraint& check = table.columns[1].constraints[0];
  EXPECT_EQ(check.expression.text, "b > 0 /* why */ AND b < 10");
  EXPECT_EQ(check.expression.normalized, "b > 0 and b < 10");
  EXPECT_EQ(table.columns[2].constraints[0].expression.normalized, "now ()");
  ASSERT_TRUE(table.columns[2].collation.has_value());
  EXPECT_EQ(table.columns[2].collation->last(), "C");
}

TEST(ParserTest, MultiWordTypeNames) {
  struct Case {
    std::string written;
    std::string name;
    std::vector<std::string> modifiers;
    int dimensions;
  };
  const Case cases[] = {
      {"double precision", "double precision", {}, 0},
      {"character varying(40)", "character varying", {"40"}, 0},
      {"char(3)", "character", {"3"}, 0},
      {"timestamp(3) with time zone", "timestamp with time zone", {"3"}, 0},
      {"time without time zone", "time without time zone", {}, 0},
      {"bit varying(5)[]", "bit varying", {"5"}, 1},
      {"numeric(12, 2)", "numeric", {"12", "2"}, 0},
      {"int[][]", "int", {}, 2},
      {"text array", "text", {}, 1},
  };
  for (const Case& c : cases) {
    auto parsed = Parse("CREATE TABLE t (c " + c.written + ");");
    const ast::TypeName& type = Only<ast::CreateTable>(*parsed).columns[0].type;
    EXPECT_EQ(type.name.back(), c.name) << c.written;
    EXPECT_EQ(type.modifiers, c.modifiers) << c.written;
    EXPECT_EQ(type.array_dimensions, c.dimensions) << c.written;
  }
}

TEST(ParserTest, AcceptsPgDumpSessionSettingsAndMetaCommands) {
  auto parsed = Parse(
      "\\restrict abc\nSET statement_timeout = 0;\n"
      "SELECT pg_catalog.set_config('search_path', '', false);\n\\unrestrict abc\n");
  EXPECT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 4u);
  for (const ast::Statement& statement : parsed->file.statements) {
    EXPECT_TRUE(std::holds_alternative<ast::Setting>(statement.body));
  }
}

TEST(ParserTest, ReportsEachBrokenStatementOnceAndKeepsTheOthers) {
  auto parsed = Parse(
      "CREATE TABLE a (id int,);\nCREATE TABLE b (id int);\nCREATE TABLE c (id int int int);\n");
  ASSERT_EQ(parsed->file.statements.size(), 1u);
  ASSERT_EQ(parsed->sink.diagnostics().size(), 2u);
  EXPECT_EQ(parsed->sink.diagnostics()[0].range.line, 1u);
  EXPECT_EQ(parsed->sink.diagnostics()[0].range.column, 24u);
  EXPECT_EQ(parsed->sink.diagnostics()[1].range.line, 3u);
}

TEST(ParserTest, ColumnsCountBytesForNonAsciiLines) {
  auto parsed = Parse("CREATE TABLE café (id int,);");
  ASSERT_EQ(parsed->sink.diagnostics().size(), 1u);
  // "CREATE TABLE café (id int," is 27 bytes, so ")" is byte column 28.
  EXPECT_EQ(parsed->sink.diagnostics()[0].range.column, 28u);
}

TEST(ParserTest, ReportsUnsupportedStatementsByName) {
  auto parsed = Parse("CREATE OR REPLACE VIEW v AS SELECT 1;\nDROP TABLE t;\n");
  ASSERT_EQ(parsed->sink.diagnostics().size(), 2u);
  EXPECT_EQ(parsed->sink.diagnostics()[0].code, "unsupported-statement");
  EXPECT_EQ(parsed->sink.diagnostics()[0].message.substr(0, 22), "CREATE OR REPLACE VIEW");
  EXPECT_EQ(parsed->sink.diagnostics()[1].message.substr(0, 10), "DROP TABLE");
}

TEST(ParserTest, KeywordsCanBeColumnNames) {
  auto parsed = Parse(
      "CREATE TABLE t (name text, type text, key int, time time, start int, cycle int, "
      "\"order\" int);");
  const auto& table = Only<ast::CreateTable>(*parsed);
  ASSERT_EQ(table.columns.size(), 7u);
  EXPECT_EQ(table.columns[3].name.name, "time");
  EXPECT_EQ(table.columns[3].type.name.back(), "time without time zone");
}

}  // namespace
}  // namespace schemac::parse
