// The progress line: on a terminal, plan, diff, apply, verify and dump say on standard error what
// they are doing, on one line rewritten in place and erased before anything else is written, so
// that the terminal ends up showing exactly what the command printed; with --quiet, or when
// standard error is not a terminal, nothing of it is written.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

#include "migrate/migrate_fixture.h"
#include "normalize/many_tables.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

// Large enough that loading and applying take a second or more, so that counts are drawn.
constexpr int kTables = 600;
// What the scratch database loads: the schema, and per table its CREATE TABLE, its index, its
// comment and (for all tables but the first) its foreign key, added after every table exists.
constexpr int kLoadStatements = 1 + 4 * kTables - 1;

struct TerminalRun {
  int exit_code = -1;
  std::string written;  // everything the command wrote to the terminal
  std::string out;      // standard output, when it was not the terminal
};

// RunOnTerminal runs schemac with `args` in `cwd`, its standard error (and, with
// `stdout_on_terminal`, its standard output) on a pseudo-terminal `columns` wide.
TerminalRun RunOnTerminal(const std::vector<std::string>& args, const fs::path& cwd,
                          bool stdout_on_terminal, unsigned short columns = 200) {
  TempDir capture;
  const fs::path out_path = capture.path() / "out";
  std::vector<std::string> storage = {SCHEMAC_BINARY};
  storage.insert(storage.end(), args.begin(), args.end());
  winsize size{};
  size.ws_row = 50;
  size.ws_col = columns;
  int terminal = -1;
  const pid_t pid = forkpty(&terminal, nullptr, nullptr, &size);
  if (pid == 0) {
    setenv("TERM", "xterm", 1);
    ExecInChild(std::move(storage), cwd, stdout_on_terminal ? fs::path() : out_path, fs::path());
  }
  TerminalRun run;
  if (pid < 0) {
    ADD_FAILURE() << "forkpty: " << std::strerror(errno);
    return run;
  }
  char buffer[65536];
  for (;;) {
    const ssize_t got = read(terminal, buffer, sizeof buffer);
    if (got > 0) {
      run.written.append(buffer, static_cast<size_t>(got));
    } else if (got < 0 && errno == EINTR) {
      continue;
    } else {
      break;  // EIO: the command and its children closed the terminal
    }
  }
  close(terminal);
  int status = 0;
  if (waitpid(pid, &status, 0) == pid && WIFEXITED(status)) {
    run.exit_code = WEXITSTATUS(status);
  }
  run.out = ReadFile(out_path);
  return run;
}

// Screen returns what a terminal shows after `written`: carriage return, line feed, "erase to
// the end of the line" (ESC [ K) and printable characters; anything else is shown as <?>, so
// that it fails the comparison.
std::string Screen(const std::string& written) {
  std::vector<std::string> lines(1);
  size_t row = 0;
  size_t column = 0;
  for (size_t i = 0; i < written.size(); ++i) {
    const char c = written[i];
    if (c == '\r') {
      column = 0;
    } else if (c == '\n') {
      ++row;
      if (row == lines.size()) {
        lines.emplace_back();
      }
    } else if (c == '\x1b' && written.compare(i, 3, "\x1b[K") == 0) {
      if (lines[row].size() > column) {
        lines[row].resize(column);
      }
      i += 2;
    } else {
      const std::string shown = c == '\x1b' || (c >= 0 && c < ' ') ? "<?>" : std::string(1, c);
      for (char s : shown) {
        if (lines[row].size() <= column) {
          lines[row].resize(column + 1, ' ');
        }
        lines[row][column++] = s;
      }
    }
  }
  std::string screen;
  for (size_t i = 0; i < lines.size(); ++i) {
    screen += lines[i];
    if (i + 1 < lines.size()) {
      screen += '\n';
    }
  }
  return screen;
}

// WithoutCarriageReturns undoes the terminal's "\n" to "\r\n".
std::string WithoutCarriageReturns(std::string text) {
  std::erase(text, '\r');
  return text;
}

// DrawnLines returns the texts of the progress line as drawn: what follows each "\r" up to the
// next "ESC [ K".
std::vector<std::string> DrawnLines(const std::string& written) {
  std::vector<std::string> drawn;
  for (size_t at = written.find('\r'); at != std::string::npos; at = written.find('\r', at + 1)) {
    const size_t end = written.find("\x1b[K", at);
    if (end != std::string::npos && end > at + 1 && written.find_first_of("\r\n", at + 1) >= end) {
      drawn.push_back(written.substr(at + 1, end - at - 1));
    }
  }
  return drawn;
}

bool AnyMatches(const std::vector<std::string>& lines, const std::string& pattern) {
  const std::regex expression(pattern);
  for (const std::string& line : lines) {
    if (std::regex_search(line, expression)) {
      return true;
    }
  }
  return false;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    out += line + "\n";
  }
  return out;
}

