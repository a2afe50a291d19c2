#include "schemac/base/quote.h"

#include <gtest/gtest.h>

#include "schemac/base/keywords.h"

namespace schemac::base {
namespace {

TEST(QuoteIdentifierTest, QuotesLikeQuoteIdent) {
  struct Case {
    std::string input;
    std::string want;
  };
  // Expected values are what PostgreSQL 15's quote_ident() returns for each input.
  const Case cases[] = {
      {"orders", "orders"},
      {"Orders", "\"Orders\""},
      {"user", "\"user\""},
      {"order", "\"order\""},
      {"name", "name"},
      {"a b", "\"a b\""},
      {"a\"b", "\"a\"\"b\""},
      {"semi;colon", "\"semi;colon\""},
      {"_x1", "_x1"},
      {"1x", "\"1x\""},
      {"caf\xc3\xa9", "\"caf\xc3\xa9\""},
      {"", "\"\""},
      {"between", "\"between\""},
      {"key", "key"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(QuoteIdentifier(c.input), c.want) << c.input;
  }
}

TEST(QuoteLiteralTest, QuotesLikeQuoteLiteral) {
  // Expected values are what PostgreSQL 15's quote_literal() returns: a backslash makes an
  // escape string, which reads the same whatever standard_conforming_strings says.
  EXPECT_EQ(QuoteLiteral("it's"), "'it''s'");
  EXPECT_EQ(QuoteLiteral("back\\slash"), "E'back\\\\slash'");
  EXPECT_EQ(QuoteLiteral("\\'; DROP TABLE victim; --"), "E'\\\\''; DROP TABLE victim; --'");
  EXPECT_EQ(QuoteLiteral(""), "''");
}

TEST(QuoteQualifiedTest, QuotesEachPart) {
  EXPECT_EQ(QuoteQualified("Sales", "order"), "\"Sales\".\"order\"");
  EXPECT_EQ(QuoteQualified("public", "t"), "public.t");
}

TEST(KeywordTest, CategoriesArePostgresql15s) {
  struct Case {
    std::string word;
    KeywordCategory want;
    bool column_identifier;
  };
  // Expected values are pg_get_keywords()'s catcode in PostgreSQL 15.
  const Case cases[] = {
      {"user", KeywordCategory::kReserved, false},
      {"order", KeywordCategory::kReserved, false},
      {"all", KeywordCategory::kReserved, false},
      {"offset", KeywordCategory::kReserved, false},
      {"analyse", KeywordCategory::kReserved, false},
      {"left", KeywordCategory::kTypeFunctionName, false},
      {"natural", KeywordCategory::kTypeFunctionName, false},
      {"verbose", KeywordCategory::kTypeFunctionName, false},
      {"int", KeywordCategory::kColumnName, true},
      {"time", KeywordCategory::kColumnName, true},
      {"key", KeywordCategory::kUnreserved, true},
      {"zone", KeywordCategory::kUnreserved, true},
      {"abort", KeywordCategory::kUnreserved, true},
      {"orders", KeywordCategory::kNone, true},
      {"USER", KeywordCategory::kNone, true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(KeywordCategoryOf(c.word), c.want) << c.word;
    EXPECT_EQ(IsColumnIdentifier(c.word), c.column_identifier) << c.word;
  }
}

}  // namespace
}  // namespace schemac::base
