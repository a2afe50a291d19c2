#include "output.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

#include "progress.h"
#include "signals.h"

namespace schemac::cli {

bool ReportDiagnostics(base::DiagnosticSink& sink) {
  WaitIfEnding();
  // A command reports as it goes: each diagnostic is printed once, the count of errors with
  // the first errors printed.
  std::vector<base::Diagnostic> diagnostics = sink.Unreported();
  if (!diagnostics.empty()) {
    ClearProgress();
  }
  base::SortDiagnostics(diagnostics);
  for (const base::Diagnostic& diagnostic : diagnostics) {
    std::cerr << base::RenderDiagnostic(diagnostic);
  }
  size_t errors = sink.error_count();
  bool new_errors = std::any_of(diagnostics.begin(), diagnostics.end(),
                                [](const auto& d) { return d.severity == base::Severity::kError; });
  if (errors > 0 && new_errors) {
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
