// Two schemac runs on one database: the advisory lock makes the second wait for the first, so
// nothing is applied twice; a lock held too long makes a run fail cleanly.
#include <chrono>
#include <memory>
#include <string>
#include <thread>

#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

// The key of the advisory lock every schemac run takes: "schemac" in ASCII as one bigint.
constexpr long long kLockKey = 0x736368656d6163;

constexpr const char* kNoChanges = "No changes. The database matches the schema.\n";

class ApplyConcurrencyTest : public MigrateTest {
 protected:
  CommandResult Apply(const std::string& db, std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {"apply", "--schema", "v1", "--db", db, "--dev-db", DevDb()};
    args.insert(args.end(), extra.begin(), extra.end());
    return Run(args);
  }
};

TEST_F(ApplyConcurrencyTest, TwoAppliesAtOnceApplyOnce) {
  WriteShopV1(Dir() / "v1");
  // A few rounds, each on a fresh database, so that the runs overlap in different ways.
  for (int round = 0; round < 3; ++round) {
    std::string name = fmt::format("{}_{}", TestDatabase(), round);
    std::string db = CreateDatabase(name);
    CommandResult first;
    CommandResult second;
    std::thread other([&] { second = Apply(db); });
    first = Apply(db);
    other.join();
    EXPECT_EQ(first.exit_code, 0) << first.out << first.err;
    EXPECT_EQ(second.exit_code, 0) << second.out << second.err;
    // One run applied the plan; the other waited for the lock, then found nothing to do.
    const std::string applied = "\nApplied 3 steps. The database matches the schema.\n";
    int applied_runs = static_cast<int>(first.out.ends_with(applied)) +
                       static_cast<int>(second.out.ends_with(applied));
    int idle_runs =
        static_cast<int>(first.out == kNoChanges) + static_cast<int>(second.out == kNoChanges);
    EXPECT_EQ(applied_runs, 1) << first.out << "\n---\n" << second.out;
    EXPECT_EQ(idle_runs, 1) << first.out << "\n---\n" << second.out;

    EXPECT_EQ(Tables(name), "orders\nusers\n");
    CommandResult plan = Run({"plan", "--schema", "v1", "--db", db, "--dev-db", DevDb()});
    EXPECT_EQ(plan.exit_code, 0) << plan.out << plan.err;
    EXPECT_EQ(plan.out, kNoChanges);
  }
}

