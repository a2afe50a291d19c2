// SIGINT, SIGTERM and SIGHUP while `schemac plan` loads the schema into a scratch database: the
// command ends with the signal's status, and leaves neither a scratch database on the --dev-db
// server nor a temporary server behind.
#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "schemac/pg/session.h"

#include "migrate/background.h"
#include "migrate/migrate_fixture.h"
#include "normalize/many_tables.h"

namespace schemac::testing {
namespace {

namespace fs = std::filesystem;
using std::chrono::seconds;

// Large enough that loading takes seconds after the first tables are there.
constexpr int kTables = 1500;
// How many tables the scratch database must hold before the signal: the load is under way.
constexpr int kTablesBeforeSignal = 100;

class SignalTest : public MigrateTest {
 protected:
  void SetUp() override {
    MigrateTest::SetUp();
    Write("schema/app.sql", "CREATE SCHEMA app;\n" + ManyTables(0, kTables));
  }

  // Psql runs `sql` with psql on a database of the server whose socket is in `socket_dir`, and
  // returns its output; "" when psql fails (the database is not there yet, or is gone).
  std::string Psql(const std::string& socket_dir, const std::string& database,
                   const std::string& sql) const {
    CommandResult result = RunCommand({Server().bin_dir() + "/psql", "-X", "-At", "-h", socket_dir,
                                       "-p", "5432", "-U", "postgres", "-d", database, "-c", sql},
                                      Dir());
    return result.exit_code == 0 ? result.out : "";
  }

