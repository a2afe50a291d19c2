// Diff: which objects differ between two catalogs, and how. A change names an object by its key
// (columns and constraints are objects of their own, under their table) and says whether it is
// created, dropped, altered in place (with the properties that differ) or recreated, where
// PostgreSQL has no ALTER for the difference. The diff says what differs, not how to get there:
// the planner turns changes into ordered SQL steps.
#pragma once

#include <map>
#include <vector>

#include "schemac/catalog/catalog.h"

namespace schemac::diff {

enum class ChangeKind { kCreate, kDrop, kAlter, kRecreate };

// Property is one part of an object that can change in place.
enum class Property {
  kComment,          // any object
  kIndexComment,     // a primary key or unique constraint's index
  kLabels,           // enum type: labels added, none removed or moved
  kSequenceOptions,  // sequence or identity parameters
  kOwnedBy,          // sequence
  kLogged,           // table or sequence: LOGGED / UNLOGGED
  kAccessMethod,     // table or materialized view: SET ACCESS METHOD
  // table, index or view WITH (...); publication: its options; foreign-data wrapper, server,
  // user mapping: OPTIONS (...)
  kStorageOptions,
  kVersion,  // extension, server
  // Foreign table or its column: OPTIONS (...) (a foreign table's other server recreates it).
  kForeignOptions,
  kSchema,            // extension
  kType,              // column type or collation; composite type: an attribute dropped or retyped
  kNotNull,           // column or domain
  kDefault,           // column or domain
  kColumnSettings,    // column: storage, compression or statistics target
  kStatisticsTarget,  // statistics object: ALTER STATISTICS ... SET STATISTICS
  kIdentity,          // column: added, dropped or kind changed
  kDropExpression,    // column: generated column becomes a plain column
  kValidated,         // constraint: NOT VALID becomes valid
  kQuery,             // view: its query, keeping its columns and adding some after them
  // function, rule: replaced in place (CREATE OR REPLACE); policy: ALTER POLICY; default
  // privileges: GRANT and REVOKE; text search configuration: its mappings; publication: what it
  // publishes (ALTER PUBLICATION ... SET); foreign-data wrapper: its handler and validator
  kDefinition,
  kRowSecurity,  // table: ENABLE | DISABLE and [NO] FORCE ROW LEVEL SECURITY
  // Table: CLUSTER ON another index, or SET WITHOUT CLUSTER. The planner makes it a step of its
  // own (BuildClusterSteps), after the index.
  kClusterOn,
  kReplicaIdentity,  // table: REPLICA IDENTITY
  kPartition,        // table: attached to, detached from or re-bounded in a partitioned table
  kOfType,           // table: becomes a typed table, stops being one, or is of another type
  kInherits,         // table: other parents (INHERITS), changed in place (ParentsChange)
  kEnabled,          // trigger, event trigger: ENABLE | DISABLE
  kChecks,           // domain: checks added, dropped or changed
  kAttributes,       // composite type: attributes dropped, retyped or added after the others
  // Column: its default stays as it is, but a function it calls is dropped or created again by
  // the plan (never found by the diff: the planner adds it), so the default is dropped before
  // and set again after.
  kDefaultDependency,
  // Domain: likewise, a function its checks call is dropped or created again, so its checks are
  // dropped before and added again after.
  kChecksDependency,
  // Sequence: it stays, but the column that owns it (OWNED BY) is dropped or created again by the
  // plan, which would drop the sequence with it, so it is released before (OWNED BY NONE) and
  // owned again after (never found by the diff: the planner adds it).
  kOwnerDropped,
  // Any object with privileges (catalog::HasPrivileges): GRANT and REVOKE. The planner makes
  // them steps of their own (BuildPrivilegeSteps), never the kind's builder.
  kPrivileges,
};

struct Change {
  ChangeKind kind = ChangeKind::kAlter;
  catalog::ObjectKey key;
  std::vector<Property> properties;  // kAlter: what differs, in declaration order of Property
  bool operator==(const Change&) const = default;
};

// ChangeSet is every change between two catalogs, in key order. A created, dropped or recreated
// table's columns and constraints are part of the table's change, not changes of their own. A
// table is recreated when its partition key changes (or it becomes, or stops being, partitioned),
// and its partitions with it. A partition that stays one of the same parent changes its columns
// with its parent's (ALTER TABLE on a partitioned table changes its partitions): only its
// comments, and the defaults and NOT NULL it has beyond its parent's, are changes of its own.
struct ChangeSet {
  std::vector<Change> changes;
  bool empty() const { return changes.empty(); }
};

ChangeSet Diff(const catalog::Catalog& from, const catalog::Catalog& to);

// AlterableAttributes says whether ALTER TYPE can make composite type `from` into `to`: the
// attributes `to` keeps stay in their order, and the new ones come after them.
bool AlterableAttributes(const catalog::CompositeType& from, const catalog::CompositeType& to);

// KeyColumnRetyped says whether a column that the partition key of table `from` uses (as a
// column or in an expression) has another type or collation in `to`, which PostgreSQL refuses:
// the table is created again.
bool KeyColumnRetyped(const catalog::Table& from, const catalog::Table& to);

// UnexplainedDifferences returns the keys of the objects that both catalogs hold and that compare
// unequal (their own properties: a table's columns and constraints are objects of their own)
// while `changes` (the diff between them) has no change for them or for what they belong to.
// Such a difference is a defect of the diff: a plan that left it out would be empty or
// incomplete although the states differ. Empty when the diff explains every difference.
std::vector<catalog::ObjectKey> UnexplainedDifferences(const catalog::Catalog& from,
                                                       const catalog::Catalog& to,
                                                       const ChangeSet& changes);

// SameConstraint says whether two constraints are the same: equal, or checks whose expressions
// differ only as the server prints one of them again (Constraint::reread_expression), or where
// one was written in files as exactly the other's text (Constraint::written_expression).
bool SameConstraint(const catalog::Constraint& a, const catalog::Constraint& b);

// SameFunction says whether two functions are the same: equal, or with definitions that differ
// only as the server prints one of them again (Function::reread_definition), or where one was
// written in files as exactly the other's definition (a dump of it).
bool SameFunction(const catalog::Function& a, const catalog::Function& b);

// ReplaceableFunction says whether CREATE OR REPLACE can turn function `from` into `to`: the
// same kind (function or procedure), result, argument names and modes, and no fewer defaults.
bool ReplaceableFunction(const catalog::Function& from, const catalog::Function& to);

// ParentChange is how a table's parents (INHERITS) change in place: it keeps the ones before the
// first that differs, stops inheriting from the rest of its old ones (ALTER TABLE ... NO INHERIT,
// before any other step) and starts inheriting from the rest of its new ones (INHERIT, after every
// other step), in order, since INHERIT adds a parent at the end.
struct ParentChange {
  std::vector<catalog::QualifiedName> kept;
  std::vector<catalog::QualifiedName> removed;
  std::vector<catalog::QualifiedName> added;
};
ParentChange ParentsChange(const catalog::Table& table, const catalog::Table& next);

// InheritedChecks returns the checks that tables `parents` of `catalog` give the tables that
// inherit from them (all but NO INHERIT ones, their own and those they have from their parents),
// by name; the first parent's, when two share one.
std::map<std::string, const catalog::Constraint*> InheritedChecks(
    const catalog::Catalog& catalog, const std::vector<catalog::QualifiedName>& parents);

// InheritsInPlace says whether table `table` can take the parents of `next` (a table of catalog
// `to`) in place, with NO INHERIT and INHERIT, rather than be created again: neither is a
// partition, partitioned or a typed table, and each check its new parents give it is one it
// declares itself (INHERIT wants the table to have it, and leaves it the table's own).
bool InheritsInPlace(const catalog::Catalog& to, const catalog::Table& table,
                     const catalog::Table& next);

// KeptThroughNoInherit says whether check `name`, which `next` declares and `table` (of catalog
// `from`) has only from a parent it stops inheriting from, is the same check: NO INHERIT leaves
// it to the table as its own, so the plan neither drops nor adds it.
bool KeptThroughNoInherit(const catalog::Catalog& from, const catalog::Table& table,
                          const catalog::Table& next, const std::string& name);

// OwnCopyOfInherited says whether check `name` of `table`, which `next` does not declare, is the
// table's own copy of a check that a parent it keeps gives it in `to` (the table declared it as
// well, or took the parent with INHERIT): PostgreSQL cannot drop such a copy, and a table that
// only inherits the check differs from it in nothing but what a new CREATE TABLE would write.
bool OwnCopyOfInherited(const catalog::Catalog& to, const catalog::Table& table,
                        const catalog::Table& next, const std::string& name,
                        const catalog::Constraint& check);

// Has returns whether a change lists a property.
bool Has(const Change& change, Property property);

}  // namespace schemac::diff
