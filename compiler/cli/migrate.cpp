// plan, diff and apply: the same planner between two states, reported or applied.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "schemac/apply/apply.h"
#include "schemac/catalog/scope.h"
#include "schemac/plan/plan.h"
#include "schemac/report/report.h"

#include "commands.h"
#include "output.h"
#include "progress.h"
#include "states.h"
#include "unmanaged.h"

namespace schemac::cli {
namespace {

constexpr int kExitChanges = 2;

plan::PlanOptions PlanOptionsOf(const project::Project& project) {
  plan::PlanOptions options;
  options.manage_owners = project.manage_owners;
  return options;
}

std::string Render(const plan::Migration& migration, const catalog::Unmanaged& unmanaged,
                   const std::string& format,
                   report::Comparison comparison = report::Comparison::kDatabaseWithSchema) {
  if (format == "sql") {
    return report::ScriptSql(migration.up, "up", unmanaged);
  }
  if (format == "json") {
    return report::RenderJson(migration, unmanaged);
  }
  if (format == "markdown") {
    return report::RenderMarkdown(migration, unmanaged, comparison);
  }
  return report::RenderHuman(migration, unmanaged, comparison);
}

bool WriteScript(const std::string& path, const plan::Plan& plan, std::string_view title,
                 const catalog::Unmanaged& unmanaged) {
  if (path.empty()) {
    return true;
  }
  std::ofstream out(path, std::ios::binary);
  out << report::ScriptSql(plan, title, unmanaged);
  out.close();
  if (!out) {
    ClearProgress();
    std::cerr << fmt::format("error: cannot write {} [io-error]\n", path);
    return false;
  }
  return true;
}

// CheckScriptPaths reports --up and --down that name one file (one script would overwrite the
// other) or a path in a schema directory or file the command reads (the script would overwrite
// the schema), before anything runs.
void CheckScriptPaths(const MigrationOptions& options, const std::vector<std::string>& sources,
                      base::DiagnosticSink& sink) {
  namespace fs = std::filesystem;
  auto canonical = [](const std::string& path) {
    std::error_code error;
    fs::path out = fs::weakly_canonical(fs::absolute(path, error), error);
    return error ? fs::path(path) : out;
  };
  if (!options.up_file.empty() && !options.down_file.empty() &&
      canonical(options.up_file) == canonical(options.down_file)) {
    sink.Error("io-error", {},
               fmt::format("--up and --down name the same file, {}; give each script a file of "
                           "its own",
                           options.up_file));
    return;
  }
  for (const auto& [flag, path] :
       {std::pair{"--up", &options.up_file}, {"--down", &options.down_file}}) {
    if (path->empty()) {
      continue;
    }
    fs::path script = canonical(*path);
    for (const std::string& source : sources) {
      if (source.empty() || IsDatabase(source)) {
        continue;
      }
      fs::path root = canonical(source);
      if (std::mismatch(root.begin(), root.end(), script.begin(), script.end()).first ==
          root.end()) {
        sink.Error("io-error", {},
                   fmt::format("{} {} is in the schema {} that this command reads: writing the "
                               "script there would change the schema; write it elsewhere",
                               flag, *path, source));
      }
    }
  }
}

// Checks what the states hold that schemac does not manage: a warning for each item, an error
// for each object of `to` whose name is taken in `from`. Prints the diagnostics and returns the
// list of both states' items, or nothing after errors.
std::optional<catalog::Unmanaged> CheckUnmanaged(const catalog::Catalog& from,
                                                 const catalog::Catalog& to) {
  base::DiagnosticSink sink;
  catalog::Unmanaged unmanaged = MergeUnmanaged(from.unmanaged, to.unmanaged);
  WarnUnmanaged(unmanaged, UnmanagedUse::kPlan, sink);
  ReportNameConflicts(to, from, sink);
  ReportKeptSchemas(to, from, sink);
  if (ReportDiagnostics(sink)) {
    return std::nullopt;
  }
  return unmanaged;
}

// Plans from `from` to `to`, prints the report and writes the scripts. Returns the exit code.
int Report(const catalog::Catalog& from, const catalog::Catalog& to,
           const MigrationOptions& options, const plan::PlanOptions& plan_options,
           report::Comparison comparison, Timings& timings) {
  std::optional<catalog::Unmanaged> unmanaged = CheckUnmanaged(from, to);
  if (!unmanaged) {
    return 1;
  }
  base::DiagnosticSink sink;
  Stopwatch plan_watch;
  std::optional<ProgressTask> task(std::in_place, "planning");
  plan::Migration migration = plan::PlanMigration(from, to, sink, plan_options);
  timings.Add("diff", plan_watch.Seconds());
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  Stopwatch emit_watch;
  std::string text = Render(migration, *unmanaged, options.format, comparison);
  bool written = WriteScript(options.up_file, migration.up, "up", *unmanaged) &&
                 WriteScript(options.down_file, migration.down, "down", *unmanaged);
  timings.Add("emit", emit_watch.Seconds());
  task.reset();
  ClearProgress();
  std::cout << text;
  std::cout.flush();
  if (options.timings) {
    ClearProgress();
    timings.Print(std::cerr);
  }
  if (!written) {
    return 1;
  }
  return migration.up.empty() ? 0 : kExitChanges;
}

std::optional<catalog::Catalog> LoadState(const std::string& source, const catalog::Scope& scope,
                                          Scratch& scratch, base::DiagnosticSink& sink,
                                          Timings& timings) {
  if (IsDatabase(source)) {
    return LoadDatabase(source, sink, timings);
  }
  return LoadSchema(source, scope, scratch, sink, timings);
}

// The steps of `plan` that carry a hazard not allowed by `options`, as "step: reason" lines.
std::vector<std::string> Refused(const plan::Plan& plan, const ApplyOptions& options) {
  std::set<std::string> allowed(options.allow.begin(), options.allow.end());
  std::vector<std::string> out;
  for (const plan::Step& step : plan.steps) {
    for (const plan::HazardNote& note : step.hazards) {
      // Only deletes-data stops a run; the other hazards are shown in the plan.
      if (note.hazard != plan::Hazard::kDeletesData || options.allow_hazards ||
          allowed.count(std::string(plan::HazardCode(note.hazard))) != 0) {
        continue;
      }
      out.push_back(fmt::format("{} {}.{}: {}", catalog::KindName(step.object.kind),
                                step.object.schema, step.object.name, note.reason));
    }
  }
  return out;
}

}  // namespace

int RunPlan(const PlanOptions& options) {
  base::DiagnosticSink sink;
  std::optional<project::Project> project = ReadProject(options.migration.scope, sink);
  std::string schema = project ? SchemaPath(options.schema, *project, sink) : "";
  CheckScriptPaths(options.migration, {schema}, sink);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  Timings timings;
  Scratch scratch(options.migration.dev_db, options.migration.pg_bindir);
  // The live database is read while the compiled schema loads into the scratch database, once
  // the load leaves a processor free (not while the files compile, when the syntax trees take
  // the most memory).
  base::DiagnosticSink live_sink;
  Timings live_timings;
  std::optional<catalog::Catalog> live;
  std::thread reader;
  std::optional<catalog::Catalog> desired =
      LoadSchema(schema, project->scope, scratch, sink, timings, [&] {
        reader = std::thread([&] {
          live = LoadDatabase(DefaultConnection(options.db), live_sink, live_timings,
                              /*beside_other_work=*/true);
        });
      });
  if (reader.joinable()) {
    reader.join();
  }
  timings.Merge(live_timings);
  for (const base::Diagnostic& diagnostic : live_sink.diagnostics()) {
    sink.Add(diagnostic);
  }
  if (ReportDiagnostics(sink) || !desired || !live) {
    return 1;
  }
  WarnAbsentSchemas(project->scope, {&*desired, &*live},
                    "in neither the schema files nor the database");
  catalog::ApplyScope(project->scope, *desired);
  catalog::ApplyScope(project->scope, *live);
  if (base::DiagnosticSink roles;
      !CheckRoles(*desired, DefaultConnection(options.db), project->manage_owners, roles)) {
    ReportDiagnostics(roles);
    return 1;
  }
  return Report(*live, *desired, options.migration, PlanOptionsOf(*project),
                report::Comparison::kDatabaseWithSchema, timings);
}

int RunDiff(const DiffOptions& options) {
  base::DiagnosticSink sink;
  std::optional<project::Project> project = ReadProject(options.migration.scope, sink);
  CheckScriptPaths(options.migration, {options.from, options.to}, sink);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  Timings timings;
  Scratch scratch(options.migration.dev_db, options.migration.pg_bindir);
  std::optional<catalog::Catalog> from =
      LoadState(options.from, project->scope, scratch, sink, timings);
  std::optional<catalog::Catalog> to;
  if (from) {
    to = LoadState(options.to, project->scope, scratch, sink, timings);
  }
  if (ReportDiagnostics(sink) || !from || !to) {
    return 1;
  }
  WarnAbsentSchemas(project->scope, {&*from, &*to}, "in neither state");
  catalog::ApplyScope(project->scope, *from);
  catalog::ApplyScope(project->scope, *to);
  return Report(*from, *to, options.migration, PlanOptionsOf(*project),
                report::Comparison::kTwoStates, timings);
}

namespace {

// Apply runs `schemac apply` and returns its exit code.
int Apply(const ApplyOptions& options, Timings& timings) {
  base::DiagnosticSink sink;
  std::optional<project::Project> project = ReadProject(options.migration.scope, sink);
  std::string schema = project ? SchemaPath(options.schema, *project, sink) : "";
  CheckScriptPaths(options.migration, {schema}, sink);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  const catalog::Scope& scope = project->scope;
  Scratch scratch(options.migration.dev_db, options.migration.pg_bindir);
  std::optional<catalog::Catalog> desired = LoadSchema(schema, scope, scratch, sink, timings);
  if (ReportDiagnostics(sink) || !desired) {
    return 1;
  }
  catalog::ApplyScope(scope, *desired);
  std::string connection = DefaultConnection(options.db);
  // The lock is held from before the database is read until the result is verified, so that a
  // second run plans against what the first one left.
  std::unique_ptr<apply::RunLock> lock =
      apply::RunLock::Acquire(connection, options.lock_timeout, sink);
  std::optional<catalog::Catalog> live;
  if (lock != nullptr) {
    live = LoadDatabase(connection, sink, timings);
  }
  if (ReportDiagnostics(sink) || !live) {
    return 1;
  }
  WarnAbsentSchemas(scope, {&*desired, &*live}, "in neither the schema files nor the database");
  catalog::ApplyScope(scope, *live);
  if (base::DiagnosticSink roles;
      !CheckRoles(*desired, connection, project->manage_owners, roles)) {
    ReportDiagnostics(roles);
    return 1;
  }
  std::optional<catalog::Unmanaged> unmanaged = CheckUnmanaged(*live, *desired);
  if (!unmanaged) {
    return 1;
  }
  std::optional<ProgressTask> task(std::in_place, "planning");
  plan::PlanOptions plan_options = PlanOptionsOf(*project);
  plan::Migration migration = plan::PlanMigration(*live, *desired, sink, plan_options);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  std::string text = Render(migration, *unmanaged, options.migration.format);
  task.reset();
  ClearProgress();
  std::cout << text;
  if (!WriteScript(options.migration.up_file, migration.up, "up", *unmanaged) ||
      !WriteScript(options.migration.down_file, migration.down, "down", *unmanaged)) {
    return 1;
  }
  if (migration.up.empty()) {
    return 0;
  }
  std::ostream& status = options.migration.format == "human" ? std::cout : std::cerr;
  std::vector<std::string> refused = Refused(migration.up, options);
  if (options.dry_run) {
    ClearProgress();
    status << "\nDry run: nothing was applied.";
    if (!refused.empty()) {
      status << " Applying this plan needs --allow deletes-data.";
    }
    status << "\n";
    return 0;
  }
  if (!refused.empty()) {
    base::Diagnostic& diagnostic =
        sink.Error("hazard-not-allowed", {},
                   "the plan deletes data; review it, then allow it with --allow deletes-data");
    for (const std::string& line : refused) {
      diagnostic.notes.push_back({{}, line});
    }
    ReportDiagnostics(sink);
    return 1;
  }
  apply::ApplyOptions apply_options;
  apply_options.lock_timeout = options.lock_timeout;
  task.emplace(
      fmt::format("applying: 0 of {}", Plural(migration.up.steps.size(), "step", "steps")));
  apply_options.on_step = [&](size_t done, size_t total) {
    task->Set(fmt::format("applying: {} of {}", done, Plural(total, "step", "steps")));
  };
  Stopwatch apply_watch;
  bool applied = lock->Apply(migration.up, apply_options, sink);
  timings.Add("apply", apply_watch.Seconds());
  task.reset();
  if (ReportDiagnostics(sink) || !applied) {
    return 1;
  }
  // Verify: the database read again must plan to nothing.
  task.emplace("verifying");
  std::optional<catalog::Catalog> after = LoadDatabase(connection, sink, timings);
  if (after) {
    catalog::ApplyScope(scope, *after);
    // Its warnings are the plan's own, shown already (a rename just applied is stale now).
    base::DiagnosticSink verify_sink;
    plan::Migration rest = plan::PlanMigration(*after, *desired, verify_sink, plan_options);
    for (const base::Diagnostic& diagnostic : verify_sink.diagnostics()) {
      if (diagnostic.severity == base::Severity::kError) {
        sink.Add(diagnostic);
      }
    }
    if (!rest.up.empty()) {
      sink.Error(
          "verify-failed", {},
          fmt::format("the migration was applied, but the database still differs from "
                      "the schema in {} (first: {}); please report this with both schemas",
                      Plural(rest.up.steps.size(), "step", "steps"), rest.up.steps[0].description));
    }
  }
  task.reset();
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  ClearProgress();
  status << fmt::format("\nApplied {}. The database matches the schema.\n",
                        Plural(migration.up.steps.size(), "step", "steps"));
  return 0;
}

}  // namespace

int RunApply(const ApplyOptions& options) {
  Timings timings;
  int code = Apply(options, timings);
  if (options.migration.timings) {
    ClearProgress();
    timings.Print(std::cerr);
  }
  return code;
}

}  // namespace schemac::cli
