// Bad input never crashes or hangs schemac: it gets diagnostics and exit code 1. CTest's
// timeout catches a hang.
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "support/run.h"

namespace schemac::testing {
namespace {

CommandResult CheckFile(const TempDir& dir, const std::string& text) {
  WriteFile(dir.path() / "input" / "bad.sql", text);
  return RunSchemac({"check", "input"}, dir.path());
}

void ExpectFailure(const CommandResult& result, const std::string& code) {
  EXPECT_EQ(result.exit_code, 1) << result.err.substr(0, 2000);
  EXPECT_NE(result.err.find("[" + code + "]"), std::string::npos) << result.err.substr(0, 2000);
}

TEST(BadInputTest, BinaryGarbage) {
  TempDir dir;
  std::mt19937 random(42);
  std::string bytes(1 << 20, '\0');
  for (char& byte : bytes) {
    byte = static_cast<char>(random() & 0xFF);
  }
  ExpectFailure(CheckFile(dir, bytes), "binary-file");
}

TEST(BadInputTest, PrintableGarbageStopsAfterTwentyErrors) {
  TempDir dir;
  std::mt19937 random(7);
  const std::string alphabet = "abcXYZ019 ,.;()[]'\"$-+*/<>=\n";
  std::string text(1 << 20, ' ');
  for (char& c : text) {
    c = alphabet[random() % alphabet.size()];
  }
  CommandResult result = CheckFile(dir, text);
  EXPECT_EQ(result.exit_code, 1);
  size_t errors = 0;
  for (size_t at = result.err.find(": error: "); at != std::string::npos;
       at = result.err.find(": error: ", at + 1)) {
    ++errors;
  }
  EXPECT_GE(errors, 1u);
  EXPECT_LE(errors, 20u);
}

TEST(BadInputTest, FiftyMegabyteFile) {
  TempDir dir;
  std::string statement = "CREATE TABLE t (id integer);\n";
  std::string text;
  text.reserve(50u << 20);
  while (text.size() < (50u << 20)) {
    text += statement;
  }
  ExpectFailure(CheckFile(dir, text), "file-too-large");
}

TEST(BadInputTest, UnterminatedLiteralsAndComments) {
  struct Case {
    std::string text;
    std::string code;
  };
  const Case cases[] = {
      {"CREATE TABLE t (a text DEFAULT 'open", "unterminated-literal"},
      {"CREATE TABLE t (a text DEFAULT E'open\\'", "unterminated-literal"},
      {"CREATE TABLE \"open (a int);", "unterminated-literal"},
      {"CREATE TABLE t (a text DEFAULT $q$ open $$);", "unterminated-literal"},
      {"CREATE TABLE t (a int); /* open /* nested */", "unterminated-comment"},
  };
  for (const Case& c : cases) {
    TempDir dir;
    ExpectFailure(CheckFile(dir, c.text), c.code);
  }
}

TEST(BadInputTest, HundredThousandNestedParentheses) {
  TempDir dir;
  std::string text = "CREATE TABLE t (a integer CHECK (" + std::string(100000, '(') + "a" +
                     std::string(100000, ')') + "));";
  ExpectFailure(CheckFile(dir, text), "nesting-too-deep");
}

TEST(BadInputTest, HundredThousandNestedComments) {
  TempDir dir;
  std::string open;
  std::string close;
  for (int i = 0; i < 100000; ++i) {
    open += "/*";
    close += "*/";
  }
  CommandResult closed = CheckFile(dir, open + close + "CREATE TABLE t (a integer);");
  EXPECT_EQ(closed.exit_code, 0) << closed.err.substr(0, 2000);
  ExpectFailure(CheckFile(dir, open + close.substr(2)), "unterminated-comment");
}

TEST(BadInputTest, InvalidUtf8) {
  TempDir dir;
  ExpectFailure(CheckFile(dir, "CREATE TABLE t (a text DEFAULT '\xff\xfe');"), "invalid-utf8");
  ExpectFailure(CheckFile(dir, "CREATE TABLE \xed\xa0\x80 (a int);"), "invalid-utf8");
}

TEST(BadInputTest, MissingPath) {
  TempDir dir;
  ExpectFailure(RunSchemac({"check", "nowhere"}, dir.path()), "no-such-path");
}

TEST(BadInputTest, UsageErrorsExitOne) {
  TempDir dir;
  EXPECT_EQ(RunSchemac({"frobnicate"}, dir.path()).exit_code, 1);
  EXPECT_EQ(RunSchemac({"print", "--format", "xml", "x"}, dir.path()).exit_code, 1);
  CommandResult help = RunSchemac({"--help"}, dir.path());
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("check"), std::string::npos);
}

}  // namespace
}  // namespace schemac::testing
