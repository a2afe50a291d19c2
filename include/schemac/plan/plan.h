// The plan: the ordered steps that take a database from one catalog to another, each with the
// SQL that runs it, the hazards it carries and the place in the schema files that asked for it.
// The same planner runs in both directions: the down plan is the plan from the desired catalog
// back to the current one.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/base/source.h"
#include "schemac/catalog/catalog.h"

namespace schemac::plan {

// Hazard is something a reviewer must know about a step before it runs. Codes are stable.
enum class Hazard {
  kDeletesData,            // "deletes-data": rows or values are removed (drop table, drop column,
                           // a type change that discards part of the values)
  kTableRewrite,           // "table-rewrite": the whole table and its indexes are rewritten
  kAccessExclusiveLock,    // "access-exclusive-lock": blocks reads and writes of the table
  kValidatesConstraint,    // "validates-constraint": scans the whole table to check rows
  kIndexBuild,             // "index-build": builds an index, blocking writes while it runs
  kIrreversibleDown,       // "irreversible-down": the down script cannot bring the data back
  kUntrackedDependencies,  // "untracked-dependencies": a function body whose uses the server
                           // does not record (plpgsql, SQL in a string)
  kAuthzChange,            // "authz-change": who may read or change what changes (row-level
                           // security switched, a policy created, changed or dropped, privileges
                           // granted or revoked)
};
inline constexpr std::array<Hazard, 8> kAllHazards = {
    Hazard::kDeletesData,           Hazard::kTableRewrite, Hazard::kAccessExclusiveLock,
    Hazard::kValidatesConstraint,   Hazard::kIndexBuild,   Hazard::kIrreversibleDown,
    Hazard::kUntrackedDependencies, Hazard::kAuthzChange};

// HazardCode returns the stable code ("deletes-data").
std::string_view HazardCode(Hazard hazard);
// HazardFromCode returns the hazard of a code, or nothing for an unknown code.
std::optional<Hazard> HazardFromCode(std::string_view code);
// HazardMeaning returns one sentence saying what the hazard means, for reports and --help.
std::string_view HazardMeaning(Hazard hazard);

// HazardNote is one hazard of one step, with the reason it applies ("drops column \"email\"").
struct HazardNote {
  Hazard hazard = Hazard::kDeletesData;
  std::string reason;
  bool operator==(const HazardNote&) const = default;
};

// TableLock is a lock mode PostgreSQL takes on a table, weakest first; a lock is held until the
// transaction ends. The comments say what the lock keeps waiting.
enum class TableLock {
  kNone,                  // no table is locked
  kAccessShare,           // "ACCESS SHARE": only ACCESS EXCLUSIVE
  kRowShare,              // "ROW SHARE": EXCLUSIVE and ACCESS EXCLUSIVE
  kRowExclusive,          // "ROW EXCLUSIVE": SHARE and stronger
  kShareUpdateExclusive,  // "SHARE UPDATE EXCLUSIVE": other schema changes, VACUUM; not reads or
                          // writes
  kShare,                 // "SHARE": writes
  kShareRowExclusive,     // "SHARE ROW EXCLUSIVE": writes
  kExclusive,             // "EXCLUSIVE": writes and SELECT ... FOR UPDATE/SHARE
  kAccessExclusive,       // "ACCESS EXCLUSIVE": reads and writes
};
// TableLockName returns the lock's name as PostgreSQL's documentation writes it ("ACCESS
// EXCLUSIVE"), or "none".
std::string_view TableLockName(TableLock lock);

enum class Action { kCreate, kDrop, kAlter };
// ActionSymbol returns '+' (create), '-' (drop) or '~' (alter).
char ActionSymbol(Action action);
// ActionName returns "create", "drop" or "alter".
std::string_view ActionName(Action action);

// Step is one change to one object, run as one or more SQL statements.
struct Step {
  // The top-level object the step belongs to (a schema, extension, enum type, sequence, table or
  // index); reports group steps by it.
  catalog::ObjectKey object;
  // What the step changes: `object` itself, or one of its columns or constraints.
  catalog::ObjectKey target;
  Action action = Action::kAlter;
  // One line for people, without the object's name: "add column \"email\" text NOT NULL".
  std::string description;
  // The SQL that runs the step, each statement complete and ending with ";".
  std::vector<std::string> statements;
  std::vector<HazardNote> hazards;
  // The strongest lock the statements take on a table that exists when the step runs, as
  // PostgreSQL 15 takes them; a lock on one of the table's indexes counts as a lock on the table,
  // since every query on a table opens its indexes. Locks on sequences and types are not counted.
  // `access-exclusive-lock` is among the hazards exactly when this is kAccessExclusive.
  TableLock lock = TableLock::kNone;
  // Whether the statements can run inside a transaction block. A step that cannot (CREATE INDEX
  // CONCURRENTLY, say) runs on its own, between the transactions of the steps around it.
  bool in_transaction = true;
  // Where the schema files ask for the change: the declaration of the target, or of the object
  // when the target is gone. Invalid when nothing in the files asked for it (a drop).
  base::SourceRange origin;
};

// Plan is the steps from one catalog to another, in the order they run.
struct Plan {
  std::vector<Step> steps;
  bool empty() const { return steps.empty(); }
};

// Summary counts the top-level objects a plan creates, alters and drops: a table that gains a
// column is one object to alter, a new table with its indexes is one object to create per index
// and table, and a recreated index is one object to alter.
struct Summary {
  size_t create = 0;
  size_t alter = 0;
  size_t drop = 0;
};
Summary Summarize(const Plan& plan);

// ObjectChange is the steps of a plan that belong to one top-level object, for reports.
struct ObjectChange {
  catalog::ObjectKey object;
  // Create or drop when a step creates or drops the object itself; alter otherwise, and when it
  // is dropped and created again (recreated).
  Action action = Action::kAlter;
  base::SourceRange origin;        // the object's declaration, when the files have it
  std::vector<const Step*> steps;  // in plan order
};
// GroupByObject groups the steps of a plan per top-level object, objects in key order.
std::vector<ObjectChange> GroupByObject(const Plan& plan);

// Migration is a plan and its inverse: applying `up` then `down` returns the database to where it
// was (data deleted by `up` excepted, which its steps mark `irreversible-down`).
struct Migration {
  Plan up;
  Plan down;
};

// PlanMigration diffs `from` (the current state) against `to` (the desired state) and orders the
// changes through a dependency graph, in both directions. Both catalogs must be as the server
// normalises them (introspected from a database), so that equal objects compare equal. A
// dependency cycle that cannot be broken is reported into `sink` (`plan-cycle`, naming the objects
// on it) and yields an empty migration.  Default privileges `to` holds FOR ROLE the role `from` was
// read as (Catalog::role) are taken as that role's own (role ""), as `from` holds them. PlanOptions
// are what a project decides about its plans.
struct PlanOptions {
  // Give each object the owner the desired catalog names (ALTER ... OWNER TO), the objects it
  // creates included; off by default, since owners differ between environments. An object whose
  // owner the desired catalog does not name keeps its own.
  bool manage_owners = false;
};

Migration PlanMigration(const catalog::Catalog& from, const catalog::Catalog& to,
                        base::DiagnosticSink& sink, const PlanOptions& options = {});

}  // namespace schemac::plan
