// Child processes for the ephemeral server: initdb, postgres, psql and pg_config.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

namespace schemac::pgserver {

// An OS user to run a child process as (PostgreSQL refuses to run as root).
struct Identity {
  std::string name;
  uid_t uid = 0;
  gid_t gid = 0;
  std::vector<gid_t> groups;  // supplementary groups
};

// LookUpIdentity fills *identity for user `name`; false with *error when there is no such user.
bool LookUpIdentity(const char* name, Identity* identity, std::string* error);

struct SpawnOptions {
  std::vector<std::string> argv;     // argv[0] is the program's path
  const Identity* run_as = nullptr;  // nullptr: the current user
  bool own_process_group = false;
  int parent_death_signal = 0;  // Linux: sent to the child when the spawning thread exits
  std::string working_dir;      // empty: inherited
  // Descriptors to use as the child's standard streams; -1 is /dev/null.
  int stdin_fd = -1;
  int stdout_fd = -1;
  int stderr_fd = -1;
  // Registry slot whose process id is set to the child's before a terminating signal can be
  // handled, and cleared before the child is reaped; -1 for none.
  int registry_slot = -1;
  bool registry_kill_group = false;  // how the signal handler stops it (see registry.h)
};

// Spawn starts a child with an environment cleaned of PG* variables and with LC_ALL=C. Returns
// the child's pid, or -1 with *error when it could not be started (including a failed exec).
pid_t Spawn(const SpawnOptions& options, std::string* error);

// How a child ended.
struct ExitStatus {
  int exit_code = -1;    // when it exited, else -1
  int term_signal = 0;   // when a signal killed it
  bool unknown = false;  // reaped by someone else (a signal handler)
};

// HasExited reports whether `pid` has exited, without reaping it.
bool HasExited(pid_t pid);
// Reap waits for `pid` and reaps it; with `registry_slot` >= 0 it first takes the pid out of the
// registry, and reports `unknown` when a signal handler took it first.
ExitStatus Reap(pid_t pid, int registry_slot);

// DescribeExit says how a program ended, e.g. "exited with status 1" or "was killed by SIGKILL".
std::string DescribeExit(const ExitStatus& status);

struct RunResult {
  ExitStatus status;
  std::string output;  // standard output
  std::string errors;  // standard error
};

// Run spawns the child with pipes for its standard streams (the stream fields of `options` are
// ignored), writes `input` to its standard input, captures its output, and waits for it.
// Returns false with *error when it could not be started.
bool Run(const SpawnOptions& options, std::string_view input, RunResult* result,
         std::string* error);

// LastLines returns up to `count` final non-empty lines of `text`, each indented by two spaces
// and preceded by a newline (ready to append to a one-line message).
std::string LastLines(std::string_view text, int count);

}  // namespace schemac::pgserver
