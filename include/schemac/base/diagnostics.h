// Diagnostics: what every phase reports into, and what only the CLI renders.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "schemac/base/source.h"

namespace schemac::base {

enum class Severity { kError, kWarning, kNote };

// A Note is attached to a diagnostic, with or without a location of its own.
struct Note {
  SourceRange range;
  std::string message;
};

// Subject is the one object an `unsupported-*` error is about, as exclusion patterns name it
// (catalog::Scope): excluding that object on purpose excuses the error.
struct Subject {
  std::string kind;    // a kind token: "foreign_table", "operator_class", "event_trigger"
  std::string schema;  // "" for what is in no schema (an event trigger, a server)
  std::string name;    // unquoted
  bool operator==(const Subject&) const = default;
};

// Diagnostic is one finding: "path:line:col: error: message [code]". `code` is stable and listed
// in docs/diagnostics.md; `message` is lower case, without a trailing period, says what was found
// and, after "; ", how to fix it.
struct Diagnostic {
  Severity severity = Severity::kError;
  std::string code;
  std::string message;
  SourceRange range;
  std::vector<Note> notes;
  std::optional<Subject> subject;
};

// DiagnosticSink collects the diagnostics of a run in the order they are reported. Phases report
// into a sink and never print.
class DiagnosticSink {
 public:
  Diagnostic& Error(std::string code, SourceRange range, std::string message);
  Diagnostic& Warning(std::string code, SourceRange range, std::string message);
  void Add(Diagnostic diagnostic);

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  size_t error_count() const;
  bool has_errors() const { return error_count() > 0; }

  // Unreported returns the diagnostics added since the last call, for a caller that reports a
  // run's diagnostics as it goes and must show each once; they stay in diagnostics().
  std::vector<Diagnostic> Unreported();

 private:
  std::vector<Diagnostic> diagnostics_;
  size_t reported_ = 0;
};

// RenderDiagnostic formats one diagnostic as Clang does: the location, severity, message and
// code, then the source line with a caret under the range, then its notes.
std::string RenderDiagnostic(const Diagnostic& diagnostic);

// SortDiagnostics orders diagnostics by file, line and column, keeping the report order of
// diagnostics at the same place, so that output does not depend on the order of work.
void SortDiagnostics(std::vector<Diagnostic>& diagnostics);

}  // namespace schemac::base
