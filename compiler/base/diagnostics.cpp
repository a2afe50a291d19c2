#include "schemac/base/diagnostics.h"

#include <algorithm>
#include <tuple>

#include <fmt/format.h>

namespace schemac::base {
namespace {

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kNote:
      return "note";
  }
  return "error";
}

// Appends the source line of `range` and a caret line under it. Tabs in the prefix are kept so
// that the caret lines up in a terminal.
void AppendSnippet(std::string& out, const SourceRange& range) {
  if (!range.valid()) {
    return;
  }
  std::string_view line = range.file->LineText(range.line);
  if (line.empty() || line.size() > 500) {
    return;
  }
  out += "  ";
  out += line;
  out += "\n  ";
  size_t column = std::min<size_t>(range.column, line.size() + 1);
  for (size_t i = 0; i + 1 < column; ++i) {
    out += line[i] == '\t' ? '\t' : ' ';
  }
  out += '^';
  size_t available = line.size() >= column ? line.size() - column : 0;
  size_t tildes = std::min<size_t>(range.length > 0 ? range.length - 1 : 0, available);
  out.append(tildes, '~');
  out += '\n';
}

}  // namespace

Diagnostic& DiagnosticSink::Error(std::string code, SourceRange range, std::string message) {
  diagnostics_.push_back(
      Diagnostic{Severity::kError, std::move(code), std::move(message), std::move(range), {}, {}});
  return diagnostics_.back();
}

Diagnostic& DiagnosticSink::Warning(std::string code, SourceRange range, std::string message) {
  diagnostics_.push_back(Diagnostic{
      Severity::kWarning, std::move(code), std::move(message), std::move(range), {}, {}});
  return diagnostics_.back();
}

void DiagnosticSink::Add(Diagnostic diagnostic) {
  diagnostics_.push_back(std::move(diagnostic));
}

std::vector<Diagnostic> DiagnosticSink::Unreported() {
  std::vector<Diagnostic> out(diagnostics_.begin() + static_cast<std::ptrdiff_t>(reported_),
                              diagnostics_.end());
  reported_ = diagnostics_.size();
  return out;
}

size_t DiagnosticSink::error_count() const {
  return static_cast<size_t>(
      std::count_if(diagnostics_.begin(), diagnostics_.end(),
                    [](const Diagnostic& d) { return d.severity == Severity::kError; }));
}

std::string RenderDiagnostic(const Diagnostic& diagnostic) {
  std::string out;
  std::string where = diagnostic.range.Where();
  if (!where.empty()) {
    out += where + ": ";
  }
  out += fmt::format("{}: {}", SeverityName(diagnostic.severity), diagnostic.message);
  if (!diagnostic.code.empty()) {
    out += fmt::format(" [{}]", diagnostic.code);
  }
  out += '\n';
  AppendSnippet(out, diagnostic.range);
  for (const Note& note : diagnostic.notes) {
    std::string note_where = note.range.Where();
    out += note_where.empty() ? "" : note_where + ": ";
    out += "note: " + note.message + "\n";
    AppendSnippet(out, note.range);
  }
  return out;
}

void SortDiagnostics(std::vector<Diagnostic>& diagnostics) {
  auto key = [](const Diagnostic& d) {
    const std::string* path = d.range.file ? &d.range.file->path() : nullptr;
    return std::make_tuple(path == nullptr ? std::string_view() : std::string_view(*path),
                           d.range.line, d.range.column);
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

}  // namespace schemac::base
