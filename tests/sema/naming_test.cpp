#include "naming.h"

#include <set>

#include <gtest/gtest.h>

#include "types.h"

namespace schemac::sema {
namespace {

TEST(MakeObjectNameTest, ShortensTheLongerPartFirst) {
  struct Case {
    std::string name1;
    std::string name2;
    std::string label;
    std::string want;
  };
  // Expected values follow PostgreSQL's makeObjectName(): 63 bytes at most.
  const Case cases[] = {
      {"orders", "", "pkey", "orders_pkey"},
      {"orders", "customer_id", "fkey", "orders_customer_id_fkey"},
      {std::string(60, 't'), "col", "key", std::string(55, 't') + "_col_key"},
      {std::string(40, 't'), std::string(40, 'c'), "idx",
       std::string(29, 't') + "_" + std::string(29, 'c') + "_idx"},
      // A two-byte character is never split.
      {std::string(58, 't') + "\xc3\xa9", "", "seq", std::string(58, 't') + "_seq"},
  };
  for (const Case& c : cases) {
    std::string got = MakeObjectName(c.name1, c.name2, c.label);
    EXPECT_EQ(got, c.want) << c.name1 << " " << c.name2;
    EXPECT_LE(got.size(), 63u);
  }
}

TEST(ChooseNameTest, AddsANumberToTheLabelWhenTaken) {
  std::set<std::string> taken = {"t_a_key", "t_a_key1"};
  auto is_taken = [&](const std::string& name) { return taken.count(name) > 0; };
  EXPECT_EQ(ChooseName("t", "a", "key", is_taken), "t_a_key2");
  EXPECT_EQ(ChooseName("t", "b", "key", is_taken), "t_b_key");
}

TEST(JoinNamePartsTest, JoinsWithUnderscores) {
  EXPECT_EQ(JoinNameParts({"a", "b", "c"}), "a_b_c");
  EXPECT_EQ(JoinNameParts({std::string(40, 'a'), std::string(40, 'b')}).size(), 63u);
}

TEST(UniqueColumnNamesTest, NumbersRepeatedNames) {
  EXPECT_EQ(UniqueColumnNames({"expr", "expr", "lower", "expr"}),
            (std::vector<std::string>{"expr", "expr1", "lower", "expr2"}));
}

TEST(FormatBuiltinTypeTest, PrintsLikeFormatType) {
  auto format = [](const std::string& base, std::vector<std::string> modifiers,
                   int dimensions = 0) {
    ast::TypeName type;
    type.name = {base};
    type.sql_standard = base.find(' ') != std::string::npos;
    type.modifiers = std::move(modifiers);
    type.array_dimensions = dimensions;
    return FormatBuiltinType(base, type);
  };
  EXPECT_EQ(format("character varying", {"40"}).text, "character varying(40)");
  EXPECT_EQ(format("character", {}).text, "character(1)");
  EXPECT_EQ(format("numeric", {"10"}).text, "numeric(10,0)");
  EXPECT_EQ(format("timestamp with time zone", {"3"}).text, "timestamp(3) with time zone");
  EXPECT_EQ(format("integer", {}, 2).text, "integer[]");
  EXPECT_EQ(format("bit", {}).text, "bit(1)");
  EXPECT_FALSE(format("integer", {"4"}).error.empty());
  EXPECT_FALSE(format("character varying", {"0"}).error.empty());
  EXPECT_EQ(*BuiltinTypeName("int8"), "bigint");
  EXPECT_EQ(*BuiltinTypeName("timestamptz"), "timestamp with time zone");
  EXPECT_FALSE(BuiltinTypeName("serial").has_value());
  EXPECT_EQ(*SerialType("bigserial"), "bigint");
}

}  // namespace
}  // namespace schemac::sema
