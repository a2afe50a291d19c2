#include "states.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>

#include <fmt/format.h>
#include <malloc.h>
#include <sys/resource.h>

#include "schemac/catalog/objects.h"
#include "schemac/introspect/introspect.h"
#include "schemac/normalize/normalize.h"
#include "schemac/normalize/roles.h"
#include "schemac/pg/session.h"
#include "schemac/sema/compile.h"

#include "output.h"
#include "progress.h"

namespace schemac::cli {

void Timings::Add(const std::string& phase, double seconds) {
  for (auto& [name, total] : phases_) {
    if (name == phase) {
      total += seconds;
      return;
    }
  }
  phases_.emplace_back(phase, seconds);
}

void Timings::Merge(const Timings& other) {
  for (const auto& [name, seconds] : other.phases_) {
    Add(name, seconds);
  }
}

void Timings::Print(std::ostream& out) const {
  for (const auto& [name, seconds] : phases_) {
    out << fmt::format("timing\t{}\t{:.3f}\n", name, seconds);
  }
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) == 0) {
    out << fmt::format("memory\tpeak-rss-kib\t{}\n", usage.ru_maxrss);
  }
}

Stopwatch::Stopwatch()
    : start_ns_(std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now().time_since_epoch())
                    .count()) {}

double Stopwatch::Seconds() const {
  long long now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now().time_since_epoch())
                      .count();
  return static_cast<double>(now - start_ns_) / 1e9;
}

Scratch::Scratch(std::string dev_db, std::string pg_bindir, bool offers_dev_db)
    : dev_db_(std::move(dev_db)), pg_bindir_(std::move(pg_bindir)), offers_dev_db_(offers_dev_db) {}

Scratch::~Scratch() = default;

std::string Scratch::Connection(base::DiagnosticSink& sink, Timings& timings) {
  if (!dev_db_.empty()) {
    return dev_db_;
  }
  if (server_ == nullptr) {
    ProgressTask task("starting the temporary server");
    Stopwatch watch;
    pgserver::ServerOptions options;
    options.bin_dir = pg_bindir_;
    std::string error;
    server_ = pgserver::EphemeralServer::Start(options, &error);
    timings.Add("scratch-server", watch.Seconds());
    if (server_ == nullptr) {
      sink.Error("scratch-server-failed", {},
                 fmt::format("cannot start a temporary PostgreSQL server to normalise the schema "
                             "on: {}{}",
                             error, offers_dev_db_ ? "; or give a server with --dev-db" : ""));
      return "";
    }
  }
  return server_->ConnectionString("postgres");
}

bool IsDatabase(const std::string& source) {
  if (source.starts_with("postgresql://") || source.starts_with("postgres://")) {
    return true;
  }
  std::error_code error;
  return !std::filesystem::exists(source, error) && source.find('=') != std::string::npos;
}

namespace {

// Excused returns the object an unsupported statement is about, with the rule that excludes it,
// when `scope` excludes it.
std::optional<catalog::ExcludedObject> Excused(const base::Diagnostic& diagnostic,
                                               const catalog::Scope& scope) {
  if (diagnostic.severity != base::Severity::kError || !diagnostic.subject) {
    return std::nullopt;
  }
  const base::Subject& subject = *diagnostic.subject;
  std::optional<catalog::ExcludedObject> excluded =
      catalog::ExcludedBy(scope, subject.kind, subject.schema, subject.name);
  if (excluded) {
    excluded->kind = subject.kind;
    std::replace(excluded->kind.begin(), excluded->kind.end(), '_', ' ');
    excluded->identity =
        subject.schema.empty() ? subject.name : subject.schema + "." + subject.name;
    excluded->schema = subject.schema;
  }
  return excluded;
}

}  // namespace

sema::CompileResult CompileSchema(const std::string& path, base::DiagnosticSink& sink) {
  ProgressTask task("compiling");
  return sema::CompilePath(path, sink, [&](size_t parsed, size_t total, size_t statements) {
    std::string read = Plural(statements, "statement", "statements");
    task.Set(parsed < total
                 ? fmt::format("compiling: {} of {} files, {}", parsed, total, read)
                 : fmt::format("compiling: {}, {}", Plural(parsed, "file", "files"), read));
  });
}