  // WaitUntilLoading waits until a scratch database of `command` on the server of `socket_dir`
  // holds kTablesBeforeSignal tables of schema app; false when `command` ended first or after
  // 120 s.
  bool WaitUntilLoading(const std::string& socket_dir, const Background& command) const {
    const auto deadline = std::chrono::steady_clock::now() + seconds(120);
    while (command.Running() && std::chrono::steady_clock::now() < deadline) {
      std::string scratch = Psql(socket_dir, "postgres",
                                 fmt::format("SELECT datname FROM pg_catalog.pg_database WHERE "
                                             "datname LIKE 'schemac\\_scratch\\_{}\\_%' LIMIT 1",
                                             command.pid()));
      if (!scratch.empty()) {
        scratch.pop_back();  // the line end
        std::string tables =
            Psql(socket_dir, scratch,
                 "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON "
                 "n.oid = c.relnamespace WHERE n.nspname = 'app' AND c.relkind = 'r'");
        if (!tables.empty() && std::stoi(tables) >= kTablesBeforeSignal) {
          return true;
        }
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
  }

  // ExpectInterruptedPlanCleansUp runs `schemac plan --dev-db` of the large schema, sends
  // `signal_number` while it loads, and checks how it ended and what it left.
  void ExpectInterruptedPlanCleansUp(int signal_number) {
    const std::string db = Db();
    Background plan({"plan", "--schema", "schema", "--db", db, "--dev-db", DevDb()}, Dir());
    ASSERT_TRUE(WaitUntilLoading(Server().socket_dir(), plan))
        << "the load was not seen under way\n"
        << plan.err();
    ASSERT_EQ(kill(plan.pid(), signal_number), 0);
    std::optional<int> status = plan.Wait(seconds(60));
    ASSERT_TRUE(status) << "schemac did not end";
    EXPECT_TRUE(WIFSIGNALED(*status) && WTERMSIG(*status) == signal_number)
        << DescribeStatus(*status) << "\n"
        << plan.err();
    EXPECT_EQ(ScratchDatabases(), "");
    // The load that the drop ended is not reported: the run was interrupted.
    EXPECT_EQ(plan.err(), "");
  }
};

TEST_F(SignalTest, CtrlCDuringTheScratchLoadDropsTheScratchDatabase) {
  ExpectInterruptedPlanCleansUp(SIGINT);
}

TEST_F(SignalTest, SigtermDuringTheScratchLoadDropsTheScratchDatabase) {
  ExpectInterruptedPlanCleansUp(SIGTERM);
}

TEST_F(SignalTest, SighupDuringTheScratchLoadDropsTheScratchDatabase) {
  ExpectInterruptedPlanCleansUp(SIGHUP);
}

TEST_F(SignalTest, SigtermDuringTheScratchLoadRemovesTheTemporaryServer) {
  const std::string db = Db();
  // The temporary server goes into a directory of the test's own, to be found there.
  const fs::path tmpdir = Dir() / "tmp";
  fs::create_directory(tmpdir);
  // As root the server runs as postgres, who must reach its directory.
  chmod(tmpdir.c_str(), 0755);
  chmod(Dir().c_str(), 0755);
  Background plan({"plan", "--schema", "schema", "--db", db}, Dir(), {{"TMPDIR", tmpdir.string()}});
  std::string server_dir;
  const auto deadline = std::chrono::steady_clock::now() + seconds(120);
  while (server_dir.empty() && plan.Running() && std::chrono::steady_clock::now() < deadline) {
    for (const auto& entry : fs::directory_iterator(tmpdir)) {
      if (fs::exists(entry.path() / ".s.PGSQL.5432")) {
        server_dir = entry.path().string();
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_FALSE(server_dir.empty()) << plan.err();
  ASSERT_TRUE(WaitUntilLoading(server_dir, plan)) << plan.err();
  std::ifstream pid_file(server_dir + "/data/postmaster.pid");
  pid_t postmaster = 0;
  pid_file >> postmaster;
  ASSERT_GT(postmaster, 0);

  ASSERT_EQ(kill(plan.pid(), SIGTERM), 0);
  std::optional<int> status = plan.Wait(seconds(60));
  ASSERT_TRUE(status) << "schemac did not end";
  EXPECT_TRUE(WIFSIGNALED(*status) && WTERMSIG(*status) == SIGTERM)
      << DescribeStatus(*status) << "\n"
      << plan.err();
  EXPECT_TRUE(fs::is_empty(tmpdir)) << server_dir;
  EXPECT_TRUE(kill(postmaster, 0) != 0 && errno == ESRCH) << postmaster;
  EXPECT_EQ(plan.err(), "");
}

// SIGTERM while apply waits for a lock another session holds: the statement it sent is cancelled
// before the process ends, so that no backend of it stays queued for the lock (where it would
// hold up every later query of the table), and the table is as it was.
TEST_F(SignalTest, SigtermDuringApplyCancelsTheStatementUnderWay) {
  const std::string db = Db();
  Query(TestDatabase(), "CREATE TABLE t (id int);");
  Write("wider/t.sql", "CREATE TABLE t (id int, note text);\n");
  std::string error;
  std::unique_ptr<pg::Session> holder = pg::Session::Open(db, &error);
  ASSERT_NE(holder, nullptr) << error;
  holder->Exec("BEGIN");
  holder->Exec("LOCK TABLE public.t IN ACCESS SHARE MODE");
  Background apply(
      {"apply", "--schema", "wider", "--db", db, "--dev-db", DevDb(), "--lock-timeout", "0"},
      Dir());
  const std::string waiting =
      "SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE wait_event_type = 'Lock' AND "
      "query LIKE 'ALTER TABLE%'";
  auto deadline = std::chrono::steady_clock::now() + seconds(120);
  while (apply.Running() && Query(TestDatabase(), waiting) != "1\n" &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_EQ(Query(TestDatabase(), waiting), "1\n") << apply.err();
  ASSERT_EQ(kill(apply.pid(), SIGTERM), 0);
  std::optional<int> status = apply.Wait(seconds(60));
  ASSERT_TRUE(status) << "schemac did not end";
  EXPECT_TRUE(WIFSIGNALED(*status) && WTERMSIG(*status) == SIGTERM) << DescribeStatus(*status);
  deadline = std::chrono::steady_clock::now() + seconds(10);
  while (Query(TestDatabase(), waiting) != "0\n" && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_EQ(Query(TestDatabase(), waiting), "0\n");
  holder->Exec("ROLLBACK");
  EXPECT_EQ(Columns(TestDatabase(), "t"), "id");
}

}  // namespace
}  // namespace schemac::testing
