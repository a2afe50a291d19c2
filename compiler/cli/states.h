// The two kinds of schema state a migration command compares: a directory of schema files,
// compiled and normalised through a scratch database, and a live database, introspected.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/catalog.h"
#include "schemac/catalog/scope.h"
#include "schemac/pgserver/server.h"
#include "schemac/sema/compile.h"

namespace schemac::cli {

// Timings collects how long each phase of a command took, printed with --timings as lines
// "timing<TAB><phase><TAB><seconds>" on stderr, followed by "memory<TAB>peak-rss-kib<TAB><n>",
// the peak resident set of the schemac process itself.
class Timings {
 public:
  void Add(const std::string& phase, double seconds);
  // Merge adds the phases of timings measured on another thread (phases may overlap in time).
  void Merge(const Timings& other);
  void Print(std::ostream& out) const;

 private:
  std::vector<std::pair<std::string, double>> phases_;
};

// Stopwatch measures one phase.
class Stopwatch {
 public:
  Stopwatch();
  double Seconds() const;

 private:
  long long start_ns_;
};

// Scratch is the server on which schema directories are normalised: the server given with
// --dev-db, or a temporary one started the first time it is needed and removed at exit.
class Scratch {
 public:
  // `offers_dev_db`: whether the command has --dev-db, which a failure to start the temporary
  // server then suggests.
  Scratch(std::string dev_db, std::string pg_bindir, bool offers_dev_db = true);
  ~Scratch();
  // Connection returns a connection string to the scratch server, or "" after reporting why
  // there is none.
  std::string Connection(base::DiagnosticSink& sink, Timings& timings);
  // Disposable says whether the scratch server is schemac's own, removed with everything on it
  // when this object goes (not a server given with --dev-db).
  bool Disposable() const { return dev_db_.empty(); }

 private:
  std::string dev_db_;
  std::string pg_bindir_;
  bool offers_dev_db_ = true;
  std::unique_ptr<pgserver::EphemeralServer> server_;
};

// CompileSchema is sema::CompilePath, with the files and statements read so far on the progress
// line.
sema::CompileResult CompileSchema(const std::string& path, base::DiagnosticSink& sink);

// IsDatabase says whether a --from/--to argument names a database (a postgresql:// URI or a
// key=value connection string) rather than a schema directory or file.
bool IsDatabase(const std::string& source);

// LoadSchema compiles a schema directory and normalises it through the scratch server; the
// result keeps where each object was declared. An unsupported statement about an object that
// `scope` excludes is not an error: the statement is left out, and the object counted among the
// result's excluded ones (the scope itself is not applied: catalog::ApplyScope does that).
// `spare`, when given, runs once the files compiled without errors and the scratch load has
// processors to spare (normalize::Normalize's on_one_connection): the time to read another
// database. It does not run when compiling or loading fails first.
std::optional<catalog::Catalog> LoadSchema(const std::string& path, const catalog::Scope& scope,
                                           Scratch& scratch, base::DiagnosticSink& sink,
                                           Timings& timings,
                                           const std::function<void()>& spare = nullptr);

// CheckRoles reports each role the desired catalog names (its policies' and grants' roles, and,
// with `owners`, its objects' owners) that the server of the database at `connection` lacks
// (`unknown-role`): the plan could not be applied there. False when it reported an error.
bool CheckRoles(const catalog::Catalog& desired, const std::string& connection, bool owners,
                base::DiagnosticSink& sink);

// LoadDatabase introspects a live database; `beside_other_work` when it runs while the machine's
// processors are busy with other work (plan reads the database during the scratch load), so
// that it takes one server process, not two (introspect::IntrospectOptions::second_session).
std::optional<catalog::Catalog> LoadDatabase(const std::string& connection,
                                             base::DiagnosticSink& sink, Timings& timings,
                                             bool beside_other_work = false);

}  // namespace schemac::cli
