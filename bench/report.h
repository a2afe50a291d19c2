// The benchmark's results and their markdown report, with the targets checked.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace schemac::bench {

// The size the targets name, and the larger size whose growth over it they bound.
inline constexpr int kTargetSize = 5000;
inline constexpr int kLargeSize = 10000;

// The measured steps of one size, in the order they run.
enum class Step {
  kGenerate,
  kCheck,
  kPrintV1,
  kPrintV2,
  kLoadV1,
  kLoadV2,
  kDump,
  kCatalogQueries,
  kPlanNoChange,
  kPlanChanges,
  kDiff,
};
inline constexpr size_t kStepCount = static_cast<size_t>(Step::kDiff) + 1;

const char* StepLabel(Step step);
// Whether the step runs schemac (its memory counts against the memory target).
bool IsSchemac(Step step);

struct StepResult {
  bool ran = false;
  bool completed = false;  // ran to the end (plan/diff: exit 0 or 2), so the times mean something
  bool as_expected = false;
  std::string status;  // "ok", "ok, changes", "changes found (expected none)", "exit 1", ...
  double wall_seconds = 0;
  double cpu_seconds = 0;
  long max_rss_kib = 0;   // the process tree (a plan's scratch server included)
  long self_rss_kib = 0;  // schemac alone, from its `memory<TAB>peak-rss-kib` line; 0 if absent
  // SchemacRssKib is the memory schemac itself used: its own report, else the process tree's.
  long SchemacRssKib() const { return self_rss_kib > 0 ? self_rss_kib : max_rss_kib; }
  std::map<std::string, double> phases;  // from `timing<TAB>phase<TAB>seconds`, summed per phase
  std::vector<std::string> errors;       // first lines of standard error when it failed
};

struct SizeResult {
  int tables = 0;
  std::string v1_summary;          // schemac check's summary line
  std::string v2_changes;          // what v2 changes
  std::vector<std::string> notes;  // remarks on how steps ran
  std::array<StepResult, kStepCount> steps;

  StepResult& operator[](Step step) { return steps[static_cast<size_t>(step)]; }
  const StepResult& operator[](Step step) const { return steps[static_cast<size_t>(step)]; }
};

// PairedRuns are the wall times of one command on two sizes, run in alternation (base, large,
// base, large, ...). A virtual machine's speed drifts over minutes as its neighbours get busy;
// runs minutes apart, one size after the other, then divide a fast time by a slow one, where
// alternating runs slow both sizes alike.
struct PairedRuns {
  int base_tables = 0;
  int large_tables = 0;
  std::vector<double> base_seconds;
  std::vector<double> large_seconds;
  bool completed = false;  // every run exited 0

  // Ratio is the median time of the large size over the median time of the base size.
  double Ratio() const;
};

struct RunInfo {
  std::string postgres_version;
  unsigned cpus = 0;
  std::string schemac;
  uint64_t seed = 0;
  long runner_rss_kib = 0;  // the runner's own peak resident set size
  std::string load_before;  // the 1-minute load average when the run started and ended
  std::string load_after;
  double settle_seconds = 0;  // --settle, and the seconds the run waited for it in all
  double settle_waited = 0;
  // schemac check of 5,000 and 10,000 tables in alternation, for the compile growth target.
  PairedRuns paired_check;
};

// The phases schemac reports with --timings, in pipeline order.
const std::vector<std::string>& KnownPhases();

// ParseTimings reads `timing<TAB>phase<TAB>seconds` lines into *phases (summing repeated phases)
// and the `memory<TAB>peak-rss-kib<TAB>n` line into *self_rss_kib, and returns the other lines.
std::vector<std::string> ParseTimings(const std::string& errors,
                                      std::map<std::string, double>* phases, long* self_rss_kib);

std::string RenderReport(const RunInfo& info, const std::vector<SizeResult>& sizes);

// 10000 -> "10,000"
std::string Thousands(int64_t value);

}  // namespace schemac::bench
