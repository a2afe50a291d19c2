#include "schemac/pgserver/server.h"

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pqxx/pqxx>
#include <pwd.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace schemac::pgserver {
namespace {

namespace fs = std::filesystem;

bool ProcessExists(pid_t pid) {
  return kill(pid, 0) == 0 || errno != ESRCH;
}

std::unique_ptr<EphemeralServer> StartOrFail() {
  std::string error;
  auto server = EphemeralServer::Start({}, &error);
  EXPECT_NE(server, nullptr) << error;
  return server;
}

std::string QueryOne(const std::string& connection_string, const std::string& sql) {
  pqxx::connection connection(connection_string);
  pqxx::nontransaction work(connection);
  return work.exec1(sql)[0].as<std::string>();
}

TEST(EphemeralServerTest, StartsConnectsAndCleansUp) {
  auto server = StartOrFail();
  ASSERT_NE(server, nullptr);
  const std::string dir = server->socket_dir();
  const pid_t pid = server->postmaster_pid();
  EXPECT_GT(pid, 0);
  EXPECT_EQ(server->port(), 5432);
  EXPECT_EQ(fs::path(dir).filename().string().rfind("schemac-", 0), 0u) << dir;
  EXPECT_TRUE(fs::exists(dir + "/.s.PGSQL.5432"));
  if (geteuid() == 0) {
    struct stat status {};
    ASSERT_EQ(stat(dir.c_str(), &status), 0);
    EXPECT_EQ(status.st_uid, getpwnam("postgres")->pw_uid);
  }

  const std::string version = QueryOne(server->ConnectionString(), "SELECT version()");
  EXPECT_NE(version.find("PostgreSQL 15"), std::string::npos) << version;
  EXPECT_EQ(QueryOne(server->ConnectionString(), "SHOW listen_addresses"), "");
  EXPECT_EQ(QueryOne(server->ConnectionString(), "SHOW fsync"), "off");
  EXPECT_EQ(QueryOne(server->ConnectionString(), "SHOW server_encoding"), "UTF8");

  std::string error;
  ASSERT_TRUE(server->CreateDatabase("Shop App", &error)) << error;
  EXPECT_EQ(QueryOne(server->ConnectionString("Shop App"), "SELECT current_database()"),
            "Shop App");
  EXPECT_FALSE(server->CreateDatabase("Shop App", &error));
  EXPECT_NE(error.find("already exists"), std::string::npos) << error;

  PsqlResult psql = server->RunPsql(
      "CREATE TABLE t (id int);\n"
      "INSERT INTO t VALUES (1), (2);\n"
      "\\pset tuples_only on\n"
      "\\pset format unaligned\n"
      "SELECT count(*) FROM t;\n",
      "Shop App");
  EXPECT_EQ(psql.exit_code, 0) << psql.errors;
  EXPECT_EQ(psql.output, "2\n");
  EXPECT_EQ(psql.errors, "");

  psql = server->RunPsql("SELECT 1;\nSELECT * FROM missing;\nSELECT 2;\n");
  EXPECT_EQ(psql.exit_code, 3);
  EXPECT_NE(psql.errors.find("psql:<stdin>:2: ERROR:  relation \"missing\" does not exist"),
            std::string::npos)
      << psql.errors;
  EXPECT_EQ(psql.output.find('2'), std::string::npos) << psql.output;

  const fs::path file = fs::path(dir) / "script.sql";
  std::ofstream(file) << "SELECT 1/0;\n";
  psql = server->RunPsqlFile(file.string());
  EXPECT_EQ(psql.exit_code, 3);
  EXPECT_NE(psql.errors.find("script.sql:1: ERROR:  division by zero"), std::string::npos)
      << psql.errors;

  server->Stop();
  EXPECT_EQ(server->postmaster_pid(), 0);
  server->Stop();
  EXPECT_EQ(server->RunPsql("SELECT 1").exit_code, -1);
  server.reset();
  EXPECT_FALSE(fs::exists(dir));
  EXPECT_EQ(kill(pid, 0), -1);
  EXPECT_EQ(errno, ESRCH);
}

TEST(EphemeralServerTest, TwoServersRunIndependently) {
  auto first = StartOrFail();
  auto second = StartOrFail();
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_NE(first->socket_dir(), second->socket_dir());
  EXPECT_NE(first->postmaster_pid(), second->postmaster_pid());

  ASSERT_EQ(first->RunPsql("CREATE TABLE only_in_first (id int);").exit_code, 0);
  EXPECT_EQ(QueryOne(first->ConnectionString(), "SELECT to_regclass('only_in_first')::text"),
            "only_in_first");
  {
    pqxx::connection connection(second->ConnectionString());
    pqxx::nontransaction work(connection);
    EXPECT_TRUE(work.exec1("SELECT to_regclass('only_in_first')")[0].is_null());
  }

  const std::string first_dir = first->socket_dir();
  const pid_t first_pid = first->postmaster_pid();
  first.reset();
  EXPECT_FALSE(fs::exists(first_dir));
  EXPECT_FALSE(ProcessExists(first_pid));
  EXPECT_EQ(QueryOne(second->ConnectionString(), "SELECT 40 + 2"), "42");
}

TEST(EphemeralServerTest, ChildrenStartWithTerminationSignalsUnblocked) {
  auto server = StartOrFail();
  ASSERT_NE(server, nullptr);
  // A program that takes the termination signals on a thread of its own blocks them for good.
  sigset_t blocked;
  sigset_t previous;
  sigemptyset(&blocked);
  sigaddset(&blocked, SIGTERM);
  ASSERT_EQ(pthread_sigmask(SIG_BLOCK, &blocked, &previous), 0);
  // The shell psql runs sends SIGTERM to psql.
  PsqlResult psql = server->RunPsql("\\! kill -TERM $PPID\nSELECT 1;\n");
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  EXPECT_EQ(psql.exit_code, -1) << psql.output << psql.errors;
  EXPECT_NE(psql.errors.find("psql was killed by SIGTERM"), std::string::npos) << psql.errors;
}

TEST(EphemeralServerTest, BadBinDirIsReportedWithTheDirectory) {
  ServerOptions options;
  options.bin_dir = "/nonexistent/pgsql/bin";
  std::string error;
  EXPECT_EQ(EphemeralServer::Start(options, &error), nullptr);
  EXPECT_EQ(error,
            "PostgreSQL server programs not found in /nonexistent/pgsql/bin: no executable "
            "initdb; give --pg-bindir the directory that holds initdb and postgres");
}

// Servers whose programs are stand-ins, created under a private TMPDIR so that what a failed
// start leaves behind can be seen.
class FailingServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path("/tmp") / ("schemac-failing-test-" + std::to_string(getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "bin");
    fs::create_directories(root_ / "tmp");
    // World-searchable: as root the programs run as the postgres user.
    fs::permissions(root_, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
    const char* old = std::getenv("TMPDIR");
    old_tmpdir_ = old != nullptr ? std::optional<std::string>(old) : std::nullopt;
    setenv("TMPDIR", (root_ / "tmp").c_str(), 1);
    std::string error;
    real_bin_dir_ = FindBinDir("", &error);
    ASSERT_FALSE(real_bin_dir_.empty()) << error;
  }
  void TearDown() override {
    if (old_tmpdir_) {
      setenv("TMPDIR", old_tmpdir_->c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
    fs::remove_all(root_);
  }

  void WriteProgram(const std::string& name, const std::string& script) {
    const fs::path path = root_ / "bin" / name;
    std::ofstream(path) << "#!/bin/sh\n" << script;
    fs::permissions(path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
  }
  void UseRealProgram(const std::string& name) {
    fs::create_symlink(fs::path(real_bin_dir_) / name, root_ / "bin" / name);
  }
  bool TmpIsEmpty() { return fs::is_empty(root_ / "tmp"); }

  fs::path root_;
  std::string real_bin_dir_;
  std::optional<std::string> old_tmpdir_;
};

TEST_F(FailingServerTest, InitdbFailureShowsItsOutput) {
  WriteProgram("initdb", "echo 'initdb: error: out of inodes' >&2\nexit 1\n");
  UseRealProgram("postgres");
  ServerOptions options;
  options.bin_dir = (root_ / "bin").string();
  std::string error;
  EXPECT_EQ(EphemeralServer::Start(options, &error), nullptr);
  EXPECT_EQ(error, "cannot create a database cluster: " + options.bin_dir +
                       "/initdb exited with status 1\n  initdb: error: out of inodes");
  EXPECT_TRUE(TmpIsEmpty());
}

TEST_F(FailingServerTest, PostgresFailureShowsTheServerLog) {
  UseRealProgram("initdb");
  WriteProgram("postgres", "echo 'FATAL:  could not create shared memory segment' >&2\nexit 1\n");
  ServerOptions options;
  options.bin_dir = (root_ / "bin").string();
  std::string error;
  EXPECT_EQ(EphemeralServer::Start(options, &error), nullptr);
  EXPECT_EQ(error,
            "postgres exited with status 1 before accepting connections\n"
            "  FATAL:  could not create shared memory segment");
  EXPECT_TRUE(TmpIsEmpty());
}

TEST_F(FailingServerTest, PostgresThatNeverGetsReadyTimesOut) {
  UseRealProgram("initdb");
  WriteProgram("postgres", "echo 'LOG:  starting' >&2\nexec sleep 600\n");
  ServerOptions options;
  options.bin_dir = (root_ / "bin").string();
  options.start_timeout = std::chrono::seconds(1);
  std::string error;
  EXPECT_EQ(EphemeralServer::Start(options, &error), nullptr);
  EXPECT_EQ(error, "postgres did not accept connections within 1 s\n  LOG:  starting");
  EXPECT_TRUE(TmpIsEmpty());
}

// A directory tree standing in for the places FindBinDir looks.
class FindServerBinDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("schemac-bindir-test-" + std::to_string(getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  void WriteProgram(const fs::path& relative, const std::string& text = "#!/bin/sh\n") {
    fs::create_directories((root_ / relative).parent_path());
    std::ofstream(root_ / relative) << text;
    fs::permissions(root_ / relative, fs::perms::owner_all);
  }
  void WriteServer(const std::string& version) {
    WriteProgram(fs::path(version) / "bin" / "initdb");
    WriteProgram(fs::path(version) / "bin" / "postgres");
  }

  fs::path root_;
};

TEST_F(FindServerBinDirTest, PicksTheHighestCompleteVersion) {
  WriteServer("9.6");
  WriteServer("15");
  WriteServer("13");
  WriteProgram("16/bin/psql");  // a client without the server
  fs::create_directories(root_ / "common");
  BinDirSearch search;
  search.use_environment = false;
  search.pg_config = "";
  search.versions_root = root_.string();
  std::string error;
  EXPECT_EQ(FindBinDir(search, &error), (root_ / "15" / "bin").string()) << error;
}

TEST_F(FindServerBinDirTest, AsksPgConfigFirst) {
  WriteServer("15");
  WriteServer("12");
  WriteProgram("pg_config", "#!/bin/sh\necho " + (root_ / "12" / "bin").string() + "\n");
  BinDirSearch search;
  search.use_environment = false;
  search.pg_config = (root_ / "pg_config").string();
  search.versions_root = root_.string();
  std::string error;
  EXPECT_EQ(FindBinDir(search, &error), (root_ / "12" / "bin").string()) << error;
}

TEST_F(FindServerBinDirTest, ReportsEveryPlaceTried) {
  WriteProgram("pg_config", "#!/bin/sh\necho " + root_.string() + "/client/bin\n");
  WriteProgram("16/bin/psql");
  BinDirSearch search;
  search.use_environment = false;
  search.pg_config = (root_ / "pg_config").string();
  search.versions_root = root_.string();
  std::string error;
  EXPECT_EQ(FindBinDir(search, &error), "");
  const std::string root = root_.string();
  EXPECT_EQ(error, "PostgreSQL server programs (initdb, postgres) not found; tried " + root +
                       "/pg_config --bindir (" + root + "/client/bin lacks initdb), " + root +
                       "/*/bin (" + root +
                       "/16/bin lacks initdb); install postgresql-15 or set SCHEMAC_PG_BINDIR "
                       "to the directory holding initdb and postgres");

  search.pg_config = "no-such-pg-config-program";
  search.versions_root = (root_ / "missing").string();
  EXPECT_EQ(FindBinDir(search, &error), "");
  EXPECT_NE(error.find("no-such-pg-config-program --bindir (no-such-pg-config-program not found "
                       "in PATH)"),
            std::string::npos)
      << error;
  EXPECT_NE(error.find(root + "/missing/*/bin (no such directory)"), std::string::npos) << error;
}

// StartTime returns field 22 of /proc/<pid>/stat: when the process started, in clock ticks.
unsigned long long StartTime(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string text;
  std::getline(in, text);
  std::istringstream fields(text.substr(text.rfind(')') + 2));
  std::string field;
  for (int number = 3; number < 22; ++number) {
    fields >> field;
  }
  unsigned long long start = 0;
  fields >> start;
  return start;
}

// PidNamespace returns the target of /proc/self/ns/pid, e.g. "pid:[4026531836]".
std::string PidNamespace() {
  std::error_code error;
  return fs::read_symlink("/proc/self/ns/pid", error).string();
}

// WaitUntilGone waits up to ten seconds for `pid` to end (not merely to become a zombie).
bool WaitUntilGone(pid_t pid) {
  for (int i = 0; i < 1000; ++i) {
    siginfo_t info{};
    const bool zombie_of_ours =
        waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
        info.si_pid == pid;
    if (!ProcessExists(pid) || zombie_of_ours) {
      return true;
    }
    usleep(10 * 1000);
  }
  return false;
}

// While alive, TMPDIR names a fresh directory, so that a test sees only its own servers there.
class PrivateTmpdir {
 public:
  PrivateTmpdir() {
    std::string pattern = "/tmp/schemac-t-XXXXXX";
    EXPECT_NE(mkdtemp(pattern.data()), nullptr);
    path_ = pattern;
    // As root the servers run as postgres, who must reach their directories.
    chmod(path_.c_str(), 0755);
    const char* previous = std::getenv("TMPDIR");
    if (previous != nullptr) {
      previous_ = previous;
    }
    setenv("TMPDIR", path_.c_str(), 1);
  }
  ~PrivateTmpdir() {
    if (previous_) {
      setenv("TMPDIR", previous_->c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::optional<std::string> previous_;
};

// Runs pgserver_signal_helper in its own process group and reads the line it prints once its
// server is up.
class ServerCleanupTest : public ::testing::Test {
 protected:
  void StartHelper(const std::vector<std::string>& arguments = {}) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
    posix_spawnattr_setpgroup(&attributes, 0);
    std::vector<std::string> argv_strings = {PGSERVER_SIGNAL_HELPER};
    argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& argument : argv_strings) {
      argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    ASSERT_EQ(posix_spawn(&helper_, argv[0], &actions, &attributes, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    close(fds[1]);

    std::string line;
    char c = 0;
    pollfd polled{fds[0], POLLIN, 0};
    while (poll(&polled, 1, 60 * 1000) == 1 && read(fds[0], &c, 1) == 1 && c != '\n') {
      line += c;
    }
    close(fds[0]);
    std::istringstream fields(line);
    fields >> dir_ >> postmaster_;
    ASSERT_FALSE(dir_.empty()) << "the helper printed: " << line;
    ASSERT_GT(postmaster_, 0) << "the helper printed: " << line;
    ASSERT_TRUE(fs::exists(dir_));
    ASSERT_TRUE(ProcessExists(postmaster_));
  }

  // WaitForHelper returns the helper's wait status.
  int WaitForHelper() {
    int status = 0;
    EXPECT_EQ(waitpid(helper_, &status, 0), helper_);
    helper_ = -1;
    return status;
  }

  void TearDown() override {
    if (helper_ > 0) {
      kill(helper_, SIGKILL);
      waitpid(helper_, nullptr, 0);
    }
  }

  void ExpectCleanedUp() {
    EXPECT_FALSE(fs::exists(dir_)) << dir_;
    EXPECT_FALSE(ProcessExists(postmaster_)) << postmaster_;
  }

  pid_t helper_ = -1;
  std::string dir_;
  pid_t postmaster_ = 0;
};

TEST_F(ServerCleanupTest, CtrlCAtTheTerminalStopsTheServer) {
  StartHelper();
  // A terminal sends SIGINT to the whole foreground process group.
  ASSERT_EQ(kill(-helper_, SIGINT), 0);
  const int status = WaitForHelper();
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) << status;
  ExpectCleanedUp();
}

TEST_F(ServerCleanupTest, SigtermStopsTheServer) {
  StartHelper();
  ASSERT_EQ(kill(helper_, SIGTERM), 0);
  const int status = WaitForHelper();
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGTERM) << status;
  ExpectCleanedUp();
}

TEST_F(ServerCleanupTest, SighupStopsTheServer) {
  StartHelper();
  ASSERT_EQ(kill(helper_, SIGHUP), 0);
  const int status = WaitForHelper();
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGHUP) << status;
  ExpectCleanedUp();
}

TEST_F(ServerCleanupTest, ExitWithoutStopStopsTheServer) {
  StartHelper({"exit"});
  const int status = WaitForHelper();
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  ExpectCleanedUp();
}

TEST_F(ServerCleanupTest, DirectoryOfAKilledOwnerIsRemovedByTheNextStart) {
  PrivateTmpdir tmpdir;
  StartHelper();
  ASSERT_EQ(fs::path(dir_).parent_path(), fs::path(tmpdir.path()));
  // SIGKILL leaves no chance to clean up: the directory stays.
  ASSERT_EQ(kill(helper_, SIGKILL), 0);
  WaitForHelper();
  ASSERT_TRUE(fs::exists(dir_));

  auto server = StartOrFail();
  ASSERT_NE(server, nullptr);
  EXPECT_FALSE(fs::exists(dir_)) << dir_;
  EXPECT_TRUE(WaitUntilGone(postmaster_)) << postmaster_;
  EXPECT_TRUE(fs::exists(server->socket_dir()));
}

TEST_F(ServerCleanupTest, DirectoryOfALiveOwnerIsLeftAlone) {
  PrivateTmpdir tmpdir;
  StartHelper();
  auto server = StartOrFail();
  ASSERT_NE(server, nullptr);
  EXPECT_TRUE(fs::exists(dir_));
  EXPECT_TRUE(ProcessExists(postmaster_));
  EXPECT_EQ(QueryOne(fmt::format("host={} port=5432 user=postgres dbname=postgres", dir_),
                     "SELECT 40 + 2"),
            "42");
  ASSERT_EQ(kill(helper_, SIGTERM), 0);
  WaitForHelper();
  ExpectCleanedUp();
}

TEST(StaleDirectoryTest, PostmasterStillRunningInAStaleDirectoryIsStopped) {
  PrivateTmpdir tmpdir;
  auto first = StartOrFail();
  ASSERT_NE(first, nullptr);
  const std::string dir = first->socket_dir();
  const pid_t postmaster = first->postmaster_pid();
  // As if its owner had been killed while the postmaster went on running.
  std::ofstream(dir + "/owner", std::ios::trunc) << "999999999 1 " << PidNamespace() << "\n";

  auto second = StartOrFail();
  ASSERT_NE(second, nullptr);
  EXPECT_FALSE(fs::exists(dir)) << dir;
  EXPECT_TRUE(WaitUntilGone(postmaster)) << postmaster;
  first.reset();
}

TEST(StaleDirectoryTest, OnlyDirectoriesOfOwnersThatAreGoneAreRemoved) {
  PrivateTmpdir tmpdir;
  const fs::path base = tmpdir.path();
  auto make = [&](const std::string& name, const std::optional<std::string>& owner) {
    fs::create_directories(base / name / "data");
    std::ofstream(base / name / "data" / "PG_VERSION") << "15\n";
    if (owner) {
      std::ofstream(base / name / "owner") << *owner;
    }
  };
  const std::string pid_namespace = PidNamespace();
  ASSERT_TRUE(pid_namespace.starts_with("pid:[")) << pid_namespace;
  const std::string self = fmt::format("{} {} {}\n", getpid(), StartTime(getpid()), pid_namespace);
  const std::string gone = fmt::format("999999999 12345 {}\n", pid_namespace);
  make("schemac-gone01", gone);
  // The pid of this process, but another start time: a process that had the pid before.
  make("schemac-reuse1",
       fmt::format("{} {} {}\n", getpid(), StartTime(getpid()) + 1, pid_namespace));
  make("schemac-alive1", self);
  make("schemac-nofile", std::nullopt);
  make("schemac-junk01", "not an owner\n");
  make("schemac-short1", "999999999 12345\n");
  // A process of another pid namespace (a container sharing /tmp) cannot be seen from here.
  make("schemac-contnr", "999999999 12345 pid:[1]\n");
  make("schemac-gone01x", gone);  // not a name mkdtemp gives
  make("other-gone0001", gone);
  make("target", gone);
  fs::create_directory_symlink(base / "target", base / "schemac-link01");
  if (geteuid() == 0) {
    // An owner file of another user is not this user's to act on.
    make("schemac-other1", gone);
    ASSERT_EQ(chown((base / "schemac-other1" / "owner").c_str(), 65534, 65534), 0);
  }

  auto server = StartOrFail();
  ASSERT_NE(server, nullptr);
  EXPECT_FALSE(fs::exists(base / "schemac-gone01"));
  EXPECT_FALSE(fs::exists(base / "schemac-reuse1"));
  for (const std::string kept :
       {"schemac-alive1", "schemac-nofile", "schemac-junk01", "schemac-short1", "schemac-contnr",
        "schemac-gone01x", "other-gone0001", "target/data/PG_VERSION"}) {
    EXPECT_TRUE(fs::exists(base / kept)) << kept;
  }
  EXPECT_TRUE(fs::is_symlink(base / "schemac-link01"));
  if (geteuid() == 0) {
    EXPECT_TRUE(fs::exists(base / "schemac-other1"));
  }
}

}  // namespace
}  // namespace schemac::pgserver
