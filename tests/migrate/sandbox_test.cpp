// `schemac sandbox -- COMMAND`: a temporary server and database for one command.
#include <chrono>
#include <filesystem>
#include <thread>
#include <utility>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;

TEST(SandboxCommandTest, RunsTheCommandWithTheDatabaseSet) {
  TempDir dir;
  CommandResult sandbox =
      RunSchemac({"sandbox", "--", "sh", "-c",
                  "psql -X -Atc 'select current_database()' && "
                  "psql -X \"$DATABASE_URL\" -Atc 'select current_user' && echo \"$PGHOST\""},
                 dir.path());
  EXPECT_EQ(sandbox.exit_code, 0) << sandbox.err;
  std::vector<std::string> lines = Lines(sandbox.out);
  ASSERT_EQ(lines.size(), 3u) << sandbox.out << sandbox.err;
  EXPECT_EQ(lines[0], "sandbox");
  EXPECT_EQ(lines[1], "postgres");
  // The server's directory is removed when the command ends.
  ASSERT_FALSE(lines[2].empty());
  EXPECT_FALSE(fs::exists(lines[2])) << lines[2];
}

TEST(SandboxCommandTest, ReturnsTheCommandsExitStatus) {
  TempDir dir;
  CommandResult sandbox =
      RunSchemac({"sandbox", "--database", "other", "--", "sh", "-c",
                  "echo \"$PGHOST\"; psql -X -Atc 'select current_database()'; exit 3"},
                 dir.path());
  EXPECT_EQ(sandbox.exit_code, 3) << sandbox.err;
  std::vector<std::string> lines = Lines(sandbox.out);
  ASSERT_EQ(lines.size(), 2u) << sandbox.out << sandbox.err;
  EXPECT_FALSE(lines[0].empty());
  EXPECT_FALSE(fs::exists(lines[0])) << lines[0];
  EXPECT_EQ(lines[1], "other");
}

TEST(SandboxCommandTest, CommandEndedBySignalGivesItsNumber) {
  TempDir dir;
  CommandResult sandbox = RunSchemac({"sandbox", "--", "sh", "-c", "kill -KILL $$"}, dir.path());
  EXPECT_EQ(sandbox.exit_code, 128 + 9) << sandbox.err;
}

TEST(SandboxCommandTest, CommandCanBeEndedByTerminationSignals) {
  // schemac takes SIGINT, SIGTERM and SIGHUP on a thread of its own, with the signals blocked
  // everywhere else; the command must not inherit them blocked.
  TempDir dir;
  for (const auto& [name, number] :
       {std::pair{"INT", SIGINT}, {"TERM", SIGTERM}, {"HUP", SIGHUP}}) {
    struct sigaction current {};
    sigaction(number, nullptr, &current);
    if ((current.sa_flags & SA_SIGINFO) == 0 && current.sa_handler == SIG_IGN) {
      continue;  // ignored where the tests run (nohup): the command inherits that, by design
    }
    CommandResult sandbox = RunSchemac(
        {"sandbox", "--", "sh", "-c", fmt::format("kill -{} $$; echo survived", name)}, dir.path());
    EXPECT_EQ(sandbox.exit_code, 128 + number) << name << ": " << sandbox.out << sandbox.err;
    EXPECT_EQ(sandbox.out, "") << name;
  }
}

TEST(SandboxCommandTest, DatabaseUrlWorksForAnyDatabaseName) {
  TempDir dir;
  for (const std::string name : {"50%off", "what?"}) {
    CommandResult sandbox =
        RunSchemac({"sandbox", "--database", name, "--", "sh", "-c",
                    "psql -X \"$DATABASE_URL\" -Atc 'select current_database()'"},
                   dir.path());
    EXPECT_EQ(sandbox.exit_code, 0) << sandbox.err;
    EXPECT_EQ(sandbox.out, name + "\n") << sandbox.err;
  }
}

TEST(SandboxCommandTest, InterruptedSandboxRemovesItsServer) {
  TempDir dir;
  // The command sends SIGTERM to schemac, its parent.
  CommandResult sandbox = RunSchemac(
      {"sandbox", "--", "sh", "-c", "echo \"$PGHOST\"; kill -TERM $PPID; sleep 1"}, dir.path());
  EXPECT_EQ(sandbox.exit_code, -1) << "schemac was not ended by the signal";
  std::vector<std::string> lines = Lines(sandbox.out);
  ASSERT_EQ(lines.size(), 1u) << sandbox.out << sandbox.err;
  ASSERT_FALSE(lines[0].empty());
  EXPECT_FALSE(fs::exists(lines[0])) << lines[0];
}

// A signal sent to schemac alone reaches the command too: it is not left running after schemac
// and its server are gone.
TEST(SandboxCommandTest, SignalSentToSchemacEndsTheCommand) {
  TempDir dir;
  CommandResult sandbox = RunSchemac(
      {"sandbox", "--", "sh", "-c", "echo $$; kill -TERM $PPID; exec sleep 100"}, dir.path());
  EXPECT_EQ(sandbox.exit_code, -1) << "schemac was not ended by the signal";
  std::vector<std::string> lines = Lines(sandbox.out);
  ASSERT_EQ(lines.size(), 1u) << sandbox.out << sandbox.err;
  // Ended: gone, or a zombie that no process reaps (a container whose first process reaps none).
  auto running = [&] {
    std::string stat = ReadFile("/proc/" + lines[0] + "/stat");
    size_t close = stat.rfind(')');
    return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] != 'Z';
  };
  for (int i = 0; i < 250 && running(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_FALSE(running()) << "the command is still running";
}

TEST(SandboxCommandTest, AppliesASchemaThroughDatabaseUrl) {
  TempDir dir;
  WriteShopV1(dir.path() / "v1");
  // Without --db, apply and plan use DATABASE_URL; the sandbox's server also normalises.
  CommandResult sandbox = RunSchemac({"sandbox", "--", "sh", "-c",
                                      "\"$0\" apply --schema v1 --dev-db \"$DATABASE_URL\" && "
                                      "\"$0\" plan --schema v1 --dev-db \"$DATABASE_URL\"",
                                      SCHEMAC_BINARY},
                                     dir.path());
  EXPECT_EQ(sandbox.exit_code, 0) << sandbox.out << sandbox.err;
  EXPECT_TRUE(Contains(sandbox.out,
                       "\nApplied 3 steps. The database matches the schema.\n"
                       "No changes. The database matches the schema.\n"))
      << sandbox.out;
}

TEST(SandboxCommandTest, CommandThatCannotRunIsAnError) {
  TempDir dir;
  CommandResult sandbox =
      RunSchemac({"sandbox", "--", (dir.path() / "no-such-command").string()}, dir.path());
  EXPECT_EQ(sandbox.exit_code, 1);
  EXPECT_TRUE(Contains(sandbox.err, "error: cannot run " +
                                        (dir.path() / "no-such-command").string() +
                                        ": No such file or directory"))
      << sandbox.err;
}

}  // namespace
}  // namespace schemac::testing
