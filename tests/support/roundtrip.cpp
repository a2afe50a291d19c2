#include "support/roundtrip.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <tuple>
#include <type_traits>

#include <fmt/format.h>

#include "schemac/apply/apply.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/print.h"
#include "schemac/introspect/introspect.h"
#include "schemac/normalize/normalize.h"
#include "schemac/parse/parser.h"
#include "schemac/plan/canonical.h"
#include "schemac/sema/compile.h"

#include "support/diagnostics.h"

namespace schemac::testing {
namespace {

// Lines of `a` missing from `b`, each prefixed with `mark`.
std::string MissingLines(const std::string& a, const std::string& b, char mark) {
  std::multiset<std::string> lines_b;
  std::istringstream in_b(b);
  for (std::string line; std::getline(in_b, line);) {
    lines_b.insert(line);
  }
  std::string out;
  std::istringstream in_a(a);
  for (std::string line; std::getline(in_a, line);) {
    auto it = lines_b.find(line);
    if (it == lines_b.end()) {
      out += fmt::format("  {} {}\n", mark, line);
    } else {
      lines_b.erase(it);
    }
  }
  return out;
}

std::string Difference(const catalog::Catalog& actual, const catalog::Catalog& expected) {
  std::string a = plan::CanonicalSql(actual);
  std::string b = plan::CanonicalSql(expected);
  std::string lines = MissingLines(b, a, '-') + MissingLines(a, b, '+');
  return lines.empty() ? "  (the same canonical SQL)\n" : lines;
}

// SameSchema compares two catalogs as the round trip must: PostgreSQL adds a column at the end of
// its table and cannot move it, so a column's position is not part of the comparison.
bool SameSchema(catalog::Catalog a, catalog::Catalog b) {
  for (catalog::Catalog* catalog : {&a, &b}) {
    for (auto& [name, table] : catalog->tables) {
      std::sort(table.columns.begin(), table.columns.end(),
                [](const catalog::Column& x, const catalog::Column& y) { return x.name < y.name; });
    }
  }
  return a == b;
}

// Compiled compiles `sql` as a schema file, or returns nothing when it does not compile.
std::optional<catalog::Catalog> Compiled(const std::string& sql) {
  base::DiagnosticSink sink;
  std::vector<ast::File> files;
  files.push_back(parse::ParseFile(std::make_shared<base::SourceFile>("to.sql", sql), sink));
  catalog::Catalog compiled = sema::Compile(std::move(files), sink);
  if (sink.has_errors()) {
    return std::nullopt;
  }
  return compiled;
}

// FromFiles compiles `sql` as a schema file, as `schemac plan` compiles schema files, and
// normalises it through a scratch database on `server`: the desired state on the path users run.
std::optional<catalog::Catalog> FromFiles(const pgserver::EphemeralServer& server,
                                          const std::string& sql, base::DiagnosticSink& sink) {
  std::vector<ast::File> files;
  files.push_back(parse::ParseFile(std::make_shared<base::SourceFile>("to.sql", sql), sink));
  catalog::Catalog compiled = sema::Compile(std::move(files), sink);
  if (sink.has_errors()) {
    return std::nullopt;
  }
  return normalize::Normalize(compiled, server.ConnectionString("postgres"), sink);
}

// The steps of a plan as text: each step's target, description, hazards and statements.
std::string StepsText(const plan::Plan& plan) {
  std::string out;
  for (const plan::Step& step : plan.steps) {
    out += fmt::format("{} {}.{}.{}: {}\n", plan::ActionName(step.action), step.target.schema,
                       step.target.name, step.target.sub_name, step.description);
    for (const plan::HazardNote& hazard : step.hazards) {
      out += fmt::format("  ! {}: {}\n", plan::HazardCode(hazard.hazard), hazard.reason);
    }
    for (const std::string& statement : step.statements) {
      out += "  " + statement + "\n";
    }
  }
  return out;
}

class Databases {
 public:
  Databases(const pgserver::EphemeralServer& server, std::string name)
      : server_(server), name_(std::move(name)) {}
  ~Databases() {
    server_.RunPsql(
        fmt::format("DROP DATABASE IF EXISTS {0}_live WITH (FORCE);\n"
                    "DROP DATABASE IF EXISTS {0}_to WITH (FORCE);\n",
                    name_));
  }
  std::string Live() const { return name_ + "_live"; }
  std::string To() const { return name_ + "_to"; }

