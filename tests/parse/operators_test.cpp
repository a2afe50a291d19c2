// Where an operator ends: as PostgreSQL's lexer, an operator of several characters does not end
// in + or - unless it holds one of ~ ! @ # % ^ & | ` ?, so `n_distinct=-0.5` (as pg_dump writes
// it) is "=" and "-0.5", and `a>=-1` is ">=" and "-".
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/parse/parser.h"

namespace schemac::parse {
namespace {

std::vector<std::string> Texts(const std::vector<ast::ExpressionToken>& tokens) {
  std::vector<std::string> out;
  for (const ast::ExpressionToken& token : tokens) {
    out.push_back(token.text);
  }
  return out;
}

TEST(OperatorTest, ATrailingPlusOrMinusStartsTheNextToken) {
  auto tokens = TokenizeExpression("a>=-1 and b=-2 and c<>+3 and d*-4 and e+-5");
  ASSERT_TRUE(tokens.has_value());
  EXPECT_EQ(Texts(*tokens),
            (std::vector<std::string>{"a", ">=",  "-", "1",   "and", "b", "=",   "-",
                                      "2", "and", "c", "<>",  "+",   "3", "and", "d",
                                      "*", "-",   "4", "and", "e",   "+", "-",   "5"}));
}

TEST(OperatorTest, AnOperatorWithASpecialCharacterKeepsItsTrailingMinus) {
  // PostgreSQL reads these as one operator each (none is built in, but a schema may define one).
  auto tokens = TokenizeExpression("a @- b and c !=- d and e ?| f");
  ASSERT_TRUE(tokens.has_value());
  EXPECT_EQ(Texts(*tokens), (std::vector<std::string>{"a", "@-", "b", "and", "c", "!=-", "d", "and",
                                                      "e", "?|", "f"}));
}

TEST(OperatorTest, NegativeAttributeOptionsAsPgDumpWritesThem) {
  base::DiagnosticSink sink;
  ast::File file =
      ParseFile(std::make_shared<const base::SourceFile>(
                    "t.sql", "ALTER TABLE ONLY public.t ALTER COLUMN a SET (n_distinct=-0.5);\n"),
                sink);
  ASSERT_FALSE(sink.has_errors());
  ASSERT_EQ(file.statements.size(), 1U);
  const auto& alter = std::get<ast::AlterTable>(file.statements[0].body);
  ASSERT_EQ(alter.actions.size(), 1U);
  ASSERT_EQ(alter.actions[0].options.size(), 1U);
  EXPECT_EQ(alter.actions[0].options[0].name, "n_distinct");
  EXPECT_EQ(alter.actions[0].options[0].value, "-0.5");
}

}  // namespace
}  // namespace schemac::parse
