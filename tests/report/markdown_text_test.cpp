#include "markdown_text.h"

#include <gtest/gtest.h>

namespace schemac::report {
namespace {

TEST(ReportMarkdownTextTest, CodeSpanOutrunsBackticksInside) {
  EXPECT_EQ(CodeSpan("public.users"), "`public.users`");
  EXPECT_EQ(CodeSpan("a`b"), "``a`b``");
  EXPECT_EQ(CodeSpan("a``b`c"), "```a``b`c```");
  EXPECT_EQ(CodeSpan("`x"), "`` `x ``");
  EXPECT_EQ(CodeSpan(" x "), "`  x  `");
  EXPECT_EQ(CodeSpan("two\nlines"), "`two lines`");
  EXPECT_EQ(CodeSpan(""), "");
}

TEST(ReportMarkdownTextTest, TableCellEscapesEveryPipe) {
  EXPECT_EQ(TableCell("`a|b`"), "`a\\|b`");
  EXPECT_EQ(TableCell("||"), "\\|\\|");
  EXPECT_EQ(TableCell("plain"), "plain");
}

TEST(ReportMarkdownTextTest, TextEscapesMarkup) {
  EXPECT_EQ(MarkdownText("drops column \"email\""), "drops column \"email\"");
  EXPECT_EQ(MarkdownText("a_b *c* `d` <e> [f](g) \\"),
            "a\\_b \\*c\\* \\`d\\` \\<e\\> \\[f\\](g) \\\\");
  EXPECT_EQ(MarkdownText("one\ntwo"), "one two");
}

TEST(ReportMarkdownTextTest, CodeFenceOutrunsFencesInside) {
  EXPECT_EQ(CodeFence("SELECT 1;"), "```");
  EXPECT_EQ(CodeFence("x ``` y"), "````");
  EXPECT_EQ(CodeFence("`````"), "``````");
}

}  // namespace
}  // namespace schemac::report
