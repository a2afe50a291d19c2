// EphemeralServer: start (temporary directory, initdb, postmaster, readiness) and stop.
#include "schemac/pgserver/server.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <fmt/format.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "owner.h"
#include "process.h"
#include "registry.h"

namespace schemac::pgserver {
namespace {

constexpr int kLogLinesInErrors = 12;
constexpr std::string_view kDirectoryTemplate = "/schemac-XXXXXX";

bool IsPlainPathCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
         c == '_' || c == '-' || c == '.';
}

// SearchableByAll reports whether every directory on `path` lets other users through, so that
// the `postgres` user can reach a directory below it when we run as root.
bool SearchableByAll(const std::string& path) {
  for (std::size_t end = path.size(); end != std::string::npos && end > 0;
       end = path.rfind('/', end - 1)) {
    struct stat status {};
    if (stat(path.substr(0, end).c_str(), &status) != 0 || (status.st_mode & S_IXOTH) == 0) {
      return false;
    }
  }
  return true;
}

// TempBase returns the directory to create the server directory in: TMPDIR when it is usable,
// else /tmp.
std::string TempBase(bool as_root) {
  const char* from_environment = std::getenv("TMPDIR");
  std::string base = from_environment != nullptr ? from_environment : "";
  while (base.size() > 1 && base.back() == '/') {
    base.pop_back();
  }
  // The socket path must fit in sockaddr_un.sun_path with its NUL, and the directory goes
  // unquoted into unix_socket_directories (a comma-separated list).
  const std::size_t socket_path_length =
      base.size() + kDirectoryTemplate.size() + fmt::format("/.s.PGSQL.{}", kServerPort).size();
  const bool usable = !base.empty() && base.front() == '/' &&
                      socket_path_length < sizeof(sockaddr_un::sun_path) &&
                      std::all_of(base.begin(), base.end(), IsPlainPathCharacter) &&
                      (!as_root || SearchableByAll(base));
  return usable ? base : "/tmp";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// IsReady reads the postmaster.pid file: since PostgreSQL 10 its eighth line says "ready" once
// the server accepts connections (what pg_ctl waits for). Connecting to probe would log an
// "incomplete startup packet" for every attempt.
bool IsReady(const std::string& data_dir, pid_t pid) {
  std::istringstream in(ReadFile(data_dir + "/postmaster.pid"));
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines.size() >= 8 && lines[0] == std::to_string(pid) && lines[7].starts_with("ready");
}

bool InitDataDirectory(const std::string& bin_dir, const std::string& dir, int slot,
                       const Identity* run_as, std::string* error) {
  SpawnOptions options;
  options.argv = {bin_dir + "/initdb", "-D", dir + "/data", "-U",         "postgres",
                  "--auth=trust",      "-E", "UTF8",        "--locale=C", "--no-sync"};
  options.run_as = run_as;
  options.own_process_group = true;
  options.parent_death_signal = SIGKILL;
  options.working_dir = dir;
  options.registry_slot = slot;
  options.registry_kill_group = true;
  RunResult result;
  if (!Run(options, "", &result, error)) {
    return false;
  }
  if (result.status.exit_code != 0) {
    *error = fmt::format("cannot create a database cluster: {} {}{}", options.argv[0],
                         DescribeExit(result.status),
                         LastLines(result.output + result.errors, kLogLinesInErrors));
    return false;
  }
  return true;
}

pid_t StartPostmaster(const std::string& bin_dir, const std::string& dir, int slot,
                      const Identity* run_as, const std::vector<std::string>& extra_settings,
                      std::string* error) {
  const std::string log_path = dir + "/server.log";
  const int log_fd = open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
  if (log_fd < 0) {
    *error = fmt::format("cannot create {}: {}", log_path, std::strerror(errno));
    return -1;
  }
  SpawnOptions options;
  options.argv = {bin_dir + "/postgres", "-D", dir + "/data"};
  const std::string settings[] = {
      "listen_addresses=",
      fmt::format("port={}", kServerPort),
      "unix_socket_directories=" + dir,
      // Nothing here needs to survive a crash.
      "fsync=off",
      "synchronous_commit=off",
      "full_page_writes=off",
      "wal_level=minimal",
      "max_wal_senders=0",
      "max_connections=20",
      // One transaction may lock every table of a large schema (a load, pg_dump).
      "max_locks_per_transaction=2048",
      "shared_buffers=32MB",
      // Output that mentions times does not depend on the machine's zone.
      "TimeZone=UTC",
      "logging_collector=off",
  };
  std::vector<std::string> all(std::begin(settings), std::end(settings));
  all.insert(all.end(), extra_settings.begin(), extra_settings.end());
  for (const std::string& setting : all) {
    options.argv.push_back("-c");
    options.argv.push_back(setting);
  }
  options.run_as = run_as;
  options.own_process_group = true;
  options.parent_death_signal = SIGQUIT;
  options.working_dir = dir;
  options.stdout_fd = log_fd;
  options.stderr_fd = log_fd;
  options.registry_slot = slot;
  const pid_t pid = Spawn(options, error);
  close(log_fd);
  return pid;
}

bool WaitUntilReady(const std::string& dir, pid_t pid, int slot, std::chrono::seconds timeout,
                    std::string* error) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  const std::string data_dir = dir + "/data";
  const std::string log_path = dir + "/server.log";
  for (;;) {
    if (HasExited(pid)) {
      const ExitStatus status = Reap(pid, slot);
      *error = fmt::format("postgres {} before accepting connections{}", DescribeExit(status),
                           LastLines(ReadFile(log_path), kLogLinesInErrors));
      return false;
    }
    if (IsReady(data_dir, pid)) {
      return true;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      *error = fmt::format("postgres did not accept connections within {} s{}", timeout.count(),
                           LastLines(ReadFile(log_path), kLogLinesInErrors));
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace

std::unique_ptr<EphemeralServer> EphemeralServer::Start(const ServerOptions& options,
                                                        std::string* error) {
  std::string bin_dir = FindBinDir(options.bin_dir, error);
  if (bin_dir.empty()) {
    return nullptr;
  }
  const bool as_root = geteuid() == 0;
  Identity postgres_user;
  const Identity* run_as = nullptr;
  if (as_root) {
    std::string lookup_error;
    if (!LookUpIdentity("postgres", &postgres_user, &lookup_error)) {
      *error = fmt::format(
          "running as root and {}; PostgreSQL refuses to run as root, so initdb and postgres run "
          "as the 'postgres' user: create it (installing postgresql-15 does) or run as another "
          "user",
          lookup_error);
      return nullptr;
    }
    if (postgres_user.uid == 0) {
      *error =
          "the 'postgres' user is root; PostgreSQL refuses to run as root: give it its own "
          "user id or run as another user";
      return nullptr;
    }
    run_as = &postgres_user;
  }
  InstallCleanupHandlers();

  std::unique_ptr<EphemeralServer> server(new EphemeralServer());
  server->bin_dir_ = std::move(bin_dir);
  std::string dir = TempBase(as_root);
  RemoveStaleDirectories(dir);
  dir += kDirectoryTemplate;
  {
    // Registered before a termination signal can be handled, so the handler removes it.
    TerminationSignalsBlocked blocked;
    DirectoryBeingCreated creating;
    if (mkdtemp(dir.data()) == nullptr) {
      *error = fmt::format("cannot create a temporary directory {}: {}", dir, std::strerror(errno));
      return nullptr;
    }
    server->dir_ = dir;
    server->slot_ = RegisterDirectory(dir.c_str());
  }
  if (server->slot_ < 0) {
    RemoveTree(dir.c_str());
    *error = fmt::format("cannot start more than {} servers at once", kMaxLiveServers);
    return nullptr;
  }
  if (!WriteOwnerFile(dir, error)) {
    return nullptr;
  }
  if (run_as != nullptr && chown(dir.c_str(), run_as->uid, run_as->gid) != 0) {
    *error = fmt::format("cannot give {} to the 'postgres' user: {}", dir, std::strerror(errno));
    return nullptr;
  }
  if (!InitDataDirectory(server->bin_dir_, dir, server->slot_, run_as, error)) {
    return nullptr;
  }
  const pid_t pid =
      StartPostmaster(server->bin_dir_, dir, server->slot_, run_as, options.settings, error);
  if (pid < 0) {
    return nullptr;
  }
  server->postmaster_pid_ = pid;
  if (!WaitUntilReady(dir, pid, server->slot_, options.start_timeout, error)) {
    return nullptr;
  }
  return server;
}

EphemeralServer::~EphemeralServer() {
  Stop();
}

void EphemeralServer::Stop() {
  if (slot_ < 0) {
    return;
  }
  TearDownSlot(slot_);
  ReleaseSlot(slot_);
  slot_ = -1;
  postmaster_pid_ = 0;
}

}  // namespace schemac::pgserver
