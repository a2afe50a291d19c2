// One size of the benchmark: the steps, each a measured child process.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "schemac/pgserver/server.h"

#include "report.h"
#include "settle.h"

namespace schemac::bench {

// The command line (bench.cpp).
struct Options {
  std::vector<int> sizes = {1000, 5000, 10000};
  std::string out;           // the report's file, or empty
  std::string schemac;       // the schemac binary
  std::string pg_bindir;     // PostgreSQL's binaries, or empty: found as schemac finds them
  std::string work_dir;      // where the temporary directory goes, or empty: $TMPDIR or /tmp
  std::string generate_dir;  // --generate: only write the schemas there
  uint64_t seed = 1;
  double timeout = 1800;  // seconds per step
  double settle = 35;     // seconds between a step that deletes many files and one that creates
  bool keep = false;      // keep the temporary directory
};

// SizeRun measures every step for one number of tables, in the directory `dir`.
class SizeRun {
 public:
  SizeRun(const Options& options, Settle& settle, const std::string& self,
          const std::string& bin_dir, const std::string& catalog_queries,
          const std::filesystem::path& dir, int tables)
      : options_(options),
        settle_(settle),
        self_(self),
        bin_dir_(bin_dir),
        catalog_queries_(catalog_queries),
        dir_(dir),
        result_{} {
    result_.tables = tables;
  }

  // Run measures every step; false on a setup error (with *error set).
  bool Run(RunInfo& info, std::string* error);
  // DumpPerSchema replaces a pg_dump that ran out of lock table space with one pg_dump per
  // schema, summed.
  void DumpPerSchema(const pgserver::EphemeralServer& server, const std::string& live);
  const SizeResult& result() const { return result_; }

 private:
  // Repeated is how a step is repeated: the same step varies widely from one run to the next on
  // a busy virtual machine, and the growth targets divide two such times.
  struct Repeated {
    int runs = 1;
    // Each run creates and deletes as many files as a load: it starts once the file system
    // settled and counts as a deletion when it ends.
    bool churns_files = false;
  };
  static constexpr Repeated kCompile = {5, false};  // a second or two
  static constexpr Repeated kPlan = {3, true};
  static constexpr Repeated kDiff = {3, false};
  // MeasureMedian runs a step `repeated.runs` times and keeps the run of median wall time, with a
  // note that gives all of them; a run that did not end as expected is kept instead, so that a
  // failure is never hidden by the median.
  void MeasureMedian(Step step, const std::vector<std::string>& argv, std::vector<int> expected,
                     Repeated repeated);
  // Measure runs one step; `expected` lists the exit codes of a completed run.
  StepResult& Measure(Step step, std::vector<std::string> argv, std::vector<int> expected,
                      const std::string& stdout_name = "");
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  // Where a step's standard output or error goes: step01.out, step01.err, ...
  std::string StepFile(Step step, const char* extension) const {
    return Path(fmt::format("step{:02}.{}", static_cast<int>(step), extension));
  }

  const Options& options_;
  Settle& settle_;
  std::string self_;
  std::string bin_dir_;
  std::string catalog_queries_;
  std::filesystem::path dir_;
  SizeResult result_;
};

}  // namespace schemac::bench
