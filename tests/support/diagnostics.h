// Diagnostics as text, for assertion messages.
#pragma once

#include <string>

#include "schemac/base/diagnostics.h"

namespace schemac::testing {

// RenderAll returns every diagnostic of `sink` as the CLI would print it.
inline std::string RenderAll(const base::DiagnosticSink& sink) {
  std::string out;
  for (const base::Diagnostic& diagnostic : sink.diagnostics()) {
    out += base::RenderDiagnostic(diagnostic);
  }
  return out;
}

}  // namespace schemac::testing