std::optional<catalog::Catalog> LoadSchema(const std::string& path, const catalog::Scope& scope,
                                           Scratch& scratch, base::DiagnosticSink& sink,
                                           Timings& timings, const std::function<void()>& spare) {
  // The files compile on another thread while this one starts the scratch server (a server
  // belongs to the thread that started it, which must outlive it).
  base::DiagnosticSink compile_sink;
  sema::CompileResult compiled;
  double compile_seconds = 0;
  std::thread compiler([&] {
    Stopwatch watch;
    compiled = CompileSchema(path, compile_sink);
    compile_seconds = watch.Seconds();
  });
  base::DiagnosticSink server_sink;
  std::string connection = scratch.Connection(server_sink, timings);
  compiler.join();
  // The syntax trees are gone; give their memory back so that later phases do not add to it.
  malloc_trim(0);
  timings.Add("compile", compile_seconds);
  std::vector<catalog::ExcludedObject> excused;
  for (const base::Diagnostic& diagnostic : compile_sink.diagnostics()) {
    if (std::optional<catalog::ExcludedObject> excluded = Excused(diagnostic, scope)) {
      excused.push_back(std::move(*excluded));
      continue;
    }
    sink.Add(diagnostic);
  }
  if (sink.has_errors()) {
    return std::nullopt;
  }
  for (const base::Diagnostic& diagnostic : server_sink.diagnostics()) {
    sink.Add(diagnostic);
  }
  if (connection.empty()) {
    return std::nullopt;
  }
  normalize::NormalizeStats stats;
  normalize::NormalizeOptions options;
  options.stats = &stats;
  options.on_one_connection = spare;
  // The temporary server goes with its databases; a server given with --dev-db keeps running.
  options.leave_scratch_database = scratch.Disposable();
  options.create_roles = scratch.Disposable();
  ProgressTask task("loading the scratch database");
  options.on_progress = [&](const normalize::NormalizeProgress& progress) {
    task.Set(progress.stage == normalize::NormalizeProgress::Stage::kReading
                 ? "reading the scratch database"
                 : fmt::format("loading the scratch database: {} of {}", progress.loaded,
                               Plural(progress.total, "statement", "statements")));
  };
  std::optional<catalog::Catalog> normalized =
      normalize::Normalize(std::move(compiled.catalog), connection, sink, options);
  timings.Add("scratch-load", stats.load_seconds);
  timings.Add("scratch-introspect", stats.introspect_seconds);
  timings.Add("scratch-bodies", stats.bodies_seconds);
  timings.Add("scratch-reread", stats.reread_seconds);
  if (normalized) {
    std::vector<catalog::ExcludedObject>& excluded = normalized->unmanaged.excluded;
    excluded.insert(excluded.end(), excused.begin(), excused.end());
    normalized->unmanaged.Sort();
  }
  return normalized;
}

bool CheckRoles(const catalog::Catalog& desired, const std::string& connection, bool owners,
                base::DiagnosticSink& sink) {
  std::map<std::string, base::SourceRange> roles = normalize::NamedRoles(desired);
  if (owners) {
    catalog::ForEachObject(desired, [&](const catalog::ObjectKey& /*key*/, const auto& object) {
      if constexpr (requires { object.owner.role; }) {
        if (object.owner.role) {
          roles.emplace(*object.owner.role, object.origin.range);
        }
      }
    });
  }
  if (roles.empty()) {
    return true;
  }
  std::string reason;
  std::unique_ptr<pg::Session> session = pg::Session::Open(connection, &reason);
  if (session == nullptr) {
    sink.Error("connection-failed", {},
               fmt::format("cannot connect to the database: {}; check the connection string "
                           "and that the server is running",
                           reason));
    return false;
  }
  try {
    return normalize::EnsureRoles(*session, roles, false, "the server of the database (--db)",
                                  sink);
  } catch (const pg::Error& error) {
    sink.Error("introspection-failed", {},
               fmt::format("reading the roles of the database's server failed: {}",
                           error.error().primary));
    return false;
  }
}

std::optional<catalog::Catalog> LoadDatabase(const std::string& connection,
                                             base::DiagnosticSink& sink, Timings& timings,
                                             bool beside_other_work) {
  ProgressTask task("reading the database");
  Stopwatch watch;
  introspect::IntrospectOptions options;
  options.second_session = !beside_other_work;
  catalog::Catalog live = introspect::Introspect(connection, sink, nullptr, options);
  timings.Add("introspect", watch.Seconds());
  if (sink.has_errors()) {
    return std::nullopt;
  }
  return live;
}

}  // namespace schemac::cli
