// schemac's command line: the only code that knows about argv and exit codes.
#include <cstdlib>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <malloc.h>
#include <unistd.h>

#include "schemac/plan/plan.h"

#include "commands.h"
#include "progress.h"
#include "signals.h"

namespace {

// Every hazard code, for --allow.
std::vector<std::string> HazardCodes() {
  std::vector<std::string> codes;
  for (schemac::plan::Hazard hazard : schemac::plan::kAllHazards) {
    codes.emplace_back(schemac::plan::HazardCode(hazard));
  }
  return codes;
}

const char* const kQuietHelp =
    "Show no progress line on standard error (it is shown only when standard error is a "
    "terminal)";

const char* const kDbHelp =
    "Connection string (postgresql://... or key=value); default: DATABASE_URL, or the PG* "
    "environment variables";

// LockTimeoutError returns why `value` is not a duration PostgreSQL takes for lock_timeout (digits
// and a unit, ms, s, min or h, or digits alone for milliseconds, up to 2147483647 ms), or "".
std::string LockTimeoutError(const std::string& value) {
  size_t digits = value.find_first_not_of("0123456789");
  std::string unit = digits == std::string::npos ? "" : value.substr(digits);
  const std::map<std::string, unsigned long long> kMilliseconds = {
      {"", 1}, {"ms", 1}, {"s", 1000}, {"min", 60 * 1000}, {"h", 60 * 60 * 1000}};
  auto factor = kMilliseconds.find(unit);
  if (value.empty() || digits == 0 || factor == kMilliseconds.end()) {
    return "not a duration such as 500ms, 5s or 1min: " + value;
  }
  constexpr unsigned long long kMax = 2147483647;  // lock_timeout is an int of milliseconds
  std::string number = value.substr(0, digits);
  number.erase(0, std::min(number.find_first_not_of('0'), number.size() - 1));
  if (number.size() > 10 || std::stoull(number) * factor->second > kMax) {
    return "a duration longer than PostgreSQL's longest lock_timeout (2147483647ms, about 24 "
           "days): " +
           value + "; use 0 to wait for ever";
  }
  return "";
}

// A path option given as "": refused, rather than taken as no option.
const CLI::Validator kNonEmptyPath(
    [](std::string& value) { return value.empty() ? std::string("an empty path") : std::string(); },
    "PATH");

// --project, --include-schema and --exclude: the project file and the scope.
void AddScopeOptions(CLI::App* command, schemac::cli::ScopeOptions& options) {
  command
      ->add_option("--project", options.project,
                   "Project file (default: schemac.toml in the current directory, when there "
                   "is one)")
      ->check(kNonEmptyPath);
  command
      ->add_option("--include-schema", options.include_schemas,
                   "Manage only the objects of this schema (repeat for more); the others are "
                   "excluded and counted")
      ->check(CLI::Validator(
          [](std::string& value) {
            return value.empty() ? std::string("an empty schema name") : std::string();
          },
          "SCHEMA"));
  command
      ->add_option("--exclude", options.exclude,
                   "Leave out the objects this pattern names, [kind:]schema[.name[.name]] with * "
                   "and ?, such as table:public.tmp_* (repeat for more); they are counted")
      ->check(CLI::Validator([](std::string& value) { return schemac::cli::PatternError(value); },
                             "PATTERN"));
}

// The options plan, diff and apply share.
void AddMigrationOptions(CLI::App* command, schemac::cli::MigrationOptions& options, bool scripts,
                         bool& quiet) {
  command->add_option("--dev-db", options.dev_db,
                      "Server on which schema directories are normalised in a scratch database "
                      "that schemac creates and drops (default: a temporary server schemac "
                      "starts itself)");
  command->add_option("--pg-bindir", options.pg_bindir,
                      "PostgreSQL server binaries for the temporary server");
  command->add_option("--format", options.format, "Output: human, sql, json or markdown")
      ->check(CLI::IsMember({"human", "sql", "json", "markdown"}))
      ->capture_default_str();
  if (scripts) {
    command
        ->add_option("--up", options.up_file,
                     "Write the up script to this file (not one in the schema it reads)")
        ->check(kNonEmptyPath);
    command
        ->add_option("--down", options.down_file,
                     "Write the down script to this file (not the --up one, nor one in the "
                     "schema it reads)")
        ->check(kNonEmptyPath);
  }
  AddScopeOptions(command, options.scope);
  command->add_flag("--timings", options.timings,
                    "Print how long each phase took to stderr (timing<TAB>phase<TAB>seconds)");
  command->add_flag("--quiet", quiet, kQuietHelp);
}

// ShowsProgress says whether a command shows the progress line: on a terminal, unless --quiet.
bool ShowsProgress(bool quiet) {
  const char* term = std::getenv("TERM");
  return !quiet && isatty(STDERR_FILENO) == 1 && (term == nullptr || std::string(term) != "dumb");
}

// Run runs the command the command line chose and returns its exit code.
int Run(const std::vector<std::pair<CLI::App*, std::function<int()>>>& commands) {
  for (const auto& [command, run] : commands) {
    if (*command) {
      return run();
    }
  }
  return 1;
}

}  // namespace

