#include "output.h"

#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

#include "progress.h"
#include "signals.h"

namespace schemac::cli {

bool ReportDiagnostics(base::DiagnosticSink& sink) {
  WaitIfEnding();
  std::vector<base::Diagnostic> diagnostics = sink.diagnostics();
  if (!diagnostics.empty()) {
    ClearProgress();
  }
  base::SortDiagnostics(diagnostics);
  for (const base::Diagnostic& diagnostic : diagnostics) {
    std::cerr << base::RenderDiagnostic(diagnostic);
  }
  size_t errors = sink.error_count();
  if (errors > 0) {
    std::cerr << fmt::format("{} error{}\n", errors, errors == 1 ? "" : "s");
  }
  return errors > 0;
}

std::string Plural(size_t count, std::string_view singular, std::string_view plural) {
  return fmt::format("{} {}", count, count == 1 ? singular : plural);
}

std::string DefaultConnection(const std::string& db) {
  if (!db.empty()) {
    return db;
  }
  const char* url = std::getenv("DATABASE_URL");
  return url != nullptr ? url : "";
}

}  // namespace schemac::cli
