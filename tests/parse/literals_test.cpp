// String and identifier forms read as PostgreSQL reads them: Unicode escapes in U&'...' strings
// and U&"..." identifiers (with the default escape character or one chosen by UESCAPE), and strings
// that go on in another quoted part on a following line.
#include "schemac/parse/literals.h"

#include <string>

#include <gtest/gtest.h>

#include "parsed.h"

namespace schemac::parse {
namespace {

TEST(UnicodeEscapeTest, DecodesFourAndSixDigitEscapes) {
  EXPECT_EQ(DecodeStringLiteral(R"(U&'d\0061t\+000061')"), "data");
  EXPECT_EQ(DecodeStringLiteral(R"(u&'caf\00e9 \+01F600')"), "caf\xc3\xa9 \xf0\x9f\x98\x80");
  EXPECT_EQ(DecodeStringLiteral(R"(U&'it''s \\ here')"), "it's \\ here");
}

TEST(UnicodeEscapeTest, CombinesASurrogatePair) {
  EXPECT_EQ(DecodeStringLiteral(R"(U&'\D83D\DE00')"), "\xf0\x9f\x98\x80");
  EXPECT_EQ(DecodeStringLiteral(R"(U&'\D83D')"), std::nullopt);
  EXPECT_EQ(DecodeStringLiteral(R"(U&'\DE00')"), std::nullopt);
  EXPECT_EQ(DecodeStringLiteral(R"(U&'\D83Dx')"), std::nullopt);
}

TEST(UnicodeEscapeTest, TakesTheEscapeCharacterOfUescape) {
  EXPECT_EQ(DecodeStringLiteral("U&'d!0061t!+000061 \\ !!' UESCAPE '!'"), "data \\ !");
  EXPECT_EQ(DecodeUnicodeLiteral("U&\"d!0061t\" uescape\n'!'"), "dat");
  // PostgreSQL refuses a hex digit, +, a quote or white space as the escape character.
  EXPECT_EQ(DecodeStringLiteral("U&'x' UESCAPE 'a'"), std::nullopt);
  EXPECT_EQ(DecodeStringLiteral("U&'x' UESCAPE '+'"), std::nullopt);
}

TEST(UnicodeEscapeTest, RefusesWhatPostgresRefuses) {
  EXPECT_EQ(DecodeStringLiteral(R"(U&'\006')"), std::nullopt);
  EXPECT_EQ(DecodeStringLiteral(R"(U&'\x')"), std::nullopt);
  EXPECT_EQ(DecodeStringLiteral(R"(U&'\0000')"), std::nullopt);
  EXPECT_EQ(DecodeStringLiteral(R"(U&'\+110000')"), std::nullopt);
}

TEST(UnicodeEscapeTest, NamesWrittenWithEscapesAreTheNamesTheyEscape) {
  auto parsed = Parse(
      "CREATE TABLE U&\"d\\0061t\\+000061\" (U&\"!00e9\" UESCAPE '!' int);\n"
      "COMMENT ON TABLE data IS U&'\\00e9t\\00e9';\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 2U);
  const auto& table = std::get<ast::CreateTable>(parsed->file.statements[0].body);
  EXPECT_EQ(table.name.last(), "data");
  ASSERT_EQ(table.columns.size(), 1U);
  EXPECT_EQ(table.columns[0].name.name, "\xc3\xa9");
  const auto& comment = std::get<ast::Comment>(parsed->file.statements[1].body);
  EXPECT_EQ(comment.text, "\xc3\xa9t\xc3\xa9");
}

TEST(StringContinuationTest, JoinsQuotedPartsOnFollowingLines) {
  EXPECT_EQ(DecodeStringLiteral("'ab'\n  'cd'"), "abcd");
  EXPECT_EQ(DecodeStringLiteral("'a''b' \r\n-- between\n\n'c'"), "a'bc");
  EXPECT_EQ(DecodeStringLiteral("E'x\\t'\n'\\n'"), "x\t\n");
  EXPECT_EQ(DecodeStringLiteral("U&'\\00e9'\n'\\00e9'"), "\xc3\xa9\xc3\xa9");
}

TEST(StringContinuationTest, ACommentTakesThePartsOfItsString) {
  auto parsed = Parse(
      "COMMENT ON TABLE t IS 'one'\n  -- the second part\n  'two';\n"
      "COMMENT ON TABLE u IS 'same' 'line';\n");
  ASSERT_EQ(parsed->file.statements.size(), 1U);
  EXPECT_EQ(std::get<ast::Comment>(parsed->file.statements[0].body).text, "onetwo");
  // PostgreSQL joins only parts on different lines: two strings on one line are a syntax error.
  EXPECT_TRUE(parsed->sink.has_errors());
}

// A dollar quote's tag may hold letters beyond ASCII, and ends only at the same tag.
TEST(DollarQuoteTest, TagsWithLettersBeyondAsciiEndAtTheSameTag) {
  auto parsed = Parse(
      "COMMENT ON TABLE t IS $\xc3\xa9$Gr\xc3\xb6\xc3\x9f$\xc3\xa8$e$\xc3\xa9$;\n"
      "COMMENT ON TABLE u IS $\xc3\x84\xc3\x96$x$\xc3\x84\xc3\x96$;\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 2U);
  EXPECT_EQ(std::get<ast::Comment>(parsed->file.statements[0].body).text,
            "Gr\xc3\xb6\xc3\x9f$\xc3\xa8$e");
  EXPECT_EQ(std::get<ast::Comment>(parsed->file.statements[1].body).text, "x");
  // Without its closing tag, the string runs to the end of the file.
  EXPECT_TRUE(Parse("COMMENT ON TABLE t IS $\xc3\xa9$x$e$;\n")->sink.has_errors());
}

}  // namespace
}  // namespace schemac::parse
