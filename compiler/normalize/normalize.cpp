#include "schemac/normalize/normalize.h"

#include <chrono>
#include <exception>
#include <memory>

#include <fmt/format.h>

#include "schemac/base/text.h"
#include "schemac/introspect/introspect.h"
#include "schemac/normalize/roles.h"

#include "bodies.h"
#include "load.h"
#include "origins.h"
#include "reread.h"
#include "scratch.h"

namespace schemac::normalize {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Abbreviated returns the first line of a statement, cut to about 100 bytes.
std::string Abbreviated(const std::string& sql) {
  constexpr size_t kLength = 100;
  std::string line = base::FirstLine(sql);
  if (line.size() <= kLength && line.size() == sql.size()) {
    return line;
  }
  size_t cut = std::min(line.size(), kLength);
  // Never cut a UTF-8 sequence in two.
  while (cut > 0 && cut < line.size() && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  return line.substr(0, cut) + " ...";
}

void ReportRefusal(const std::vector<LoadStatement>& statements, const LoadFailure& failure,
                   base::DiagnosticSink& sink) {
  const LoadStatement& statement = statements[failure.statement];
  base::SourceRange origin = statement.origin;
  // The server points at a line of the statement: report at the declaration of that line.
  std::optional<uint32_t> line;
  if (failure.error.position) {
    line = LineOfPosition(statement.sql, *failure.error.position);
  }
  if (line && *line >= 1 && *line <= statement.line_origins.size() &&
      statement.line_origins[*line - 1].valid()) {
    origin = statement.line_origins[*line - 1];
  }
  // In a body as written (a view's query), at the word the server points at.
  if (failure.error.position) {
    if (std::optional<base::SourceRange> place = PlaceInFile(statement, *failure.error.position)) {
      origin = *place;
    }
  }
  base::Diagnostic& diagnostic =
      sink.Error("load-failed", origin,
                 fmt::format("the server refused this statement: {}; fix the declaration "
                             "(schemac leaves some checks, such as those of functions and "
                             "casts, to the server)",
                             failure.error.primary));
  if (!failure.error.detail.empty()) {
    diagnostic.notes.push_back({{}, "the server's detail: " + failure.error.detail});
  }
  if (!failure.error.hint.empty()) {
    diagnostic.notes.push_back({{}, "the server's hint: " + failure.error.hint});
  }
  if (!failure.error.sqlstate.empty()) {
    diagnostic.notes.push_back({{}, "SQLSTATE " + failure.error.sqlstate});
  }
  diagnostic.notes.push_back({{}, "the statement was: " + Abbreviated(statement.sql)});
}

// LoadInto loads the statements into the scratch database; false when it reported an error.
bool LoadInto(const ScratchDatabase& scratch, const std::vector<LoadStatement>& statements,
              const NormalizeOptions& options, base::DiagnosticSink& sink, NormalizeStats& stats) {
  std::string reason;
  std::unique_ptr<pg::Session> connection = pg::Session::Open(scratch.connection_string(), &reason);
  if (connection == nullptr) {
    sink.Error("connection-failed", {},
               fmt::format("cannot connect to the scratch database: {}; check that the role may "
                           "connect to the databases it creates",
                           reason));
    return false;
  }
  try {
    std::function<void(size_t)> on_loaded;
    if (options.on_progress) {
      on_loaded = [&](size_t loaded) {
        options.on_progress({NormalizeProgress::Stage::kLoading, loaded, statements.size()});
      };
    }
    std::optional<LoadFailure> failure =
        Load(*connection, scratch.connection_string(), statements, DefaultLanes(),
             options.on_one_connection, on_loaded, stats);
    if (failure) {
      ReportRefusal(statements, *failure, sink);
      return false;
    }
    return true;
  } catch (const pg::Error& error) {
    sink.Error("load-failed", {},
               fmt::format("loading the schema into the scratch database failed: {}; check "
                           "that the server is running",
                           error.error().primary));
    return false;
  }
}

std::optional<catalog::Catalog> Run(std::vector<LoadStatement> statements, const Origins& origins,
                                    const std::map<std::string, base::SourceRange>& roles,
                                    const std::string& server_connection,
                                    const NormalizeOptions& options, base::DiagnosticSink& sink,
                                    NormalizeStats& stats) {
  Clock::time_point start = Clock::now();
  stats.statements = statements.size();
  if (options.on_progress) {
    options.on_progress({NormalizeProgress::Stage::kLoading, 0, statements.size()});
  }
  std::unique_ptr<ScratchDatabase> scratch = ScratchDatabase::Create(server_connection, sink);
  if (scratch == nullptr) {
    return std::nullopt;
  }
  if (!roles.empty()) {
    std::string reason;
    std::unique_ptr<pg::Session> session = pg::Session::Open(scratch->connection_string(), &reason);
    if (session == nullptr) {
      sink.Error("connection-failed", {},
                 fmt::format("cannot connect to the scratch database: {}", reason));
      return std::nullopt;
    }
    if (!EnsureRoles(*session, roles, options.create_roles,
                     "the server the schema is checked on (--dev-db)", sink)) {
      return std::nullopt;
    }
  }
  if (options.leave_scratch_database) {
    scratch->Leave();
  }
  bool loaded = LoadInto(*scratch, statements, options, sink, stats);
  std::vector<LoadStatement>().swap(statements);  // not needed any more: free it
  stats.load_seconds = SecondsSince(start);
  if (!loaded) {
    return std::nullopt;
  }
  start = Clock::now();
  std::string reason;
  std::unique_ptr<pg::Session> session = pg::Session::Open(scratch->connection_string(), &reason);
  if (session == nullptr) {
    sink.Error("connection-failed", {},
               fmt::format("cannot connect to the scratch database again: {}", reason));
    return std::nullopt;
  }
  size_t errors_before_bodies = sink.error_count();
  stats.bodies = CheckFunctionBodies(*session, origins, sink);
  stats.bodies_seconds = SecondsSince(start);
  if (sink.error_count() > errors_before_bodies) {
    scratch->Drop();
    return std::nullopt;
  }
  if (options.on_progress) {
    options.on_progress({NormalizeProgress::Stage::kReading, stats.statements, stats.statements});
  }
  start = Clock::now();
  base::DiagnosticSink introspect_sink;
  catalog::Catalog normalized =
      introspect::Introspect(scratch->connection_string(), introspect_sink);
  stats.introspect_seconds = SecondsSince(start);
  start = Clock::now();
  if (!introspect_sink.has_errors()) {
    RereadChecks(*session, normalized);
    RereadFunctions(*session, normalized);
  }
  stats.reread_seconds = SecondsSince(start);
  for (const base::Diagnostic& diagnostic : introspect_sink.diagnostics()) {
    sink.Add(diagnostic);
  }
  size_t errors = sink.error_count();
  scratch->Drop();
  if (introspect_sink.has_errors() || sink.error_count() > errors) {
    return std::nullopt;
  }
  origins.ApplyTo(normalized);
  return normalized;
}

}  // namespace

namespace {

std::optional<catalog::Catalog> Guarded(std::vector<LoadStatement> statements,
                                        const Origins& origins,
                                        const std::map<std::string, base::SourceRange>& roles,
                                        const std::string& server_connection,
                                        const NormalizeOptions& options,
                                        base::DiagnosticSink& sink) {
  NormalizeStats ignored;
  NormalizeStats& out = options.stats != nullptr ? *options.stats : ignored;
  out = {};
  try {
    return Run(std::move(statements), origins, roles, server_connection, options, sink, out);
  } catch (const std::exception& error) {
    sink.Error("load-failed", {},
               fmt::format("normalising the schema through a scratch database failed: {}",
                           base::FirstLine(error.what())));
  }
  return std::nullopt;
}

}  // namespace

std::optional<catalog::Catalog> Normalize(const catalog::Catalog& compiled,
                                          const std::string& server_connection,
                                          base::DiagnosticSink& sink, NormalizeStats* stats) {
  NormalizeOptions options;
  options.stats = stats;
  return Guarded(LoadStatements(compiled), Origins(compiled), NamedRoles(compiled),
                 server_connection, options, sink);
}

std::optional<catalog::Catalog> Normalize(catalog::Catalog&& compiled,
                                          const std::string& server_connection,
                                          base::DiagnosticSink& sink,
                                          const NormalizeOptions& options) {
  std::vector<LoadStatement> statements = LoadStatements(compiled);
  Origins origins(compiled);
  std::map<std::string, base::SourceRange> roles = NamedRoles(compiled);
  compiled = catalog::Catalog();  // free the compiled catalog before the scratch load
  return Guarded(std::move(statements), origins, roles, server_connection, options, sink);
}

}  // namespace schemac::normalize
