// What every command prints the same way.
#pragma once

#include <string>
#include <string_view>

#include "schemac/base/diagnostics.h"

namespace schemac::cli {

// ReportDiagnostics prints the diagnostics of a run that it has not printed yet to stderr,
// sorted by place, after erasing the progress line, and, when there are new errors, the count of
// errors. Returns whether the run has errors. While a termination signal is being handled, it
// waits for the end of the process instead (WaitIfEnding).
bool ReportDiagnostics(base::DiagnosticSink& sink);

// Plural returns "1 table" or "3 tables".
std::string Plural(size_t count, std::string_view singular, std::string_view plural);

// DefaultConnection returns `db` when given, else DATABASE_URL when set, else "" (libpq then reads
// PGHOST, PGDATABASE, ...).
std::string DefaultConnection(const std::string& db);

}  // namespace schemac::cli