// Flushed returns `code`, or 1 after an io-error when what the command wrote to standard output
// did not all reach it (a full disk, a closed pipe or descriptor): `dump > schema.sql` must not
// end in success with a short file.
int Flushed(int code) {
  std::cout.flush();
  if (std::cout.fail()) {
    std::cerr << "error: cannot write standard output [io-error]\n";
    return 1;
  }
  return code;
}

int main(int argc, char** argv) {
  // One malloc arena for every thread: memory the compiling thread frees (the syntax trees, the
  // compiled catalog) is reused by the threads that read databases instead of staying resident.
  mallopt(M_ARENA_MAX, 1);
  // Before any other thread or child process starts: they inherit the blocked signals.
  schemac::cli::HandleTerminationSignals();
  using schemac::cli::CheckOptions;
  using schemac::cli::PrintOptions;
  using schemac::cli::VerifyOptions;

  CLI::App app{
      "schemac: a declarative schema-as-code compiler for PostgreSQL.\n"
      "Schema files are plain PostgreSQL DDL in a directory of .sql files.",
      "schemac"};
  app.set_version_flag("--version", "schemac 0.1.0");
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 success (plan, diff: no changes), 1 errors (diagnostics on stderr), 2 plan "
      "and diff found changes.");

  // --quiet of the commands that show progress.
  bool quiet = false;

  CheckOptions check;
  CLI::App* check_command = app.add_subcommand(
      "check", "Compile a schema directory and report every error with file:line:col.");
  check_command->add_option("DIR", check.path, "Schema directory (read recursively) or .sql file")
      ->required();

  PrintOptions print;
  CLI::App* print_command = app.add_subcommand(
      "print", "Print the compiled catalog in canonical form (deterministic, byte-identical).");
  print_command->add_option("DIR", print.path, "Schema directory (read recursively) or .sql file")
      ->required();
  print_command->add_option("--format", print.format, "Output format: sql (loadable DDL) or json")
      ->check(CLI::IsMember({"sql", "json"}))
      ->capture_default_str();

  VerifyOptions verify;
  CLI::App* verify_command = app.add_subcommand(
      "verify",
      "Compile a schema, then load it into a temporary PostgreSQL server that schemac starts "
      "and removes itself, as every plan loads it, and report what the server holds.");
  verify_command->add_option("DIR", verify.path, "Schema directory (read recursively) or .sql file")
      ->required();
  verify_command->add_option("--pg-bindir", verify.pg_bindir,
                             "Directory of the PostgreSQL server binaries (default: "
                             "$SCHEMAC_PG_BINDIR, pg_config --bindir, /usr/lib/postgresql/*/bin)");
  verify_command->add_flag("--quiet", quiet, kQuietHelp);

  schemac::cli::DumpOptions dump;
  CLI::App* dump_command = app.add_subcommand(
      "dump",
      "Read a live database and write its schema as schema files (one per schema), which "
      "`schemac check` accepts: how a team adopts schemac on an existing database.");
  dump_command
      ->add_option("--db", dump.db,
                   "Connection string (postgresql://... or key=value); default: DATABASE_URL, or "
                   "the PG* environment variables")
      ->envname("DATABASE_URL");
  dump_command->add_flag(
      "--split", dump.split,
      "With -o: one file per table, in a directory per schema (tables with their "
      "indexes, keys and owned sequences; the rest in <schema>/_schema.sql)");
  dump_command
      ->add_option("-o,--output", dump.output_dir,
                   "Directory to write <schema>.sql files into (default: standard "
                   "output); files of an earlier dump there that this one does not "
                   "write again are removed, and other .sql files make it refuse")
      ->check(kNonEmptyPath);
  dump_command->add_flag(
      "--skip-unmanaged", dump.skip_unmanaged,
      "Write the objects schemac manages even though the database holds others (base types, "
      "window functions, languages, subscriptions, ..., each named in a warning); "
      "without it, dump refuses to write files that leave them out");
  AddScopeOptions(dump_command, dump.scope);
  dump_command->add_flag("--quiet", quiet, kQuietHelp);

  schemac::cli::PlanOptions plan;
  CLI::App* plan_command = app.add_subcommand(
      "plan",
      "Plan the migration from a live database to the schema files: the changes per object, "
      "their hazards and the SQL. Exit 0: no changes, 2: changes, 1: errors.");
  plan_command->add_option("--schema", plan.schema,
                           "Schema directory or .sql file (default: the project file's [schema] "
                           "dir)");
  plan_command->add_option("--db", plan.db, kDbHelp);
  AddMigrationOptions(plan_command, plan.migration, true, quiet);

  schemac::cli::DiffOptions diff;
  CLI::App* diff_command = app.add_subcommand(
      "diff",
      "Plan the migration between any two states, each a schema directory or a database "
      "connection string. Exit 0: no changes, 2: changes, 1: errors.");
  diff_command->add_option("--from", diff.from, "Current state: directory, file or database")
      ->required();
  diff_command->add_option("--to", diff.to, "Desired state: directory, file or database")
      ->required();
  AddMigrationOptions(diff_command, diff.migration, true, quiet);

  schemac::cli::ApplyOptions apply;
  CLI::App* apply_command = app.add_subcommand(
      "apply",
      "Plan and apply the migration from a live database to the schema files: under an "
      "advisory lock, in one transaction, then verify that nothing is left to do. A plan that "
      "deletes data needs --allow deletes-data.");
  apply_command->add_option("--schema", apply.schema,
                            "Schema directory or .sql file (default: the project file's [schema] "
                            "dir)");
  apply_command->add_option("--db", apply.db, kDbHelp);
  apply_command
      ->add_option("--allow", apply.allow,
                   "Allow steps with this hazard (deletes-data is refused unless allowed)")
      ->check(CLI::IsMember(HazardCodes()));
  apply_command->add_flag("--allow-hazards", apply.allow_hazards, "Allow every hazard");
  apply_command
      ->add_option("--lock-timeout", apply.lock_timeout,
                   "Longest wait for a lock (PostgreSQL duration: 500ms, 5s, 1min; 0 waits for "
                   "ever)")
      ->check(
          CLI::Validator([](std::string& value) { return LockTimeoutError(value); }, "DURATION"))
      ->capture_default_str();
  apply_command->add_flag("--dry-run", apply.dry_run, "Print the plan and apply nothing");
  AddMigrationOptions(apply_command, apply.migration, true, quiet);

  schemac::cli::SandboxOptions sandbox;
  CLI::App* sandbox_command = app.add_subcommand(
      "sandbox",
      "Start a temporary PostgreSQL server, run COMMAND with PGHOST, PGPORT, PGUSER, PGDATABASE "
      "and DATABASE_URL set to a fresh database on it, then remove the server. Exits with "
      "COMMAND's status. Example: schemac sandbox -- schemac apply --schema schemas/shop");
  sandbox_command->add_option("--pg-bindir", sandbox.pg_bindir,
                              "PostgreSQL server binaries for the temporary server");
  sandbox_command->add_option("--database", sandbox.database, "Name of the database to create")
      ->capture_default_str();
  sandbox_command->add_option("COMMAND", sandbox.command, "The command and its arguments, after --")
      ->required();

  // Left to CLI11, a mistyped command would be reported as "A subcommand is required".
  if (argc > 1 && argv[1][0] != '-') {
    std::string names;
    bool known = false;
    for (const CLI::App* command : app.get_subcommands({})) {
      known = known || command->get_name() == argv[1];
      names += (names.empty() ? "" : ", ") + command->get_name();
    }
    if (!known) {
      std::cerr << "error: unknown command \"" << argv[1] << "\"; the commands are " << names
                << " (schemac --help describes them)\n";
      return 1;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error);
    // --help and --version exit 0; usage errors exit 1 like every other error.
    return code == 0 ? 0 : 1;
  }
  if (*check_command) {
    return schemac::cli::Finish(Flushed(schemac::cli::RunCheck(check)));
  }
  if (*print_command) {
    return schemac::cli::Finish(Flushed(schemac::cli::RunPrint(print)));
  }
  if (*sandbox_command) {
    return schemac::cli::Finish(schemac::cli::RunSandbox(sandbox));
  }
  if (ShowsProgress(quiet)) {
    schemac::cli::StartProgress();
  }
  int code = Run({{verify_command, [&] { return schemac::cli::RunVerify(verify); }},
                  {dump_command, [&] { return schemac::cli::RunDump(dump); }},
                  {plan_command, [&] { return schemac::cli::RunPlan(plan); }},
                  {diff_command, [&] { return schemac::cli::RunDiff(diff); }},
                  {apply_command, [&] { return schemac::cli::RunApply(apply); }}});
  schemac::cli::StopProgress();
  return schemac::cli::Finish(Flushed(code));
}