class ProgressTest : public MigrateTest {
 protected:
  // WriteLargeSchema writes `tables` tables in three files.
  void WriteLargeSchema(int tables = kTables) const {
    Write("schema/a.sql", "CREATE SCHEMA app;\n");
    Write("schema/b.sql", ManyTables(0, tables / 2));
    Write("schema/c.sql", ManyTables(tables / 2, tables));
  }
  std::vector<std::string> Plan(const std::string& db) const {
    return {"plan", "--schema", "schema", "--db", db, "--dev-db", DevDb()};
  }
};

TEST_F(ProgressTest, PlanShowsEachPhaseAndTheTerminalEndsWithTheReportAlone) {
  WriteLargeSchema();
  const std::string db = Db();
  CommandResult plain = Run(Plan(db));
  ASSERT_EQ(plain.exit_code, 2) << plain.err;
  EXPECT_EQ(plain.err, "");

  TerminalRun terminal = RunOnTerminal(Plan(db), Dir(), true);
  EXPECT_EQ(terminal.exit_code, 2) << terminal.written.substr(0, 2000);
  // The report, as printed without a terminal, and nothing else.
  EXPECT_EQ(Screen(terminal.written), plain.out);

  const std::vector<std::string> drawn = DrawnLines(terminal.written);
  const std::string shown = Joined(drawn);
  EXPECT_TRUE(AnyMatches(drawn, "^\\[\\d+\\.\\ds\\] compiling")) << shown;
  EXPECT_TRUE(AnyMatches(drawn, "loading the scratch database: \\d+ of " +
                                    std::to_string(kLoadStatements) + " statements"))
      << shown;
  EXPECT_TRUE(AnyMatches(drawn, "reading the scratch database")) << shown;
  EXPECT_TRUE(AnyMatches(drawn, "reading the database")) << shown;
  EXPECT_TRUE(AnyMatches(drawn, "planning")) << shown;
  EXPECT_FALSE(AnyMatches(drawn, "starting the temporary server")) << shown;
  // The counts only grow.
  const std::regex count("loading the scratch database: (\\d+) of");
  int last = -1;
  for (const std::string& line : drawn) {
    std::smatch match;
    if (std::regex_search(line, match, count)) {
      EXPECT_GE(std::stoi(match[1]), last) << shown;
      last = std::stoi(match[1]);
    }
  }
}

TEST_F(ProgressTest, CompilingCountsFilesAndStatements) {
  // Large enough that compiling takes most of a second, so that counts are drawn.
  constexpr int kCompiledTables = 3000;
  // The schema files: 1 CREATE SCHEMA, then 3 statements per table (table, index, comment).
  constexpr int kStatements = 1 + 3 * kCompiledTables;
  WriteLargeSchema(kCompiledTables);
  // Without a server to reach, the run stops after compiling and starting the server.
  TerminalRun terminal = RunOnTerminal({"plan", "--schema", "schema", "--db", Db(), "--dev-db",
                                        "host=/nonexistent port=1 user=nobody dbname=postgres"},
                                       Dir(), true);
  EXPECT_EQ(terminal.exit_code, 1);
  const std::vector<std::string> drawn = DrawnLines(terminal.written);
  // Drawn while the files are parsed, or once all are, at the next redraw.
  EXPECT_TRUE(AnyMatches(drawn, "compiling: (\\d of 3 files, \\d+ statements|3 files, " +
                                    std::to_string(kStatements) + " statements)"))
      << Joined(drawn);
}

TEST_F(ProgressTest, StandardOutputElsewhereLeavesTheTerminalEmpty) {
  WriteLargeSchema();
  const std::string db = Db();
  TerminalRun terminal = RunOnTerminal(Plan(db), Dir(), false);
  EXPECT_EQ(terminal.exit_code, 2);
  EXPECT_FALSE(DrawnLines(terminal.written).empty());
  EXPECT_EQ(Screen(terminal.written), "");
  CommandResult plain = Run(Plan(db));
  EXPECT_EQ(terminal.out, plain.out);
}

TEST_F(ProgressTest, DiagnosticsComeOnALineOfTheirOwn) {
  WriteLargeSchema();
  Write("schema/d.sql", "CREATE TABLE app.broken (id integer REFERENCES app.missing);\n");
  const std::string db = Db();
  CommandResult plain = Run(Plan(db));
  ASSERT_EQ(plain.exit_code, 1);
  TerminalRun terminal = RunOnTerminal(Plan(db), Dir(), true);
  EXPECT_EQ(terminal.exit_code, 1);
  EXPECT_FALSE(DrawnLines(terminal.written).empty());
  EXPECT_EQ(Screen(terminal.written), plain.err);
}

