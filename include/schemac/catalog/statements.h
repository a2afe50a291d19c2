// The DDL that creates a catalog, one statement at a time: what the canonical printer writes and
// what normalisation loads into a scratch database, each statement with the object it creates.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/base/source.h"
#include "schemac/catalog/catalog.h"
#include "schemac/catalog/sql.h"

namespace schemac::catalog {

// StatementGroup is a step of the dependency order. Each group depends only on earlier ones.
enum class StatementGroup {
  kSchemas,
  kExtensions,
  kTypes,  // collations, text search dictionaries and configurations, enum types
  // domains, composite and range types, the functions that use no relation, operators, casts,
  // access methods, foreign-data wrappers, servers and user mappings
  kFunctions,
  kSequences,
  kTables,  // with their keys and checks
  kIndexes,
  kLaterConstraints,  // foreign keys and constraints not validated yet
  kColumnSettings,    // columns' storage, compression and statistics targets, after every table
  kClustering,        // CLUSTER ON, after every index and key
  kSequenceOwnership,
  kViews,  // with the functions that use tables or views, each after what it uses
  kTriggers,
  kRules,     // with statistics objects and publications
  kPolicies,  // with the tables' row-level security switches
  kComments,
  // Tables that copy another's columns (LIKE), after everything of their sources that LIKE can
  // copy (keys, indexes, column settings, statistics objects, comments) is there; in a load, what
  // names them and comes before them runs again once they are.
  kCopiedTables,
  kPrivileges,  // GRANT and REVOKE
  // CREATE EVENT TRIGGER, with their comments: after the objects, so that they fire on none of
  // the statements that make them (and, in a load, after the statements set aside too).
  kEventTriggers,
  // ALTER DEFAULT PRIVILEGES, after everything else (and, in a load, after the statements set
  // aside), so that the objects the files declare get only what the files grant them.
  kDefaultPrivileges,
};

// GroupTitle returns the words the canonical printer puts above a group ("tables", ...).
std::string_view GroupTitle(StatementGroup group);

// WrittenSpan is where an expression as written (catalog::Written) lies in a statement: `length`
// bytes from byte `offset`, copied from the file from `start` on.
struct WrittenSpan {
  size_t offset = 0;
  size_t length = 0;
  base::SourceRange start;
};

// CreateStatement is one DDL statement (ending with ";") and the source location of the object,
// column or constraint it was written for (invalid for objects without one, such as `public`).
struct CreateStatement {
  StatementGroup group = StatementGroup::kSchemas;
  std::string sql;
  base::SourceRange origin;
  // For a statement whose lines come from different declarations (CREATE TABLE: its columns and
  // constraints), the origin of each line; empty otherwise.
  std::vector<base::SourceRange> line_origins;
  // The object whose lock the statement takes: the table for the statements of a table (its
  // CREATE TABLE, its indexes, the comments on it, its columns, constraints and indexes), the
  // object itself otherwise. Two statements of one group with different subjects lock different
  // objects, except foreign keys, which lock the table they reference as well.
  QualifiedName subject;
  // The search_path the statement must run under: that of the expressions it holds as written
  // (catalog::Written). None for a statement without such expressions, whose names are all
  // schema-qualified.
  std::optional<std::vector<std::string>> search_path;
  // The body the statement holds as written (a view's query), so that the server's position in
  // it can be reported at its place in the file.
  std::optional<WrittenSpan> written;
  // The objects the statement creates (CREATE TABLE: the table, its columns and the constraints
  // it holds), and those it changes or comments on without creating them: what ordering the
  // statements by the dependency graph (plan::InCreationOrder) goes by.
  std::vector<ObjectKey> creates;
  std::vector<ObjectKey> acts_on;
  // The columns whose default the statement sets apart from their CREATE TABLE: what the default
  // calls is waited for by this statement, not by the CREATE TABLE.
  std::vector<ObjectKey> sets_default;
};

// CreateStatements returns the DDL that creates `catalog` in an empty database (one whose public
// schema exists), in dependency order: by group, then by object name within a group, but for
// views and functions, each after the views and functions it uses: as the catalog's dependencies
// say when it was read from a server, else in the order of their declarations in the files. A
// function that uses a table, view or sequence, directly or through other functions, as the
// dependencies say, comes with the views; the others before the tables, whose defaults and
// checks may call them (function bodies are checked once everything exists: load with
// check_function_bodies off). Other than that, the order
// depends only on the catalog, never on the order its objects were declared in. Expressions are
// written in `form`; every statement holds expressions of one search_path only: a default or
// check written under another path than the first expression of its table is set by an ALTER
// TABLE of its own among the constraints added after the tables (and a generated column
// likewise added, with the table's keys and checks). So are the defaults (column keys) and
// checks (constraint keys) in `apart`, and, in the written form, those the files set by a
// statement of their own (Written::own_statement).
std::vector<CreateStatement> CreateStatements(const Catalog& catalog,
                                              ExpressionForm form = ExpressionForm::kCatalog,
                                              const std::set<ObjectKey>& apart = {});

}  // namespace schemac::catalog
