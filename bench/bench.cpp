// schemac_bench: generates schemas of 1,000 to 10,000 tables, loads them into a temporary
// PostgreSQL server and measures schemac against psql, pg_dump and the bare catalog queries.
// See bench/README.md.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include "schemac/pgserver/server.h"

#include "measure.h"
#include "model.h"
#include "report.h"
#include "size_run.h"

namespace schemac::bench {
namespace {

namespace fs = std::filesystem;

// The compile times the growth target divides are measured again in alternation once every size
// ran (see PairedRuns).
constexpr int kPairedRuns = 7;

// --generate: writes DIR/<N>/v1 and DIR/<N>/v2 for every size, one line per size on stdout.
int GenerateOnly(const Options& options) {
  for (int tables : options.sizes) {
    const auto start = std::chrono::steady_clock::now();
    GeneratedSchemas schemas = Generate(tables, options.seed);
    const fs::path dir = fs::path(options.generate_dir) / std::to_string(tables);
    std::string error;
    if (!WriteSchemaDirectory(schemas.v1, (dir / "v1").string(), &error) ||
        !WriteSchemaDirectory(schemas.v2, (dir / "v2").string(), &error)) {
      std::cerr << "error: " << error << "\n";
      return 1;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << fmt::format("{} tables: v1 and v2 written to {} in {:.3f} s; v2: {}\n",
                             Thousands(tables), dir.string(), seconds, schemas.changes.Describe());
  }
  return 0;
}

// The introspection queries of schemac, in one read-only transaction with an empty search_path
// and without JIT, each with the planner settings of its "-- set: name = value" lines, as schemac
// runs them.
bool WriteCatalogQueries(const fs::path& queries_dir, const fs::path& file, std::string* error) {
  std::vector<fs::path> paths;
  std::error_code code;
  for (const fs::directory_entry& entry : fs::directory_iterator(queries_dir, code)) {
    if (entry.path().extension() == ".sql") {
      paths.push_back(entry.path());
    }
  }
  if (code || paths.empty()) {
    *error = fmt::format("no catalog queries (*.sql) in {}", queries_dir.string());
    return false;
  }
  std::sort(paths.begin(), paths.end());
  std::string sql = "BEGIN READ ONLY;\nSET LOCAL search_path = '';\nSET LOCAL jit = off;\n";
  for (const fs::path& path : paths) {
    std::string query = ReadFile(path.string());
    query.erase(query.find_last_not_of(" \n;") + 1);
    std::vector<std::string> names;
    std::istringstream lines(query);
    for (std::string line; std::getline(lines, line);) {
      constexpr std::string_view kSet = "-- set: ";
      if (line.starts_with(kSet)) {
        std::string setting = line.substr(kSet.size());
        names.push_back(setting.substr(0, setting.find(' ')));
        sql += "SET LOCAL " + setting + ";\n";
      }
    }
    sql += query + "\n;\n";  // on a line of its own, in case the query ends with a comment
    for (const std::string& name : names) {
      sql += "SET LOCAL " + name + " TO DEFAULT;\n";
    }
  }
  sql += "COMMIT;\n";
  std::ofstream out(file, std::ios::binary);
  out << sql;
  if (!out) {
    *error = "cannot write " + file.string();
    return false;
  }
  return true;
}

std::string LoadAverage() {
  double load[1] = {0};
  return getloadavg(load, 1) == 1 ? fmt::format("{:.2f}", load[0]) : std::string("unknown");
}

std::string DefaultSchemac(const std::string& self) {
  const fs::path build = fs::path(self).parent_path();
  for (const fs::path& candidate : {build.parent_path() / "schemac", build / "schemac"}) {
    if (access(candidate.c_str(), X_OK) == 0) {
      return candidate.string();
    }
  }
  return "";
}

int Main(int argc, char** argv) {
  Options options;
  CLI::App app{"schemac_bench: measures schemac on generated schemas of 1,000 to 10,000 tables.",
               "schemac_bench"};
  app.add_option("--sizes", options.sizes, "Table counts to run, comma-separated")
      ->delimiter(',')
      ->check(CLI::Range(10, 1000000))
      ->capture_default_str();
  app.add_option("--out", options.out, "Also write the markdown report to this file");
  app.add_option("--schemac", options.schemac,
                 "The schemac binary (default: next to the benchmark's build directory)");
  app.add_option("--pg-bindir", options.pg_bindir, "Directory of the PostgreSQL 15 binaries");
  app.add_option("--work-dir", options.work_dir,
                 "Where the temporary directory goes (default: "
                 "$TMPDIR or /tmp)");
  app.add_option("--seed", options.seed, "Seed of the schema generator")->capture_default_str();
  app.add_option("--timeout", options.timeout, "Seconds after which a step is killed")
      ->capture_default_str();
  app.add_option("--settle", options.settle,
                 "Seconds a step that creates many files waits after one that deleted many")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  app.add_flag("--keep", options.keep, "Keep the temporary directory (schemas, outputs, logs)");
  app.add_option("--generate", options.generate_dir,
                 "Only write DIR/<size>/v1 and DIR/<size>/v2 and exit");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& parse_error) {
    return app.exit(parse_error) == 0 ? 0 : 1;
  }
  if (!options.generate_dir.empty()) {
    return GenerateOnly(options);
  }
  std::error_code code;
  const std::string self = fs::read_symlink("/proc/self/exe", code).string();
  if (options.schemac.empty()) {
    options.schemac = DefaultSchemac(self);
  }
  if (options.schemac.empty() || access(options.schemac.c_str(), X_OK) != 0) {
    std::cerr << "error: schemac not found; build it or pass --schemac PATH\n";
    return 1;
  }
  options.schemac = fs::absolute(options.schemac).string();
  std::string error;
  const std::string bin_dir = pgserver::FindBinDir(options.pg_bindir, &error);
  if (bin_dir.empty()) {
    std::cerr << "error: " << error << "\n";
    return 1;
  }
  setenv("SCHEMAC_PG_BINDIR", bin_dir.c_str(), 1);  // the plans' scratch servers use it too
  const char* tmp = std::getenv("TMPDIR");
  const std::string base = !options.work_dir.empty() ? options.work_dir
                           : tmp != nullptr          ? tmp
                                                     : "/tmp";
  std::string pattern = (fs::path(base) / "schemac-bench-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    std::cerr << "error: cannot create a temporary directory in " << base << "\n";
    return 1;
  }
  const fs::path work = pattern;
  const fs::path queries = work / "catalog-queries.sql";
  if (!WriteCatalogQueries(fs::path(SCHEMAC_SOURCE_DIR) / "compiler/introspect/queries", queries,
                           &error)) {
    std::cerr << "error: " << error << "\n";
    return 1;
  }
  RunInfo info;
  info.cpus = std::thread::hardware_concurrency();
  info.load_before = LoadAverage();
  info.schemac = options.schemac;
  info.seed = options.seed;
  std::vector<SizeResult> results;
  int status = 0;
  Settle settle(options.settle);
  info.settle_seconds = options.settle;
  for (int tables : options.sizes) {
    const fs::path dir = work / std::to_string(tables);
    fs::create_directories(dir, code);
    SizeRun run(options, settle, self, bin_dir, queries.string(), dir, tables);
    const bool ok = run.Run(info, &error);
    results.push_back(run.result());
    if (!ok) {
      std::cerr << fmt::format("error: {} tables: {} (files in {})\n", Thousands(tables), error,
                               dir.string());
      options.keep = true;
      status = 1;
      break;
    }
  }
  const fs::path base_v1 = work / std::to_string(kTargetSize) / "v1";
  const fs::path large_v1 = work / std::to_string(kLargeSize) / "v1";
  if (status == 0 && fs::is_directory(base_v1, code) && fs::is_directory(large_v1, code)) {
    auto check = [&](const fs::path& v1) {
      Command command;
      command.argv = {options.schemac, "check", v1.string()};
      command.timeout_seconds = options.timeout;
      return command;
    };
    std::cerr << fmt::format("schemac check of {} and {} tables in alternation, {} times each\n",
                             Thousands(kTargetSize), Thousands(kLargeSize), kPairedRuns);
    info.paired_check = MeasurePaired(check(base_v1), check(large_v1), kPairedRuns);
    info.paired_check.base_tables = kTargetSize;
    info.paired_check.large_tables = kLargeSize;
  }
  struct rusage self_usage {};
  getrusage(RUSAGE_SELF, &self_usage);
  info.runner_rss_kib = self_usage.ru_maxrss;
  info.load_after = LoadAverage();
  info.settle_waited = settle.waited();
  const std::string report = RenderReport(info, results);
  std::cout << report;
  if (!options.out.empty()) {
    std::ofstream out(options.out, std::ios::binary);
    out << report;
    if (!out) {
      std::cerr << "error: cannot write " << options.out << "\n";
      status = 1;
    }
  }
  if (options.keep) {
    std::cerr << "kept " << work.string() << "\n";
  } else {
    fs::remove_all(work, code);
  }
  return status;
}

}  // namespace
}  // namespace schemac::bench

int main(int argc, char** argv) {
  return schemac::bench::Main(argc, argv);
}
