// Normalisation through a scratch database: PostgreSQL rewrites what it stores (casts in
// defaults, `character varying`, the texts of checks and index expressions, ...), so a compiled
// catalog is compared with a live one in the form the server gives it. Normalize loads the
// compiled catalog into a fresh database, reads it back with introspection and keeps the source
// location (Origin) of every object from the compiler.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/base/source.h"
#include "schemac/catalog/catalog.h"
#include "schemac/catalog/statements.h"

namespace schemac::normalize {

// LoadStatement is one DDL statement (ending with ";") and the source location of the object,
// column or constraint that asked for it.
struct LoadStatement {
  std::string sql;
  base::SourceRange origin;
  // For a statement whose lines come from different declarations (CREATE TABLE: its columns and
  // constraints), the origin of each line, so that an error the server places on a line is
  // reported at the declaration it came from; empty otherwise.
  std::vector<base::SourceRange> line_origins;
  // The step of the dependency order the statement belongs to, and the object whose lock it
  // takes (catalog::CreateStatement): statements of some groups are loaded on several
  // connections at once, those of one subject always on the same one.
  catalog::StatementGroup group = catalog::StatementGroup::kSchemas;
  catalog::QualifiedName subject;
  // The search_path the statement runs under (catalog::CreateStatement); none: any.
  std::optional<std::vector<std::string>> search_path;
  // The body it holds as written (catalog::CreateStatement).
  std::optional<catalog::WrittenSpan> written;
};

// LoadStatements returns the DDL that creates `catalog` in an empty database whose `public`
// schema exists, in dependency order: schemas, extensions, enum types, sequences, tables with
// their keys and checks, indexes, foreign keys and constraints not validated yet, sequence
// ownership, comments; by name within each group. These are the statements catalog::PrintSql
// prints, in the same order, but for their expressions: what the schema files wrote, each run
// under the search_path it was written under, never the compiler's rewrite (the server must read
// what the user wrote). The order never depends on the order of the schema files.
std::vector<LoadStatement> LoadStatements(const catalog::Catalog& catalog);

// CopyOrigins sets the Origin of every object of `target` (schemas, extensions, enum types,
// sequences, tables, columns, constraints, indexes) to that of the object of the same kind and
// name in `source`. Objects that `source` lacks keep their origin.
void CopyOrigins(const catalog::Catalog& source, catalog::Catalog& target);

// NormalizeStats says what one Normalize call did and how long it took.
struct NormalizeStats {
  double load_seconds = 0;        // creating the scratch database and loading the statements
  double introspect_seconds = 0;  // reading the scratch database back
  double bodies_seconds = 0;      // checking function bodies (normalize/bodies.h)
  double reread_seconds = 0;      // reading its checks back (normalize/reread.h)
  size_t bodies = 0;              // function bodies checked
  size_t statements = 0;          // statements loaded
  size_t batches = 0;             // multi-statement round trips that carried them
  // Batches the server refused as a whole although it accepts each of their statements (they
  // needed more locks than its lock table holds); they were loaded one statement at a time.
  size_t batches_split = 0;
  // Connections the statements were loaded on: the sequences, tables and indexes of large
  // schemas load on several at once.
  size_t connections = 0;
  // Statements refused at first for an object that did not exist yet, and run again after the
  // others; the passes over them and the attempts they took.
  size_t deferred = 0;
  size_t retry_passes = 0;
  size_t retries = 0;
};

// Normalize returns `compiled` as the server stores it. It connects to `server_connection` (a
// libpq key=value string or postgresql:// URI naming any database of a PostgreSQL 15+ server on
// which the role may CREATE DATABASE), creates a uniquely named scratch database from template0,
// loads LoadStatements(compiled) into it as multi-statement batches of at most 100 statements,
// each batch in one transaction (one transaction for everything would need more locks than the
// server's lock table holds for large schemas), the sequences, tables and indexes of a large
// schema on as many connections as the machine has processors (at most 4), introspects it
// (introspect::Introspect) and copies the origins of `compiled` onto the result. Expressions keep
// the server's texts; they are not canonicalised. The scratch database is dropped (WITH (FORCE))
// before Normalize returns, whatever happened.
//
// Errors are reported into `sink` and yield nullopt; no exception escapes:
//   connection-failed        the server cannot be reached (the connection string and any
//                            password are never part of the message)
//   scratch-database-failed  the scratch database cannot be created or dropped
//   load-failed              the server refused a statement; reported at the origin of that
//                            statement (of the column or constraint when the server points at
//                            its line of a CREATE TABLE) with the server's message, its detail
//                            and hint as notes
//   introspection-failed     reading the scratch database back failed
std::optional<catalog::Catalog> Normalize(const catalog::Catalog& compiled,
                                          const std::string& server_connection,
                                          base::DiagnosticSink& sink,
                                          NormalizeStats* stats = nullptr);

// NormalizeProgress is how far a Normalize call has got, for a progress display.
struct NormalizeProgress {
  enum class Stage {
    kLoading,  // creating the scratch database and loading the statements into it
    kReading,  // reading the scratch database back
  };
  Stage stage = Stage::kLoading;
  size_t loaded = 0;  // statements loaded so far
  size_t total = 0;   // statements to load
};

// NormalizeOptions are what a caller may ask of Normalize besides its result.
struct NormalizeOptions {
  NormalizeStats* stats = nullptr;  // when given, what the call did
  // When given, called once, from the calling thread, when the rest of the load runs on one
  // connection (at the start of the load when no part of it runs on several): from then on the
  // machine has processors to spare for other work. Not called when the load fails before.
  std::function<void()> on_one_connection;
  // Leave the scratch database on the server instead of dropping it, for a server that is
  // discarded as a whole next: dropping a large database (a checkpoint, then its files) takes
  // time for nothing then (0.6 s for 5,000 tables).
  bool leave_scratch_database = false;
  // Create the roles the schema names (its policies' TO lists) that the server lacks, NOLOGIN:
  // for a server that is schemac's own. Otherwise a missing role is `unknown-role`.
  bool create_roles = false;
  // When given, called with kLoading and 0 statements loaded before the scratch database is
  // created, after each batch of statements loaded (at most 100 statements) from the thread that
  // loaded it, and with kReading once the load is done. Statements load on several connections
  // at once for large schemas, so it may be called from several threads at once.
  std::function<void(const NormalizeProgress&)> on_progress;
};

// Normalize of a catalog the caller gives up: it is freed (left empty) once its statements and
// origins are taken, so that it does not take memory while the scratch database is read back.
std::optional<catalog::Catalog> Normalize(catalog::Catalog&& compiled,
                                          const std::string& server_connection,
                                          base::DiagnosticSink& sink,
                                          const NormalizeOptions& options = {});

// DropScratchDatabases drops every scratch database that Normalize calls of this process have
// created and not dropped (or left) yet, each through a new session, and makes the Normalize
// calls that follow fail with `scratch-database-failed` instead of creating one: for a process
// about to end on a signal. It first waits, up to ten seconds, for the CREATE DATABASE of a call
// under way to return. A database is dropped WITH (FORCE), which ends the sessions loading or
// reading it, so the calls using it fail. Thread-safe. Returns one message per database it could
// not drop, naming it and the server's reason.
std::vector<std::string> DropScratchDatabases();

}  // namespace schemac::normalize