 private:
  const pgserver::EphemeralServer& server_;
  std::string name_;
};

}  // namespace

RoundTripResult RunRoundTrip(const pgserver::EphemeralServer& server, const std::string& name,
                             const std::string& from_sql, const std::string& to_sql,
                             const RoundTripData& data) {
  RoundTripResult result;
  Databases databases(server, name);
  std::string error;
  for (const auto& [database, sql] :
       {std::pair{databases.Live(), &from_sql}, std::pair{databases.To(), &to_sql}}) {
    if (!server.CreateDatabase(database, &error)) {
      result.failure = "cannot create database: " + error;
      return result;
    }
    pgserver::PsqlResult load = server.RunPsql(*sql, database);
    if (load.exit_code != 0) {
      result.failure = fmt::format("psql cannot load the {} schema:\n{}",
                                   database == databases.Live() ? "from" : "to", load.errors);
      return result;
    }
  }
  // Runs one of the data scripts on the migrated database; false, with the failure set, when
  // psql reports an error.
  auto run = [&](const std::string& sql, std::string_view what) {
    if (sql.empty()) {
      return true;
    }
    pgserver::PsqlResult ran = server.RunPsql(sql, databases.Live());
    if (ran.exit_code != 0) {
      result.failure = fmt::format("{} failed:\n{}", what, ran.errors);
    }
    return ran.exit_code == 0;
  };
  if (!run(data.seed, "seed.sql")) {
    return result;
  }
  std::string live = server.ConnectionString(databases.Live());
  base::DiagnosticSink sink;
  auto introspect = [&](const std::string& connection) {
    return introspect::Introspect(connection, sink);
  };
  catalog::Catalog from = introspect(live);
  catalog::Catalog to = introspect(server.ConnectionString(databases.To()));
  if (sink.has_errors()) {
    result.failure = "introspection failed:\n" + RenderAll(sink);
    return result;
  }
  // What schemac leaves alone would pass unseen: every object of a case must be managed.
  for (const auto& [file, loaded] : {std::pair{"from.sql", &from}, std::pair{"to.sql", &to}}) {
    for (const catalog::UnmanagedObject& item : loaded->unmanaged.items) {
      if (!item.property) {
        result.failure =
            fmt::format("{} holds {}, which schemac does not manage{}", file, item.Title(),
                        item.detail.empty() ? "" : " (" + item.detail + ")");
        return result;
      }
    }
  }
  // The annotations of to.sql say how to convert columns, in both directions, and what was
  // renamed.
  std::optional<catalog::Catalog> compiled = Compiled(to_sql);
  if (!compiled) {
    result.failure = "to.sql does not compile";
    return result;
  }
  catalog::ForEachObject(*compiled, [&](const catalog::ObjectKey& key, const auto& object) {
    catalog::VisitObject(to, key, [&](auto& target) {
      target.origin.renamed_from = object.origin.renamed_from;
      target.origin.renamed_labels = object.origin.renamed_labels;
      using Source = std::decay_t<decltype(object)>;
      using Target = std::decay_t<decltype(target)>;
      if constexpr (std::is_same_v<Source, catalog::Column> &&
                    std::is_same_v<Target, catalog::Column>) {
        target.hints = object.hints;
      }
    });
  });
  result.migration = plan::PlanMigration(from, to, sink);
  if (sink.has_errors()) {
    result.failure = "planning failed:\n" + RenderAll(sink);
    return result;
  }
  // The path users run: to.sql as schema files, compiled and normalised through a scratch
  // database, is the database psql loaded from it, and plans the same migration.
  std::optional<catalog::Catalog> desired = FromFiles(server, to_sql, sink);
  if (!desired || sink.has_errors()) {
    result.failure = "to.sql as schema files does not compile and load:\n" + RenderAll(sink);
    return result;
  }
  if (!SameSchema(*desired, to)) {
    result.failure =
        "to.sql as schema files differs from to.sql loaded with psql (- psql, + files):\n" +
        Difference(*desired, to);
    return result;
  }
  plan::Migration from_files = plan::PlanMigration(from, *desired, sink);
  for (const auto& [direction, files_plan, psql_plan] :
       {std::tuple{"up", &from_files.up, &result.migration.up},
        std::tuple{"down", &from_files.down, &result.migration.down}}) {
    std::string files_steps = StepsText(*files_plan);
    std::string psql_steps = StepsText(*psql_plan);
    if (files_steps != psql_steps) {
      result.failure = fmt::format(
          "the {} plan from to.sql as schema files differs from the one from to.sql loaded with "
          "psql:\n--- schema files:\n{}--- psql:\n{}",
          direction, files_steps, psql_steps);
      return result;
    }
  }
  apply::ApplyOptions options;
  if (!apply::ApplyPlan(live, result.migration.up, options, sink)) {
    result.failure = "applying up failed:\n" + RenderAll(sink);
    return result;
  }
  catalog::Catalog after_up = introspect(live);
  if (!SameSchema(after_up, to)) {
    result.failure = "after up, the database differs from `to` (- expected, + actual):\n" +
                     Difference(after_up, to);
    return result;
  }
  plan::Migration again = plan::PlanMigration(after_up, to, sink);
  if (!again.up.empty()) {
    result.failure = fmt::format("after up, a second plan is not empty: {} steps, first: {}",
                                 again.up.steps.size(), again.up.steps[0].statements.at(0));
    return result;
  }
  // What `schemac dump` writes of the migrated database, as schema files, plans to nothing
  // against it.
  std::string dumped = plan::CanonicalSql(after_up);
  std::optional<catalog::Catalog> redumped = FromFiles(server, dumped, sink);
  if (!redumped || sink.has_errors()) {
    result.failure = "the dump of the migrated database does not compile and load:\n" +
                     RenderAll(sink) + "\n" + dumped;
    return result;
  }
  // As `schemac plan` of the dump against the database: a check that the server prints in
  // another form once read again is the same check (diff::SameConstraint), not a difference.
  plan::Migration replan = plan::PlanMigration(after_up, *redumped, sink);
  if (sink.has_errors() || !replan.up.empty()) {
    result.failure = "the plan of the dump against the migrated database is not empty:\n" +
                     RenderAll(sink) + StepsText(replan.up);
    return result;
  }
  if (!run(data.after_up, "after_up.sql")) {
    return result;
  }
  if (!apply::ApplyPlan(live, result.migration.down, options, sink)) {
    result.failure = "applying down failed:\n" + RenderAll(sink);
    return result;
  }
  catalog::Catalog after_down = introspect(live);
  if (!SameSchema(after_down, from)) {
    result.failure = "after down, the database differs from `from` (- expected, + actual):\n" +
                     Difference(after_down, from);
    return result;
  }
  if (!run(data.after_down, "after_down.sql")) {
    return result;
  }
  if (sink.has_errors()) {
    result.failure = RenderAll(sink);
  }
  return result;
}

}  // namespace schemac::testing
