// Child processes measured the way the benchmark reports them: wall time from just before the
// spawn to the child's exit, and peak resident set size from wait4()'s rusage (ru_maxrss).
#pragma once

#include <string>
#include <vector>

#include "report.h"

namespace schemac::bench {

struct Command {
  std::vector<std::string> argv;  // argv[0]: a path, or a name looked up in PATH
  std::string stdout_path;        // empty: /dev/null
  std::string stderr_path;        // empty: /dev/null
  double timeout_seconds = 0;     // the child is killed after this long; 0: no limit
};

struct Outcome {
  bool started = false;
  std::string start_error;  // why the child could not be started
  int exit_code = -1;       // -1 when a signal ended it
  int signal = 0;
  bool timed_out = false;
  double wall_seconds = 0;
  double cpu_seconds = 0;  // user + system time of the child and the descendants it waited for
  long max_rss_kib = 0;

  // "exit 0", "killed by signal 9", "timed out after 600 s", "cannot run: ..."
  std::string Describe(double timeout_seconds) const;
};

// RunMeasured runs the command with standard input from /dev/null and an environment without
// PG* variables (connection settings come from the arguments), and waits for it.
Outcome RunMeasured(const Command& command);

// MeasurePaired runs `base` and `large` in alternation, `pairs` times each (see PairedRuns).
PairedRuns MeasurePaired(const Command& base, const Command& large, int pairs);

// ReadFile returns up to `limit` bytes of the file, or "" when it cannot be read.
std::string ReadFile(const std::string& path, size_t limit = size_t{1} << 20);

}  // namespace schemac::bench
