#include "size_run.h"

#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "measure.h"

namespace schemac::bench {

StepResult& SizeRun::Measure(Step step, std::vector<std::string> argv, std::vector<int> expected,
                             const std::string& stdout_name) {
  Command command;
  command.argv = std::move(argv);
  command.stdout_path = stdout_name.empty()          ? StepFile(step, "out")
                        : stdout_name.front() == '/' ? stdout_name
                                                     : Path(stdout_name);
  command.stderr_path = StepFile(step, "err");
  command.timeout_seconds = options_.timeout;
  const Outcome outcome = RunMeasured(command);
  StepResult& step_result = result_[step];
  step_result = StepResult{};  // a repeated step's runs are measured apart
  step_result.ran = true;
  step_result.wall_seconds = outcome.wall_seconds;
  step_result.cpu_seconds = outcome.cpu_seconds;
  step_result.max_rss_kib = outcome.max_rss_kib;
  std::vector<std::string> other_lines =
      ParseTimings(ReadFile(command.stderr_path), &step_result.phases, &step_result.self_rss_kib);
  const bool completed =
      outcome.started && !outcome.timed_out && outcome.signal == 0 &&
      std::find(expected.begin(), expected.end(), outcome.exit_code) != expected.end();
  step_result.completed = completed;
  step_result.as_expected = completed && outcome.exit_code == expected.front();
  if (!completed) {
    step_result.status = "failed: " + outcome.Describe(options_.timeout);
    other_lines.resize(std::min<size_t>(other_lines.size(), 8));
    step_result.errors = other_lines;
  } else if (expected.size() == 1) {
    step_result.status = "ok";
  } else if (step == Step::kPlanNoChange) {
    step_result.status =
        step_result.as_expected ? "ok, no changes" : "changes found (expected none)";
  } else {
    step_result.status = step_result.as_expected ? "ok, changes" : "no changes (expected some)";
  }
  std::cerr << fmt::format("[{} tables] {}: {}, {:.3f} s (cpu {:.3f} s), {:.1f} MB\n",
                           Thousands(result_.tables), StepLabel(step), step_result.status,
                           step_result.wall_seconds, step_result.cpu_seconds,
                           static_cast<double>(step_result.max_rss_kib) / 1024.0);
  for (const std::string& line : step_result.errors) {
    std::cerr << "    " << line << "\n";
  }
  return step_result;
}

void SizeRun::MeasureMedian(Step step, const std::vector<std::string>& argv,
                            std::vector<int> expected, Repeated repeated) {
  std::vector<StepResult> runs;
  for (int i = 0; i < repeated.runs; ++i) {
    if (repeated.churns_files) {
      settle_.Wait();
    }
    runs.push_back(Measure(step, argv, expected));
    if (repeated.churns_files) {
      settle_.Deleted();
    }
  }
  const auto failed = std::find_if(runs.begin(), runs.end(),
                                   [](const StepResult& run) { return !run.as_expected; });
  const StepResult kept = failed != runs.end() ? *failed : [&] {
    std::vector<StepResult> sorted = runs;
    std::sort(sorted.begin(), sorted.end(), [](const StepResult& a, const StepResult& b) {
      return a.wall_seconds < b.wall_seconds;
    });
    return sorted[sorted.size() / 2];
  }();
  result_[step] = kept;
  if (runs.size() == 1) {
    return;
  }
  std::string walls;
  for (const StepResult& run : runs) {
    walls += fmt::format("{}{:.3f} s", walls.empty() ? "" : ", ", run.wall_seconds);
  }
  result_.notes.push_back(fmt::format(
      "{} ran {} times (the same step varies widely from one run to the next on a busy virtual "
      "machine): {}; its row is {}.",
      StepLabel(step), runs.size(), walls,
      failed != runs.end() ? "the first run that did not end as expected"
                           : "the run of median wall time"));
}

bool SizeRun::Run(RunInfo& info, std::string* error) {
  const std::string tables = std::to_string(result_.tables);
  const std::string schemas = dir_.parent_path().string();
  // The generator runs in a child process, so that the runner stays small: the kernel carries the
  // runner's peak resident set into the ru_maxrss of every child it spawns.
  StepResult& generated = Measure(
      Step::kGenerate,
      {self_, "--generate", schemas, "--sizes", tables, "--seed", std::to_string(options_.seed)},
      {0});
  if (!generated.completed) {
    *error = "the schema generator failed";
    return false;
  }
  const std::string generate_output = ReadFile(StepFile(Step::kGenerate, "out"));
  const size_t changes = generate_output.find("; v2: ");
  if (changes != std::string::npos) {
    result_.v2_changes = generate_output.substr(changes + 6);
    result_.v2_changes.erase(result_.v2_changes.find_last_not_of('\n') + 1);
  }
  const std::string v1 = Path("v1");
  const std::string v2 = Path("v2");
  // The check is CPU-bound and short: it waits for the file system like the loads, so that the
  // clean-up of the previous size does not run beside it.
  settle_.Wait();
  MeasureMedian(Step::kCheck, {options_.schemac, "check", v1}, {0}, kCompile);
  std::string check_output = ReadFile(StepFile(Step::kCheck, "out"));
  check_output.erase(check_output.find_last_not_of('\n') + 1);
  result_.v1_summary = check_output.substr(check_output.rfind('\n') + 1);
  if (result_.v1_summary.rfind(v1 + ": ", 0) == 0) {
    result_.v1_summary.erase(0, v1.size() + 2);  // the path is the temporary directory's
  }
  if (!Measure(Step::kPrintV1, {options_.schemac, "print", v1}, {0}, "v1.sql").completed ||
      !Measure(Step::kPrintV2, {options_.schemac, "print", v2}, {0}, "v2.sql").completed) {
    *error = "schemac print failed, so the schemas cannot be loaded with psql";
    return false;
  }

  pgserver::ServerOptions server_options;
  server_options.bin_dir = bin_dir_;
  std::unique_ptr<pgserver::EphemeralServer> server =
      pgserver::EphemeralServer::Start(server_options, error);
  if (server == nullptr) {
    *error = "cannot start a temporary PostgreSQL server: " + *error;
    return false;
  }
  if (!server->CreateDatabase("live", error) || !server->CreateDatabase("live2", error)) {
    return false;
  }
  if (info.postgres_version.empty()) {
    pgserver::PsqlResult version = server->RunPsql("\\pset tuples_only on\nSHOW server_version;");
    info.postgres_version = version.output;
    info.postgres_version.erase(0, info.postgres_version.find_first_not_of(" \n"));
    info.postgres_version.erase(info.postgres_version.find_last_not_of(" \n") + 1);
  }
  const std::string live = server->ConnectionString("live");
  const std::string live2 = server->ConnectionString("live2");
  const std::string psql = bin_dir_ + "/psql";
  auto psql_file = [&](const std::string& conninfo, const std::string& file) {
    return std::vector<std::string>{psql, "-X",     "-q", "-w", "-v", "ON_ERROR_STOP=1",
                                    "-d", conninfo, "-f", file};
  };
  settle_.Wait();
  if (!Measure(Step::kLoadV1, psql_file(live, Path("v1.sql")), {0}).completed ||
      !Measure(Step::kLoadV2, psql_file(live2, Path("v2.sql")), {0}).completed) {
    *error = "psql could not load a generated schema";
    return false;
  }
  const StepResult& dump = Measure(
      Step::kDump, {bin_dir_ + "/pg_dump", "--schema-only", "-w", "-d", live}, {0}, "dump.sql");
  const bool out_of_locks =
      std::any_of(dump.errors.begin(), dump.errors.end(), [](const std::string& line) {
        return line.find("max_locks_per_transaction") != std::string::npos;
      });
  if (!dump.completed && out_of_locks) {
    DumpPerSchema(*server, live);
  }
  // Unaligned rows without headers: psql's formatting is not part of the queries' cost.
  std::vector<std::string> queries = psql_file(live, catalog_queries_);
  queries.insert(queries.begin() + 1, {"-A", "-t"});
  Measure(Step::kCatalogQueries, queries, {0}, "/dev/null");
  // Each plan creates a scratch database and drops it: as many files as a load, twice.
  MeasureMedian(Step::kPlanNoChange,
                {options_.schemac, "plan", "--schema", v1, "--db", live, "--timings"}, {0, 2},
                kPlan);
  MeasureMedian(Step::kPlanChanges,
                {options_.schemac, "plan", "--schema", v2, "--db", live, "--timings"}, {2, 0},
                kPlan);
  MeasureMedian(Step::kDiff, {options_.schemac, "diff", "--from", live, "--to", live2, "--timings"},
                {2, 0}, kDiff);
  server->Stop();
  settle_.Deleted();
  return true;
}

void SizeRun::DumpPerSchema(const pgserver::EphemeralServer& server, const std::string& live) {
  const pgserver::PsqlResult listed = server.RunPsql(
      "\\pset tuples_only on\n\\pset format unaligned\n"
      "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname !~ '^pg_' AND nspname <> "
      "'information_schema' ORDER BY 1;",
      "live");
  std::vector<std::string> schemas;
  for (size_t start = 0; start < listed.output.size();) {
    size_t end = listed.output.find('\n', start);
    end = end == std::string::npos ? listed.output.size() : end;
    if (end > start) {
      schemas.push_back(listed.output.substr(start, end - start));
    }
    start = end + 1;
  }
  StepResult summed;
  summed.ran = true;
  summed.completed = listed.exit_code == 0 && !schemas.empty();
  for (const std::string& schema : schemas) {
    Command command;
    command.argv = {bin_dir_ + "/pg_dump", "--schema-only", "-w", "-n", schema, "-d", live};
    command.stdout_path = Path("dump-" + schema + ".sql");
    command.stderr_path = Path("dump-" + schema + ".err");
    command.timeout_seconds = options_.timeout;
    const Outcome outcome = RunMeasured(command);
    summed.wall_seconds += outcome.wall_seconds;
    summed.cpu_seconds += outcome.cpu_seconds;
    summed.max_rss_kib = std::max(summed.max_rss_kib, outcome.max_rss_kib);
    if (outcome.exit_code != 0) {
      summed.completed = false;
      summed.errors =
          ParseTimings(ReadFile(command.stderr_path), &summed.phases, &summed.self_rss_kib);
      summed.errors.resize(std::min<size_t>(summed.errors.size(), 8));
    }
  }
  summed.as_expected = summed.completed;
  summed.status = summed.completed ? fmt::format("ok, {} runs (one per schema)", schemas.size())
                                   : "failed, also per schema";
  result_[Step::kDump] = summed;
  result_.notes.push_back(
      "One pg_dump of every table ran out of lock table space (the temporary server's "
      "max_locks_per_transaction is too small for one transaction locking every table), so "
      "pg_dump ran once per schema; its time is the sum, which includes one connection and "
      "one catalog scan per schema.");
  std::cerr << fmt::format("[{} tables] {}: {}, {:.3f} s (cpu {:.3f} s), {:.1f} MB\n",
                           Thousands(result_.tables), StepLabel(Step::kDump), summed.status,
                           summed.wall_seconds, summed.cpu_seconds,
                           static_cast<double>(summed.max_rss_kib) / 1024.0);
}

}  // namespace schemac::bench