TEST_F(ProgressTest, ApplyCountsTheStepsItApplies) {
  WriteLargeSchema();
  const std::string db = Db();
  TerminalRun terminal =
      RunOnTerminal({"apply", "--schema", "schema", "--db", db, "--dev-db", DevDb()}, Dir(), true);
  EXPECT_EQ(terminal.exit_code, 0);
  const std::string screen = Screen(terminal.written);
  std::smatch applied;
  ASSERT_TRUE(std::regex_search(screen, applied,
                                std::regex("\nApplied (\\d+) steps\\. The "
                                           "database matches the schema\\.\n$")))
      << screen.substr(screen.size() > 500 ? screen.size() - 500 : 0);
  const std::vector<std::string> drawn = DrawnLines(terminal.written);
  EXPECT_TRUE(AnyMatches(drawn, "applying: \\d+ of " + applied[1].str() + " steps"))
      << Joined(drawn);
  EXPECT_TRUE(AnyMatches(drawn, "verifying")) << Joined(drawn);
  // What the terminal shows is what a run without one prints.
  CommandResult again = Run({"apply", "--schema", "schema", "--db", db, "--dev-db", DevDb()});
  EXPECT_EQ(again.exit_code, 0);
  TerminalRun nothing_to_do =
      RunOnTerminal({"apply", "--schema", "schema", "--db", db, "--dev-db", DevDb()}, Dir(), true);
  EXPECT_FALSE(DrawnLines(nothing_to_do.written).empty());
  EXPECT_EQ(Screen(nothing_to_do.written), again.out);
}

TEST_F(ProgressTest, QuietWritesNothingButTheReport) {
  WriteShopV1(Dir() / "schema");
  const std::string db = Db();
  CommandResult plain = Run(Plan(db));
  std::vector<std::string> args = Plan(db);
  args.push_back("--quiet");
  TerminalRun terminal = RunOnTerminal(args, Dir(), true);
  EXPECT_EQ(terminal.exit_code, 2);
  EXPECT_EQ(WithoutCarriageReturns(terminal.written), plain.out);
  EXPECT_EQ(terminal.written.find('\x1b'), std::string::npos);
}

TEST_F(ProgressTest, WithoutATerminalNothingIsWritten) {
  WriteShopV1(Dir() / "schema");
  CommandResult plan = Run(Plan(Db()));
  EXPECT_EQ(plan.exit_code, 2);
  EXPECT_EQ(plan.err, "");
  EXPECT_EQ(plan.out.find('\r'), std::string::npos);
}

TEST_F(ProgressTest, LineIsCutToTheTerminalsWidth) {
  WriteLargeSchema();
  TerminalRun terminal = RunOnTerminal(Plan(Db()), Dir(), false, 30);
  EXPECT_EQ(terminal.exit_code, 2);
  const std::vector<std::string> drawn = DrawnLines(terminal.written);
  ASSERT_FALSE(drawn.empty());
  for (const std::string& line : drawn) {
    EXPECT_LE(line.size(), 29u) << line;
  }
  EXPECT_EQ(Screen(terminal.written), "");
}

TEST_F(ProgressTest, VerifyAndDumpShowTheirPhases) {
  WriteShopV1(Dir() / "schema");
  CommandResult plain_verify = Run({"verify", "schema"});
  ASSERT_EQ(plain_verify.exit_code, 0) << plain_verify.err;
  TerminalRun verify = RunOnTerminal({"verify", "schema"}, Dir(), true);
  EXPECT_EQ(verify.exit_code, 0);
  EXPECT_EQ(Screen(verify.written), plain_verify.out);
  std::vector<std::string> drawn = DrawnLines(verify.written);
  EXPECT_TRUE(AnyMatches(drawn, "starting the temporary server")) << Joined(drawn);
  EXPECT_TRUE(AnyMatches(drawn, "loading the scratch database")) << Joined(drawn);

  const std::string db = Db();
  ASSERT_EQ(Run({"apply", "--schema", "schema", "--db", db, "--dev-db", DevDb()}).exit_code, 0);
  CommandResult plain_dump = Run({"dump", "--db", db});
  ASSERT_EQ(plain_dump.exit_code, 0) << plain_dump.err;
  TerminalRun dump = RunOnTerminal({"dump", "--db", db}, Dir(), true);
  EXPECT_EQ(dump.exit_code, 0);
  EXPECT_EQ(Screen(dump.written), plain_dump.out);
  drawn = DrawnLines(dump.written);
  EXPECT_TRUE(AnyMatches(drawn, "reading the database")) << Joined(drawn);
}

}  // namespace
}  // namespace schemac::testing
