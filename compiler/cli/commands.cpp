#include "commands.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>

#include <fmt/format.h>
#include <malloc.h>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/print.h"
#include "schemac/pgserver/server.h"
#include "schemac/sema/compile.h"

#include "output.h"
#include "progress.h"
#include "states.h"

namespace schemac::cli {
namespace {

std::string Summary(const sema::CompileResult& result) {
  catalog::Counts counts = catalog::CountObjects(result.catalog);
  return fmt::format(
      "{}, {}: {}, {}, {}, {}, {}, {}, {}, {} ({}, {}), {}, {}, {}, {}, {}, {}, {}",
      Plural(result.files, "file", "files"), Plural(result.statements, "statement", "statements"),
      Plural(counts.schemas, "schema", "schemas"),
      Plural(counts.extensions, "extension", "extensions"),
      Plural(counts.enums, "enum type", "enum types"), Plural(counts.domains, "domain", "domains"),
      Plural(counts.composites, "composite type", "composite types"),
      Plural(counts.ranges, "range type", "range types"),
      Plural(counts.sequences, "sequence", "sequences"), Plural(counts.tables, "table", "tables"),
      Plural(counts.columns, "column", "columns"),
      Plural(counts.constraints, "constraint", "constraints"),
      Plural(counts.indexes, "index", "indexes"), Plural(counts.views, "view", "views"),
      Plural(counts.materialized_views, "materialized view", "materialized views"),
      Plural(counts.functions, "function", "functions"),
      Plural(counts.aggregates, "aggregate", "aggregates"),
      Plural(counts.triggers, "trigger", "triggers"),
      Plural(counts.comments, "comment", "comments"));
}

}  // namespace

int RunCheck(const CheckOptions& options) {
  base::DiagnosticSink sink;
  sema::CompileResult result = sema::CompilePath(options.path, sink);
  bool failed = ReportDiagnostics(sink);
  std::cout << fmt::format("{}: {}\n", options.path, Summary(result));
  return failed ? 1 : 0;
}

int RunPrint(const PrintOptions& options) {
  base::DiagnosticSink sink;
  sema::CompileResult result = sema::CompilePath(options.path, sink);
  // The syntax trees are gone; give their memory back before the output is built.
  malloc_trim(0);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  std::cout << (options.format == "json" ? catalog::PrintJson(result.catalog)
                                         : catalog::PrintSql(result.catalog));
  return 0;
}

int RunVerify(const VerifyOptions& options) {
  base::DiagnosticSink sink;
  sema::CompileResult result = CompileSchema(options.path, sink);
  if (ReportDiagnostics(sink)) {
    return 1;
  }
  ClearProgress();
  std::cout << fmt::format("compiled {}: {}\n", options.path, Summary(result));
  std::string error;
  pgserver::ServerOptions server_options;
  server_options.bin_dir = options.pg_bindir;
  std::optional<ProgressTask> task(std::in_place, "starting the temporary server");
  auto server = pgserver::EphemeralServer::Start(server_options, &error);
  if (server == nullptr) {
    ClearProgress();
    std::cerr << "error: cannot start a temporary PostgreSQL server: " << error << "\n";
    return 1;
  }
  const std::string database = "schemac_verify";
  if (!server->CreateDatabase(database, &error)) {
    ClearProgress();
    std::cerr << "error: " << error << "\n";
    return 1;
  }
  task.emplace("loading the schema into the temporary server");
  pgserver::PsqlResult load = server->RunPsql(catalog::PrintSql(result.catalog), database);
  if (load.exit_code != 0) {
    ClearProgress();
    std::cerr << "error: the compiled schema did not load into PostgreSQL [load-failed]\n"
              << load.errors;
    return 1;
  }
  pgserver::PsqlResult census = server->RunPsql(
      "\\pset tuples_only on\n\\pset format unaligned\n"
      "SELECT current_setting('server_version') || ': ' || count(*) FILTER (WHERE relkind = 'r')"
      " || ' tables, ' || count(*) FILTER (WHERE relkind = 'i') || ' indexes, '"
      " || count(*) FILTER (WHERE relkind = 'S') || ' sequences'"
      " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
      " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast');",
      database);
  std::string line = census.output;
  while (!line.empty() && (line.back() == '\n' || line.back() == ' ')) {
    line.pop_back();
  }
  task.reset();
  ClearProgress();
  std::cout << fmt::format("loaded into a temporary PostgreSQL {}\n", line);
  return 0;
}

}  // namespace schemac::cli
