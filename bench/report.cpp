#include "report.h"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

namespace schemac::bench {
namespace {

constexpr double kMemoryLimitMiB = 300;
constexpr double kScalingLimit = 2.2;
constexpr double kIntrospectionFactor = 3;
constexpr double kScratchLoadFactor = 1.5;

double MiB(long kib) {
  return static_cast<double>(kib) / 1024.0;
}

std::string Seconds(double seconds) {
  return fmt::format("{:.3f}", seconds);
}

double Median(std::vector<double> values) {
  if (values.empty()) {
    return 0;
  }
  std::sort(values.begin(), values.end());
  const size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

std::string Walls(const std::vector<double>& seconds) {
  std::string out;
  for (double value : seconds) {
    out += fmt::format("{}{:.3f}", out.empty() ? "" : ", ", value);
  }
  return out;
}

const SizeResult* FindSize(const std::vector<SizeResult>& sizes, int tables) {
  for (const SizeResult& size : sizes) {
    if (size.tables == tables) {
      return &size;
    }
  }
  return nullptr;
}

const char* Verdict(bool pass) {
  return pass ? "PASS" : "FAIL";
}

void RenderSize(const SizeResult& size, std::string& out) {
  out += fmt::format("\n## {} tables\n\n", Thousands(size.tables));
  if (!size.v1_summary.empty()) {
    out += fmt::format("- v1: {}\n", size.v1_summary);
  }
  if (!size.v2_changes.empty()) {
    out += fmt::format("- v2: {}\n", size.v2_changes);
  }
  // Phase columns: the known phases in pipeline order, then any other phase reported.
  std::vector<std::string> phases = KnownPhases();
  for (const StepResult& step : size.steps) {
    for (const auto& [phase, seconds] : step.phases) {
      if (std::find(phases.begin(), phases.end(), phase) == phases.end()) {
        phases.push_back(phase);
      }
    }
  }
  out += "\n| step | status | wall (s) | cpu (s) | peak RSS (MB) | schemac RSS (MB) |";
  std::string rule = "|---|---|--:|--:|--:|--:|";
  for (const std::string& phase : phases) {
    out += " " + phase + " |";
    rule += "--:|";
  }
  out += "\n" + rule + "\n";
  std::string failures;
  for (size_t i = 0; i < kStepCount; ++i) {
    const StepResult& step = size.steps[i];
    if (!step.ran) {
      continue;
    }
    const char* label = StepLabel(static_cast<Step>(i));
    out += fmt::format("| {} | {} | {} | {} | {:.1f} | {} |", label, step.status,
                       Seconds(step.wall_seconds), Seconds(step.cpu_seconds), MiB(step.max_rss_kib),
                       step.self_rss_kib > 0 ? fmt::format("{:.1f}", MiB(step.self_rss_kib)) : "");
    for (const std::string& phase : phases) {
      auto it = step.phases.find(phase);
      out += it == step.phases.end() ? " |" : " " + Seconds(it->second) + " |";
    }
    out += "\n";
    if (!step.errors.empty()) {
      failures += fmt::format("\n{} ({}):\n\n```\n", label, step.status);
      for (const std::string& line : step.errors) {
        failures += line + "\n";
      }
      failures += "```\n";
    }
  }
  for (const std::string& note : size.notes) {
    out += "\nNote: " + note + "\n";
  }
  if (!failures.empty()) {
    out += "\nFirst lines of standard error of the steps that failed:\n" + failures;
  }
}

struct TargetRow {
  std::string target;
  std::string measured;
  std::string limit;
  std::string result;
};

// AddScaling adds the growth rows of `step`; its time comes from `paired` when that measured the
// same sizes, else from the two sizes' rows.
void AddScaling(const SizeResult& base, const SizeResult& large, Step step,
                const PairedRuns* paired, std::vector<TargetRow>& rows) {
  const StepResult& a = base[step];
  const StepResult& b = large[step];
  const std::string what = fmt::format("{}: {} vs {} tables", StepLabel(step),
                                       Thousands(large.tables), Thousands(base.tables));
  if (!a.completed || !b.completed) {
    rows.push_back({what, "not measured (a run failed)", "", "FAIL"});
    return;
  }
  const bool use_paired = paired != nullptr && paired->completed &&
                          paired->base_tables == base.tables &&
                          paired->large_tables == large.tables;
  const double time =
      use_paired ? paired->Ratio() : b.wall_seconds / std::max(a.wall_seconds, 1e-9);
  const double memory = MiB(b.SchemacRssKib()) / std::max(MiB(a.SchemacRssKib()), 1e-9);
  rows.push_back({what + (use_paired ? ", time (runs in alternation)" : ", time"),
                  fmt::format("{:.2f}x", time), fmt::format("{}x", kScalingLimit),
                  Verdict(time <= kScalingLimit)});
  rows.push_back({what + ", memory", fmt::format("{:.2f}x", memory),
                  fmt::format("{}x", kScalingLimit), Verdict(memory <= kScalingLimit)});
}

void RenderTargets(const RunInfo& info, const std::vector<SizeResult>& sizes, std::string& out) {
  std::vector<TargetRow> rows;
  // A no-change plan costs no more than loading the schema with psql and dumping it.
  for (const SizeResult& size : sizes) {
    const std::string what =
        fmt::format("no-change plan <= psql load + pg_dump ({} tables{})", Thousands(size.tables),
                    size.tables == kTargetSize ? "" : ", for information");
    const StepResult& plan = size[Step::kPlanNoChange];
    const StepResult& load = size[Step::kLoadV1];
    const StepResult& dump = size[Step::kDump];
    if (!plan.completed || !load.completed || !dump.completed) {
      rows.push_back({what, "not measured (a step failed)", "", "FAIL"});
      continue;
    }
    const double limit = load.wall_seconds + dump.wall_seconds;
    rows.push_back({what, Seconds(plan.wall_seconds) + " s", Seconds(limit) + " s",
                    Verdict(plan.wall_seconds <= limit)});
  }
  if (FindSize(sizes, kTargetSize) == nullptr) {
    rows.push_back(
        {fmt::format("no-change plan <= psql load + pg_dump ({} tables)", Thousands(kTargetSize)),
         "not run", "", "SKIP"});
  }
  // Introspection costs no more than 3x the bare catalog queries in psql.
  for (const SizeResult& size : sizes) {
    const std::string what = fmt::format("introspection <= {}x bare catalog queries ({} tables)",
                                         kIntrospectionFactor, Thousands(size.tables));
    const StepResult& plan = size[Step::kPlanNoChange];
    const StepResult& queries = size[Step::kCatalogQueries];
    auto introspect = plan.phases.find("introspect");
    if (!plan.completed || !queries.completed || introspect == plan.phases.end()) {
      rows.push_back(
          {what, "not measured (no `introspect` timing of the no-change plan)", "", "FAIL"});
      continue;
    }
    const double limit = kIntrospectionFactor * queries.wall_seconds;
    rows.push_back({what, Seconds(introspect->second) + " s", Seconds(limit) + " s",
                    Verdict(introspect->second <= limit)});
  }
  // Loading the schema into the scratch database costs about what psql's load of it costs.
  for (const SizeResult& size : sizes) {
    const std::string what = fmt::format("scratch load <= {}x psql load + 1 s ({} tables)",
                                         kScratchLoadFactor, Thousands(size.tables));
    const StepResult& plan = size[Step::kPlanNoChange];
    const StepResult& load = size[Step::kLoadV1];
    auto scratch = plan.phases.find("scratch-load");
    if (!plan.completed || !load.completed || scratch == plan.phases.end()) {
      rows.push_back(
          {what, "not measured (no `scratch-load` timing of the no-change plan)", "", "FAIL"});
      continue;
    }
    const double limit = kScratchLoadFactor * load.wall_seconds + 1.0;
    rows.push_back({what, Seconds(scratch->second) + " s", Seconds(limit) + " s",
                    Verdict(scratch->second <= limit)});
  }
  // Peak memory of every schemac command under 300 MB.
  for (const SizeResult& size : sizes) {
    long peak = 0;
    std::string peak_step;
    bool all_ran = true;
    for (size_t i = 0; i < kStepCount; ++i) {
      const Step step = static_cast<Step>(i);
      if (!IsSchemac(step)) {
        continue;
      }
      const StepResult& result = size[step];
      all_ran = all_ran && result.completed;
      if (result.ran && result.SchemacRssKib() > peak) {
        peak = result.SchemacRssKib();
        peak_step = StepLabel(step);
      }
    }
    const bool pass = MiB(peak) < kMemoryLimitMiB && all_ran;
    rows.push_back({fmt::format("peak memory of schemac < {} MB ({} tables{})", kMemoryLimitMiB,
                                Thousands(size.tables), all_ran ? "" : "; some commands failed"),
                    fmt::format("{:.1f} MB ({})", MiB(peak), peak_step),
                    fmt::format("{} MB", kMemoryLimitMiB), Verdict(pass)});
  }
  // 10,000 tables cost at most 2.2x what 5,000 cost, in time and memory.
  const SizeResult* base = FindSize(sizes, kTargetSize);
  const SizeResult* large = FindSize(sizes, kLargeSize);
  if (base != nullptr && large != nullptr) {
    for (Step step : {Step::kCheck, Step::kPlanNoChange, Step::kPlanChanges, Step::kDiff}) {
      AddScaling(*base, *large, step, step == Step::kCheck ? &info.paired_check : nullptr, rows);
    }
  } else {
    rows.push_back({fmt::format("{} tables within {}x of {} (time and memory)",
                                Thousands(kLargeSize), kScalingLimit, Thousands(kTargetSize)),
                    "not run (needs both sizes)", "", "SKIP"});
  }
  out += "\n## Targets\n\n| target | measured | limit | result |\n|---|--:|--:|---|\n";
  for (const TargetRow& row : rows) {
    out += fmt::format("| {} | {} | {} | {} |\n", row.target, row.measured, row.limit, row.result);
  }
}

}  // namespace

const char* StepLabel(Step step) {
  switch (step) {
    case Step::kGenerate:
      return "generate v1 + v2";
    case Step::kCheck:
      return "schemac check v1";
    case Step::kPrintV1:
      return "schemac print v1 > v1.sql";
    case Step::kPrintV2:
      return "schemac print v2 > v2.sql";
    case Step::kLoadV1:
      return "psql -f v1.sql (live)";
    case Step::kLoadV2:
      return "psql -f v2.sql (live2)";
    case Step::kDump:
      return "pg_dump --schema-only live";
    case Step::kCatalogQueries:
      return "bare catalog queries in psql";
    case Step::kPlanNoChange:
      return "schemac plan v1 (no change)";
    case Step::kPlanChanges:
      return "schemac plan v2 (changes)";
    case Step::kDiff:
      return "schemac diff live live2";
  }
  return "?";
}

bool IsSchemac(Step step) {
  return step == Step::kCheck || step == Step::kPrintV1 || step == Step::kPrintV2 ||
         step == Step::kPlanNoChange || step == Step::kPlanChanges || step == Step::kDiff;
}

const std::vector<std::string>& KnownPhases() {
  static const std::vector<std::string> phases = {
      "compile",    "scratch-server", "scratch-load", "scratch-introspect",
      "introspect", "diff",           "emit"};
  return phases;
}

std::vector<std::string> ParseTimings(const std::string& errors,
                                      std::map<std::string, double>* phases, long* self_rss_kib) {
  std::vector<std::string> others;
  size_t start = 0;
  while (start < errors.size()) {
    size_t end = errors.find('\n', start);
    if (end == std::string::npos) {
      end = errors.size();
    }
    const std::string line = errors.substr(start, end - start);
    start = end + 1;
    const size_t first = line.find('\t');
    const size_t second = first == std::string::npos ? first : line.find('\t', first + 1);
    if (line.rfind("memory\tpeak-rss-kib\t", 0) == 0 && second != std::string::npos) {
      *self_rss_kib = std::strtol(line.c_str() + second + 1, nullptr, 10);
      continue;
    }
    if (line.rfind("timing\t", 0) == 0 && second != std::string::npos) {
      const std::string value = line.substr(second + 1);
      char* parsed_end = nullptr;
      const double seconds = std::strtod(value.c_str(), &parsed_end);
      if (parsed_end != value.c_str() && *parsed_end == '\0') {
        (*phases)[line.substr(first + 1, second - first - 1)] += seconds;
        continue;
      }
    }
    if (!line.empty()) {
      others.push_back(line);
    }
  }
  return others;
}

std::string Thousands(int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) {
    digits.insert(static_cast<size_t>(at), ",");
  }
  return value < 0 ? "-" + digits : digits;
}

double PairedRuns::Ratio() const {
  return Median(large_seconds) / std::max(Median(base_seconds), 1e-9);
}

std::string RenderReport(const RunInfo& info, const std::vector<SizeResult>& sizes) {
  std::string out = "# schemac benchmark\n\n";
  out += fmt::format(
      "PostgreSQL {}, {} CPUs (load average {} at the start, {} at the end), seed {}, schemac at "
      "`{}`.\n\n"
      "Wall is the wall-clock time of each child process; cpu is its user + system time, "
      "including the processes it waited for (such as a plan's scratch server). Peak RSS is "
      "`ru_maxrss` from `wait4()`: the largest resident set of the child or of a process it "
      "waited for, and at least the runner's own at the time of the spawn (the runner peaked at "
      "{:.1f} MB); schemac RSS is schemac's own peak as it reports it with `--timings` "
      "(`getrusage`), which the memory targets use when present. The phase columns are the "
      "`--timings` lines of schemac, in seconds.\n\n"
      "The psql loads and the plans create tens of thousands of files; each started at least "
      "{:g} s after the last step that deleted as many (a plan's scratch database, the server "
      "of the size before), so that a file system slow to reuse recently deleted inodes "
      "measures them all alike (see bench/settle.h); the run waited {:.0f} s for that in all.\n",
      info.postgres_version, info.cpus, info.load_before, info.load_after, info.seed, info.schemac,
      MiB(info.runner_rss_kib), info.settle_seconds, info.settle_waited);
  for (const SizeResult& size : sizes) {
    RenderSize(size, out);
  }
  const PairedRuns& paired = info.paired_check;
  if (!paired.base_seconds.empty()) {
    out += fmt::format(
        "\n## Compile time in alternation\n\n"
        "A compile takes a few seconds, and the machine's speed drifts in the minutes between "
        "the sizes: `schemac check v1` of {} and of {} tables then ran in alternation, {} times "
        "each{}. {} tables: {} s (median {:.3f} s); {} tables: {} s (median {:.3f} s); ratio of "
        "the medians {:.2f}x, which the compile growth target uses.\n",
        Thousands(paired.base_tables), Thousands(paired.large_tables), paired.base_seconds.size(),
        paired.completed ? "" : " (a run failed)", Thousands(paired.base_tables),
        Walls(paired.base_seconds), Median(paired.base_seconds), Thousands(paired.large_tables),
        Walls(paired.large_seconds), Median(paired.large_seconds), paired.Ratio());
  }
  RenderTargets(info, sizes, out);
  return out;
}

}  // namespace schemac::bench
