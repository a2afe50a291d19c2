#include "commands.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <malloc.h>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/print.h"
#include "schemac/pgserver/server.h"
#include "schemac/plan/canonical.h"
#include "schemac/sema/compile.h"

#include "output.h"
#include "progress.h"
#include "states.h"

namespace schemac::cli {
namespace {

// The plural of a kind's word: "indexes", "policies", "operator classes", "default privileges".
std::string PluralOf(std::string_view word) {
  std::string out(word);
  if (out.ends_with("y")) {
    return out.substr(0, out.size() - 1) + "ies";
  }
  if (out.ends_with("x")) {
    return out + "es";
  }
  if (out.ends_with("ss")) {
    return out + "es";  // "operator classes"
  }
  return out.ends_with("s") ? out : out + "s";
}

// What a catalog holds, in words ("2 schemas, 1 extension, ..."): schemas and tables always, with
// the tables' columns and constraints, every other kind the catalog has, in rank order.
std::string Contents(const catalog::Catalog& catalog) {
  catalog::Counts counts = catalog::CountObjects(catalog);
  std::vector<std::string> parts;
  for (const catalog::KindFacts& facts : catalog::Kinds()) {
    size_t count = counts.Of(facts.kind);
    bool always =
        facts.kind == catalog::ObjectKind::kSchema || facts.kind == catalog::ObjectKind::kTable;
    if (facts.parent || (count == 0 && !always)) {
      continue;  // columns and constraints are counted with their tables
    }
    std::string part = Plural(count, facts.word, PluralOf(facts.word));
    if (facts.kind == catalog::ObjectKind::kTable) {
      part += fmt::format(
          " ({}, {})", Plural(counts.Of(catalog::ObjectKind::kColumn), "column", "columns"),
          Plural(counts.Of(catalog::ObjectKind::kConstraint), "constraint", "constraints"));
    }
    parts.push_back(std::move(part));
  }
  parts.push_back(Plural(counts.comments, "comment", "comments"));
  return fmt::format("{}", fmt::join(parts, ", "));
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
  Scratch scratch("", options.pg_bindir, /*offers_dev_db=*/false);
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
