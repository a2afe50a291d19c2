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
#include "schemac/plan/canonical.h"
#include "schemac/sema/compile.h"

#include "output.h"
#include "progress.h"
#include "states.h"

namespace schemac::cli {
namespace {

// What a catalog holds, in words ("2 schemas, 1 extension, ...").
std::string Contents(const catalog::Catalog& catalog) {
  catalog::Counts counts = catalog::CountObjects(catalog);
  return fmt::format(
      "{}, {}, {}, {}, {}, {}, {}, {} ({}, {}), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}",
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
      Plural(counts.triggers, "trigger", "triggers"), Plural(counts.rules, "rule", "rules"),
      Plural(counts.statistics, "statistics object", "statistics objects"),
      Plural(counts.policies, "policy", "policies"),
      Plural(counts.comments, "comment", "comments"));
}

std::string Summary(const sema::CompileResult& result) {
  return fmt::format("{}, {}: {}", Plural(result.files, "file", "files"),
                     Plural(result.statements, "statement", "statements"),
                     Contents(result.catalog));
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
                                         : plan::CanonicalSql(result.catalog));
  return 0;
}

int RunVerify(const VerifyOptions& options) {
  // The same load as every plan's: the statements as written, retried while the server refuses
  // them for an object another statement creates.
  base::DiagnosticSink sink;
  Timings timings;
  Scratch scratch("", options.pg_bindir);
  std::optional<catalog::Catalog> loaded = LoadSchema(options.path, {}, scratch, sink, timings);
  ClearProgress();
  if (ReportDiagnostics(sink) || !loaded) {
    return 1;
  }
  std::cout << fmt::format("loaded {} into a temporary PostgreSQL server: {}\n", options.path,
                           Contents(*loaded));
  return 0;
}

}  // namespace schemac::cli
