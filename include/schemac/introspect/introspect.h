// Introspection: the schema of a live PostgreSQL database read into the same catalog type that
// the compiler builds from schema files, so that the two compare as values.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/catalog.h"

namespace schemac::introspect {

// The number of catalog queries Introspect runs: one per object kind (schemas, extensions,
// enums, sequences, tables, columns, constraints, indexes, index keys, views, ...), one for the
// privileges of every object, one for everything
// schemac does not manage and one for the dependencies between objects; never one per object.
inline constexpr size_t kCatalogQueryCount = 33;

// CatalogQueryNames returns the names of the catalog queries in the order they run.
std::vector<std::string_view> CatalogQueryNames();

// IntrospectOptions tune one Introspect call.
struct IntrospectOptions {
  // Each catalog query may run this long before the server cancels it (statement_timeout): a
  // catalog locked by another session, or a server too slow to answer, ends in an error rather
  // than a wait without end.
  std::chrono::milliseconds statement_timeout = std::chrono::minutes(5);
  // How long a catalog query waits for a lock (lock_timeout): reading a table's defaults, checks
  // and index expressions takes ACCESS SHARE on it, which an ALTER TABLE under way in another
  // session holds back.
  std::chrono::milliseconds lock_timeout = std::chrono::seconds(30);
  // Run the two slowest queries on a second session at the same time (below): faster on its
  // own, but not beside other work that keeps the machine's processors busy.
  bool second_session = true;
};

// IntrospectStats says what one Introspect call did.
struct IntrospectStats {
  size_t queries = 0;  // catalog queries run (kCatalogQueryCount on success)
};

// Introspect reads the schema of the database `connection_string` (libpq key=value or URI) into
// a catalog. The session pins the settings of every schemac session (pg::PinnedSettings), among
// them an empty search_path, so that types and names come out schema-qualified the way the
// compiler writes them; it runs the kCatalogQueryCount catalog queries in one read-only,
// repeatable-read transaction, each under the options' statement timeout, the two slowest
// (what is not managed, and the dependencies) on a second session that imports the first one's
// snapshot (pg_export_snapshot), so that all read one state of the database (on one session
// alone when the server takes no second connection, or without `second_session`). Errors
// (connection: `connection-failed`, query: `introspection-failed`) are reported into `sink` and
// yield an empty catalog; no exception escapes.
//
// Objects of system schemas (pg_catalog, information_schema, pg_toast*, pg_temp*) and objects
// that belong to an extension are left out. What else the database holds that schemac does
// not manage is listed in the catalog's `unmanaged` (catalog::UnmanagedObject): operators,
// rules, tables in an inheritance tree, ..., the tables, sequences, indexes and constraints
// that depend on one of those (which are therefore not among the catalog's objects), row-level
// security of what is not a table, and default privileges.
// The catalog's `dependencies` are what the server records in pg_depend between two of its
// objects. Expressions (defaults, generated columns, checks, index expressions and predicates) are
// kept as the server prints them (pg_get_expr); they are not canonicalised. No object has an
// origin. An extension's version and comment, and the comment of schema public, are left empty when
// they are the ones PostgreSQL gives by default, as they are for a schema file that does not
// state them.
catalog::Catalog Introspect(const std::string& connection_string, base::DiagnosticSink& sink,
                            IntrospectStats* stats = nullptr,
                            const IntrospectOptions& options = {});

}  // namespace schemac::introspect
