// A private PostgreSQL server that lives as long as one command or one test.
//
// EphemeralServer::Start runs initdb into a fresh directory under the system temp directory
// (`/tmp/schemac-XXXXXX`), starts `postgres` listening only on a Unix socket in that directory
// (no TCP port) with durability turned off for speed, and waits until it accepts connections.
// The superuser is `postgres`, with trust authentication. Stop() or the destructor shuts the
// server down and removes the directory.
//
// The first Start() also installs process-wide handlers for SIGINT, SIGTERM and SIGHUP (unless
// the signal is ignored) and an atexit() hook: they stop every live server and remove its
// directory, then the signal takes its previous disposition (the default one terminates the
// process with the right status; a previously installed handler is called). Signal dispositions
// set after the first Start() replace these handlers.
//
// When the process runs as root, PostgreSQL refuses to run; initdb and postgres then run as the
// `postgres` OS user, which owns the temporary directory. Clients (libpq, psql) may still connect
// as root.
//
// The postmaster runs in its own process group, so a Ctrl-C typed at a terminal reaches only the
// schemac process, whose handler shuts the server down cleanly. On Linux the postmaster also
// receives SIGQUIT when the thread that started it exits (for example when the process is killed
// with SIGKILL), so no server outlives its owner; start servers from a thread that outlives them.
// Child processes (initdb, postgres, psql) start with SIGINT, SIGTERM and SIGHUP unblocked, also
// when the caller blocks them.
//
// A process killed with SIGKILL cannot remove its server's directory, so every directory holds a
// file `owner` naming the process that started the server: its pid and its start time (field 22
// of /proc/<pid>/stat), so that another process that reuses the pid is not taken for it. Start()
// first removes the directories `schemac-XXXXXX` of the temporary directory whose owner file was
// written by the same OS user and names a process that is gone, after stopping a postmaster still
// running in one (the process named by its postmaster.pid, when its working directory is that
// data directory). A directory whose owner lives, one without an owner file (another program's,
// or one being created) and everything else are left alone.
//
// Different servers may be started and used from different threads at once; one server's
// methods are not synchronised with each other.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace schemac::pgserver {

// The port in the socket file name. The socket directory is private, so it never clashes.
inline constexpr int kServerPort = 5432;

struct ServerOptions {
  // Directory holding initdb, postgres and psql. Empty: FindBinDir's discovery.
  std::string bin_dir;
  // How long to wait for the server to accept connections after it was started.
  std::chrono::seconds start_timeout{30};
  // Further server settings ("name=value"), applied after and over schemac's own.
  std::vector<std::string> settings;
};

// The outcome of running psql.
struct PsqlResult {
  // psql's exit status (0 success, 1 fatal psql error, 2 connection lost, 3 script error with
  // ON_ERROR_STOP), or -1 when psql could not be run or was killed by a signal.
  int exit_code = -1;
  std::string output;  // psql's standard output
  std::string errors;  // psql's standard error, or why psql could not be run
};

class EphemeralServer {
 public:
  // Start returns a server that accepts connections, or nullptr with *error set. The first line
  // of the error says what failed and how to fix it; when the failing program (initdb, postgres)
  // printed something, the last lines of its output follow, each indented by two spaces. Nothing
  // is left behind on failure.
  static std::unique_ptr<EphemeralServer> Start(const ServerOptions& options, std::string* error);

  EphemeralServer(const EphemeralServer&) = delete;
  EphemeralServer& operator=(const EphemeralServer&) = delete;
  ~EphemeralServer();

  // Stop shuts the server down (fast shutdown: open sessions are ended; after 10 s immediate
  // shutdown, after 5 s more SIGKILL), waits for the postmaster to exit and removes the directory.
  // Idempotent; the server is unusable afterwards.
  void Stop();

  // The temporary directory: the socket, the data directory (`data`) and the server log
  // (`server.log`) are inside it.
  const std::string& socket_dir() const { return dir_; }
  int port() const { return kServerPort; }
  const std::string& bin_dir() const { return bin_dir_; }
  // The postmaster's process id; 0 once stopped.
  pid_t postmaster_pid() const { return postmaster_pid_; }

  // ConnectionString returns a libpq key=value connection string for `database` as the
  // superuser, e.g. `host=/tmp/schemac-Ab12Cd port=5432 user=postgres dbname=postgres`.
  std::string ConnectionString(std::string_view database = "postgres") const;

  // RunPsql runs `psql -X -q -v ON_ERROR_STOP=1` as the superuser on `database`, feeding it `sql`
  // (SQL and psql meta-commands) on standard input, and captures its output.
  PsqlResult RunPsql(std::string_view sql, std::string_view database = "postgres") const;
  // RunPsqlFile is RunPsql on the file at `path` (psql -f), so messages name that file.
  PsqlResult RunPsqlFile(const std::string& path, std::string_view database = "postgres") const;

  // CreateDatabase runs CREATE DATABASE for `name` (quoted as needed); returns false with *error
  // set to psql's message on failure.
  bool CreateDatabase(std::string_view name, std::string* error) const;

 private:
  EphemeralServer() = default;
  PsqlResult RunPsqlWith(std::string_view input, const std::string& file,
                         std::string_view database) const;

  std::string dir_;
  std::string bin_dir_;
  pid_t postmaster_pid_ = 0;
  int slot_ = -1;  // index in the registry of live servers used by the signal handlers
};

// TearDownAllServers stops every live server of this process and removes its directory, as the
// signal handlers do; the servers' objects may only be destroyed afterwards. Async-signal-safe:
// for a program that takes the termination signals on a thread of its own (sigwait) instead of
// leaving them to the handlers, to call from that thread before it ends the process.
void TearDownAllServers();

// FindBinDir returns the directory that holds the PostgreSQL server programs (initdb and
// postgres), trying in order: `explicit_dir` when not empty, the SCHEMAC_PG_BINDIR environment
// variable when set, `pg_config --bindir` (pg_config from PATH), and the highest version in
// /usr/lib/postgresql/*/bin. An explicit directory or SCHEMAC_PG_BINDIR that lacks the programs is
// an error rather than a reason to look elsewhere. On failure returns an empty string with
// *error naming the places tried and how to fix it.
std::string FindBinDir(const std::string& explicit_dir, std::string* error);

// Where FindBinDir looks; the defaults are the real places, tests point them elsewhere.
struct BinDirSearch {
  std::string explicit_dir;
  bool use_environment = true;                        // consult SCHEMAC_PG_BINDIR
  std::string pg_config = "pg_config";                // a name found in PATH or a path; empty: skip
  std::string versions_root = "/usr/lib/postgresql";  // holds <version>/bin; empty: skip
};
std::string FindBinDir(const BinDirSearch& search, std::string* error);

}  // namespace schemac::pgserver
