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
  // Twenty errors shown, then one that counts the others.
  EXPECT_EQ(errors, 21u) << result.err.substr(0, 2000);
  EXPECT_NE(result.err.find("more errors in this file not shown, after the first 20"),
            std::string::npos);
}

TEST(BadInputTest, CheckCountsWhatCompiledWhateverTheErrors) {
  // 25 unsupported statements before 375 tables in one file, as in a dump that holds
  // languages: the tables still compile and count, and the errors not shown are counted.
  std::string text;
  for (int i = 0; i < 25; ++i) {
    text += "CREATE LANGUAGE lang" + std::to_string(i) + " HANDLER plpgsql_call_handler;\n";
  }
  std::string tables;
  for (int i = 0; i < 375; ++i) {
    tables += "CREATE TABLE t" + std::to_string(i) + " (id integer PRIMARY KEY);\n";
  }
  TempDir dir;
  CommandResult failed = CheckFile(dir, text + tables);
  ExpectFailure(failed, "too-many-errors");
  EXPECT_NE(failed.err.find("5 more errors in this file not shown"), std::string::npos)
      << failed.err.substr(failed.err.size() - 500);
  EXPECT_NE(failed.out.find("375 statements"), std::string::npos) << failed.out;
  EXPECT_NE(failed.out.find("375 tables (375 columns, 375 constraints)"), std::string::npos)
      << failed.out;
  CommandResult clean = CheckFile(dir, tables);
  EXPECT_EQ(clean.exit_code, 0) << clean.err.substr(0, 2000);
  EXPECT_NE(clean.out.find("375 tables (375 columns, 375 constraints)"), std::string::npos)
      << clean.out;
}

TEST(BadInputTest, PgDumpWithDataSkipsTheRowsAndReportsCopyOnce) {
  TempDir dir;
  CommandResult result = CheckFile(dir,
                                   "CREATE TABLE public.t (id integer, name text);\n"
                                   "COPY public.t (id, name) FROM stdin;\n1\tone\n2\ttwo\n\\.\n"
                                   "COPY public.t (id, name) FROM stdin;\n3\tthree\n\\.\n");
  ExpectFailure(result, "unsupported-statement");
  EXPECT_NE(result.err.find("pg_dump --schema-only"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("\n1 error\n"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("1 table"), std::string::npos) << result.out;
}

TEST(BadInputTest, PlpgsqlAsOlderPgDumpsCreateItIsAccepted) {
  TempDir dir;
  CommandResult dumped =
      CheckFile(dir,
                "CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;\n"
                "COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';\n");
  EXPECT_EQ(dumped.exit_code, 0) << dumped.err;
  EXPECT_EQ(dumped.err, "");
  EXPECT_EQ(dumped.out.find("extension"), std::string::npos) << dumped.out;  // none counted
  // Without IF NOT EXISTS psql reports the statement as an error, so it is accepted with a
  // warning.
  CommandResult plain = CheckFile(dir, "CREATE EXTENSION plpgsql WITH SCHEMA pg_catalog;\n");
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_NE(plain.err.find("[builtin-extension]"), std::string::npos) << plain.err;
  ExpectFailure(CheckFile(dir, "COMMENT ON EXTENSION plpgsql IS 'mine';\n"),
                "unsupported-statement");
  ExpectFailure(CheckFile(dir, "CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA public;\n"),
                "duplicate-object");
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

TEST(BadInputTest, TenThousandNestedCaseExpressions) {
  TempDir dir;
  std::string expression;
  for (int i = 0; i < 10000; ++i) {
    expression += "CASE WHEN true THEN ";
  }
  expression += "1";
  for (int i = 0; i < 10000; ++i) {
    expression += " END";
  }
  ExpectFailure(CheckFile(dir, "CREATE TABLE t (a int DEFAULT " + expression + ");\n"),
                "nesting-too-deep");
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
  CommandResult unknown = RunSchemac({"frobnicate"}, dir.path());
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("unknown command \"frobnicate\"; the commands are check, print"),
            std::string::npos)
      << unknown.err;
  EXPECT_NE(unknown.err.find("--help"), std::string::npos) << unknown.err;
  EXPECT_EQ(RunSchemac({"print", "--format", "xml", "x"}, dir.path()).exit_code, 1);
  CommandResult help = RunSchemac({"--help"}, dir.path());
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("check"), std::string::npos);
}

// What a command writes to standard output that does not reach it (a full disk) is an io-error,
// never a success with a short file.
TEST(BadInputTest, StandardOutputThatCannotBeWrittenIsAnIoError) {
  TempDir dir;
  WriteFile(dir.path() / "input" / "t.sql", "CREATE TABLE t (id int);\n");
  CommandResult full = RunCommand(
      {"sh", "-c", std::string(SCHEMAC_BINARY) + " print input > /dev/full"}, dir.path());
  ExpectFailure(full, "io-error");
  EXPECT_EQ(
      RunCommand({"sh", "-c", std::string(SCHEMAC_BINARY) + " print input > /dev/null"}, dir.path())
          .exit_code,
      0);
}

// --up and --down never overwrite each other or a file of the schema the command reads, and an
// empty path is refused: all before any server is started.
TEST(BadInputTest, ScriptPathsThatWouldOverwriteAreRefused) {
  TempDir dir;
  WriteFile(dir.path() / "a" / "t.sql", "CREATE TABLE t (id int);\n");
  WriteFile(dir.path() / "b" / "t.sql", "CREATE TABLE t (id bigint);\n");
  CommandResult inside =
      RunSchemac({"diff", "--from", "a", "--to", "b", "--up", "b/t.sql"}, dir.path());
  ExpectFailure(inside, "io-error");
  EXPECT_EQ(ReadFile(dir.path() / "b" / "t.sql"), "CREATE TABLE t (id bigint);\n");
  ExpectFailure(
      RunSchemac({"diff", "--from", "a", "--to", "b", "--up", "up.sql", "--down", "./up.sql"},
                 dir.path()),
      "io-error");
  CommandResult empty = RunSchemac({"diff", "--from", "a", "--to", "b", "--down", ""}, dir.path());
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_NE(empty.err.find("an empty path"), std::string::npos) << empty.err;
}

}  // namespace
}  // namespace schemac::testing