// HeldSession is a psql session that runs `hold` (which takes a lock and then sleeps) on a
// database until Release() ends it. `locks` is the condition on pg_locks that finds the lock it
// holds.
class HeldSession {
 public:
  HeldSession(const pgserver::EphemeralServer& server, const std::string& database,
              const std::string& hold, const std::string& locks)
      : server_(server), database_(database), locks_(locks) {
    std::string psql = server.bin_dir() + "/psql";
    std::string connection = server.ConnectionString(database);
    pid_ = fork();
    if (pid_ == 0) {
      int null = open("/dev/null", O_RDWR);
      if (null >= 0) {
        dup2(null, 0);
        dup2(null, 1);
        dup2(null, 2);
      }
      execl(psql.c_str(), psql.c_str(), "-X", "-q", "-d", connection.c_str(), "-c", hold.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~HeldSession() { Release(); }
  HeldSession(const HeldSession&) = delete;
  HeldSession& operator=(const HeldSession&) = delete;

  // Granted waits up to 10 s for the session to hold its lock.
  bool Granted() const {
    for (int i = 0; i < 100; ++i) {
      pgserver::PsqlResult result =
          server_.RunPsql(fmt::format("\\pset tuples_only on\n\\pset format unaligned\n"
                                      "SELECT count(*) FROM pg_locks WHERE granted AND {};\n",
                                      locks_),
                          database_);
      if (result.output == "1\n") {
        return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
  }

  // Release ends the session and waits for psql to exit.
  void Release() {
    if (pid_ <= 0) {
      return;
    }
    server_.RunPsql(
        fmt::format("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE granted AND {};", locks_),
        database_);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = 0;
  }

 private:
  const pgserver::EphemeralServer& server_;
  std::string database_;
  std::string locks_;
  pid_t pid_ = 0;
};

// HoldRunLock holds schemac's advisory lock on `database`.
std::unique_ptr<HeldSession> HoldRunLock(const pgserver::EphemeralServer& server,
                                         const std::string& database) {
  return std::make_unique<HeldSession>(
      server, database, fmt::format("SELECT pg_advisory_lock({}); SELECT pg_sleep(60);", kLockKey),
      fmt::format("locktype = 'advisory' AND classid = {} AND objid = {} AND objsubid = 1",
                  kLockKey >> 32, kLockKey & 0xffffffff));
}

TEST_F(ApplyConcurrencyTest, HeldLockMakesApplyFailWithLockFailed) {
  WriteShopV1(Dir() / "v1");
  std::string db = Db();
  std::unique_ptr<HeldSession> held = HoldRunLock(Server(), TestDatabase());
  ASSERT_TRUE(held->Granted()) << "psql did not take the advisory lock";

  CommandResult apply = Apply(db, {"--lock-timeout", "500ms"});
  EXPECT_EQ(apply.exit_code, 1) << apply.out << apply.err;
  EXPECT_EQ(apply.out, "");
  EXPECT_TRUE(Contains(apply.err,
                       "error: another schemac run holds the lock on this database and did not "
                       "finish within 500ms (canceling statement due to lock timeout); try again "
                       "later or raise --lock-timeout [lock-failed]"))
      << apply.err;
  EXPECT_EQ(Tables(TestDatabase()), "");
  // plan takes no lock.
  CommandResult plan = Run({"plan", "--schema", "v1", "--db", db, "--dev-db", DevDb()});
  EXPECT_EQ(plan.exit_code, 2) << plan.err;

  // Once the lock is free, the same run applies.
  held->Release();
  CommandResult after = Apply(db, {"--lock-timeout", "500ms"});
  EXPECT_EQ(after.exit_code, 0) << after.out << after.err;
  EXPECT_EQ(Tables(TestDatabase()), "orders\nusers\n");
}

TEST_F(ApplyConcurrencyTest, HeldTableLockMakesTheMigrationFailAfterTheLockTimeout) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  std::string db = Db();
  ASSERT_EQ(Apply(db).exit_code, 0);
  // Another session keeps table users locked; the plan's last step alters users, after steps
  // on orders and a new table audit.
  HeldSession held(Server(), TestDatabase(),
                   "BEGIN; LOCK TABLE users IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60);",
                   "relation = 'public.users'::regclass AND mode = 'AccessExclusiveLock'");
  ASSERT_TRUE(held.Granted()) << "psql did not lock table users";

  CommandResult apply = Run({"apply", "--schema", "v2", "--db", db, "--dev-db", DevDb(),
                             "--allow-hazards", "--lock-timeout", "500ms"});
  EXPECT_EQ(apply.exit_code, 1) << apply.out << apply.err;
  EXPECT_TRUE(Contains(apply.err,
                       "v2/users.sql:4:3: error: the server refused the migration: canceling "
                       "statement due to lock timeout; nothing was changed (the transaction was "
                       "rolled back) [apply-failed]"))
      << apply.err;
  EXPECT_TRUE(HasLine(apply.err, "note: statement: ALTER TABLE public.users ADD COLUMN name text;"))
      << apply.err;
  held.Release();
  // The earlier steps were rolled back with it.
  EXPECT_EQ(Tables(TestDatabase()), "orders\nusers\n");
  EXPECT_EQ(Columns(TestDatabase(), "orders"), "id,user_id,total");
  EXPECT_EQ(Columns(TestDatabase(), "users"), "id,email");
}

// A server that closes idle sessions must not make a run lose the lock while it works: the lock's
// session pins idle_session_timeout, and the migration runs in that session, which commits only
// while it holds the lock. Before, the lock's session sat idle while another one ran the
// migration; the server closed it, and a second run applied the same migration at once.
TEST_F(ApplyConcurrencyTest, IdleSessionTimeoutDoesNotLoseTheLock) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  std::string db = Db();
  ASSERT_EQ(Apply(db).exit_code, 0);
  Query("postgres",
        fmt::format("ALTER DATABASE {} SET idle_session_timeout = '300ms';", TestDatabase()));
  // The first run's migration waits for table users while it holds the lock.
  HeldSession held(Server(), TestDatabase(),
                   "BEGIN; LOCK TABLE users IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60);",
                   "relation = 'public.users'::regclass AND mode = 'AccessExclusiveLock'");
  ASSERT_TRUE(held.Granted()) << "psql did not lock table users";
  auto apply_v2 = [&] {
    return Run({"apply", "--schema", "v2", "--db", db, "--dev-db", DevDb(), "--allow-hazards",
                "--lock-timeout", "30s"});
  };
  CommandResult first;
  CommandResult second;
  std::thread first_run([&] { first = apply_v2(); });
  // Long enough for the server to close an idle session, for the first run to reach its
  // migration, and for the second run to wait for the lock.
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  std::thread second_run([&] { second = apply_v2(); });
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  held.Release();
  first_run.join();
  second_run.join();
  EXPECT_EQ(first.exit_code, 0) << first.out << first.err;
  EXPECT_TRUE(first.out.ends_with("The database matches the schema.\n")) << first.out;
  EXPECT_TRUE(Contains(first.out, "\nApplied ")) << first.out;
  EXPECT_EQ(second.exit_code, 0) << second.out << second.err;
  EXPECT_EQ(second.out, kNoChanges) << second.err;
  EXPECT_EQ(Columns(TestDatabase(), "users"), "id,email,name");
}

// A session ended by the server while the migration runs: a clear error, nothing changed.
TEST_F(ApplyConcurrencyTest, LostConnectionDuringTheMigrationIsReported) {
  WriteShopV1(Dir() / "v1");
  WriteShopV2(Dir() / "v2");
  std::string db = Db();
  ASSERT_EQ(Apply(db).exit_code, 0);
  HeldSession held(Server(), TestDatabase(),
                   "BEGIN; LOCK TABLE users IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(60);",
                   "relation = 'public.users'::regclass AND mode = 'AccessExclusiveLock'");
  ASSERT_TRUE(held.Granted()) << "psql did not lock table users";
  CommandResult apply;
  std::thread run([&] {
    apply = Run({"apply", "--schema", "v2", "--db", db, "--dev-db", DevDb(), "--allow-hazards",
                 "--lock-timeout", "30s"});
  });
  // schemac's sessions name themselves; end the one that waits for table users.
  std::string ended;
  for (int i = 0; i < 100 && ended != "t\n"; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ended = Query("postgres",
                  "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name "
                  "= 'schemac' AND wait_event_type = 'Lock';");
  }
  run.join();
  EXPECT_EQ(ended, "t\n");
  EXPECT_EQ(apply.exit_code, 1) << apply.out << apply.err;
  EXPECT_TRUE(Contains(apply.err,
                       "the connection was lost, so the transaction was not committed "
                       "and nothing was changed [apply-failed]"))
      << apply.err;
  EXPECT_FALSE(Contains(apply.err, "client encoding")) << apply.err;
  held.Release();
  EXPECT_EQ(Columns(TestDatabase(), "users"), "id,email");
}

}  // namespace
}  // namespace schemac::testing
