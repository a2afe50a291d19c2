// Turning changes into steps: each step gets its SQL, hazards and origin, and says which objects
// it needs, provides and removes, which is what the ordering builds its graph from.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "schemac/diff/diff.h"
#include "schemac/plan/plan.h"

#include "dependencies.h"

namespace schemac::plan {

// Where a step goes in the order beyond its graph edges: a table's NO INHERIT goes before every
// other step (a parent's changes then no longer reach it, and what it keeps becomes its own
// first) and its INHERIT after every other step (when the table has what its new parents give).
enum class Placement { kByGraph, kFirst, kLast };

struct PlannedStep {
  Step step;
  Placement placement = Placement::kByGraph;
  // Objects of the desired catalog that must exist (be created or altered) before this step.
  std::vector<ObjectKey> needs;
  // Objects this step creates or alters into their desired form.
  std::vector<ObjectKey> provides;
  // Objects of the current catalog this step removes: whatever depends on them is dropped or
  // altered first.
  std::vector<ObjectKey> removes;
  // Whether an alter step releases what the objects it provides used before (a changed default no
  // longer needs its old sequence), so that drops of those run after it.
  bool releases = true;
  // Whether the step changes what other objects may use of what it provides, so that steps that
  // need it wait for it and views and functions that read it are dropped before it: not an alter
  // of a column's default or comment alone, so that a function the default calls may read the
  // column.
  bool changes_shape = true;
  // Objects of the current catalog whose drops and alters must run before this step.
  std::vector<ObjectKey> after_changes_of;
  // A create or drop of a table that holds its foreign keys; the ordering may detach them into
  // steps of their own to break a cycle.
  std::vector<std::string> foreign_keys;
};

// Context is what step builders read: both catalogs, their dependencies and the change set.
struct Context {
  const catalog::Catalog& from;
  const catalog::Catalog& to;
  const DependencyIndex& from_dependencies;
  const DependencyIndex& to_dependencies;
  // Whether this is the down plan: `from` is then the desired catalog, whose columns' hints say
  // how to convert back (ColumnHints::down_using_expression); in the up plan, `to` is, and its
  // columns' using_expression converts.
  bool down = false;
  // Where a change the planner cannot make by itself is reported (`needs-conversion`).
  base::DiagnosticSink& sink;
  // Enum types recreated by this plan: their columns are converted by the enum's step.
  std::set<catalog::QualifiedName> recreated_enums;
  // Tables, columns and materialized views dropped by this plan: what they own goes with them.
  std::set<ObjectKey> dropped;
  // Sequences the plan drops whose position a new generator of their column continues.
  std::set<catalog::QualifiedName> handed_over;
  // What an object the plan creates has before its GRANT and REVOKE: the default privileges of
  // the role that applies the plan (role "" of Catalog::default_privileges) in this catalog,
  // which are those of the database when the plan creates objects, since default privileges
  // change last.
  const catalog::Catalog* creator_defaults = nullptr;
  // Whether the plan gives objects the owners the desired catalog names (PlanOptions).
  bool manage_owners = false;
};

void BuildEventTriggerSteps(const Context& context, const diff::Change& change,
                            std::vector<PlannedStep>& out);
void BuildAccessMethodSteps(const Context& context, const diff::Change& change,
                            std::vector<PlannedStep>& out);
void BuildPublicationSteps(const Context& context, const diff::Change& change,
                           std::vector<PlannedStep>& out);
void BuildForeignDataWrapperSteps(const Context& context, const diff::Change& change,
                                  std::vector<PlannedStep>& out);
void BuildServerSteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out);
void BuildUserMappingSteps(const Context& context, const diff::Change& change,
                           std::vector<PlannedStep>& out);
void BuildCastSteps(const Context& context, const diff::Change& change,
                    std::vector<PlannedStep>& out);
void BuildOperatorClassSteps(const Context& context, const diff::Change& change,
                             std::vector<PlannedStep>& out);
void BuildOperatorSteps(const Context& context, const diff::Change& change,
                        std::vector<PlannedStep>& out);
void BuildTextSearchSteps(const Context& context, const diff::Change& change,
                          std::vector<PlannedStep>& out);
void BuildSchemaSteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out);
void BuildExtensionSteps(const Context& context, const diff::Change& change,
                         std::vector<PlannedStep>& out);
void BuildEnumSteps(const Context& context, const diff::Change& change,
                    std::vector<PlannedStep>& out);
void BuildSequenceSteps(const Context& context, const diff::Change& change,
                        std::vector<PlannedStep>& out);
void BuildIndexSteps(const Context& context, const diff::Change& change,
                     std::vector<PlannedStep>& out);
void BuildTableSteps(const Context& context, const diff::Change& change,
                     std::vector<PlannedStep>& out);
// BuildInheritSteps plans a table's change of parents in place (diff::ParentsChange): a step
// with NO INHERIT for each parent it leaves and a step with INHERIT for each it joins.
void BuildInheritSteps(const Context& context, const catalog::Table& old_table,
                       const catalog::Table& table, std::vector<PlannedStep>& out);
void BuildColumnSteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out);
// A default that calls a function using its own table (DependencyIndex::UsesItsTable) is set by
// a step of its own after the column and the function are created, and dropped before they are
// dropped: neither the column with its default nor the function can be created first.
// AddColumnNeeds appends what a column needs to exist, without what its default calls when that
// default is set apart.
void AddColumnNeeds(const Context& context, const ObjectKey& key, bool default_apart,
                    std::vector<ObjectKey>& needs);
void SetDefaultApart(const Context& context, const ObjectKey& key, std::vector<PlannedStep>& out);
void DropDefaultApart(const Context& context, const ObjectKey& key, std::vector<PlannedStep>& out);
void BuildConstraintSteps(const Context& context, const diff::Change& change,
                          std::vector<PlannedStep>& out);
void BuildViewSteps(const Context& context, const diff::Change& change,
                    std::vector<PlannedStep>& out);
void BuildFunctionSteps(const Context& context, const diff::Change& change,
                        std::vector<PlannedStep>& out);
void BuildDomainSteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out);
void BuildCompositeSteps(const Context& context, const diff::Change& change,
                         std::vector<PlannedStep>& out);
void BuildRangeSteps(const Context& context, const diff::Change& change,
                     std::vector<PlannedStep>& out);
void BuildPolicySteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out);
void BuildTriggerSteps(const Context& context, const diff::Change& change,
                       std::vector<PlannedStep>& out);
void BuildRuleSteps(const Context& context, const diff::Change& change,
                    std::vector<PlannedStep>& out);
void BuildStatisticsSteps(const Context& context, const diff::Change& change,
                          std::vector<PlannedStep>& out);
void BuildConversionSteps(const Context& context, const diff::Change& change,
                          std::vector<PlannedStep>& out);
void BuildCollationSteps(const Context& context, const diff::Change& change,
                         std::vector<PlannedStep>& out);
// BuildClusterSteps marks the index each table of `to` is clustered on again after the plan
// creates it (or its table), and changes the mark of the tables in `altered` (whose clustering
// index differs); so for the replica identity of each table (`replica_altered`: those whose
// replica identity differs), which a table the plan creates has to be given too.
void BuildClusterSteps(const Context& context, const std::vector<diff::Change>& changes,
                       const std::vector<ObjectKey>& altered,
                       const std::vector<ObjectKey>& replica_altered,
                       std::vector<PlannedStep>& out);
void BuildDefaultPrivilegesSteps(const Context& context, const diff::Change& change,
                                 std::vector<PlannedStep>& out);
// BuildPrivilegeSteps grants and revokes what `altered` (objects that stay and whose privileges
// change) and the objects that `changes` create or recreate need, after them.
void BuildPrivilegeSteps(const Context& context, const std::vector<diff::Change>& changes,
                         const std::vector<ObjectKey>& altered, std::vector<PlannedStep>& out);

// OwnersDiffer says whether an object of `to` that names its owner has another one in `from`.
bool OwnersDiffer(const catalog::Catalog& from, const catalog::Catalog& to);
// BuildOwnerSteps gives the objects of the desired catalog that name their owner that owner:
// those that stay and have another, and those that `changes` create or recreate, after them.
void BuildOwnerSteps(const Context& context, const std::vector<diff::Change>& changes,
                     std::vector<PlannedStep>& out);

// AddForcedRecreates widens `changes` (to catalog `to`) to what PostgreSQL forces: an
// object that stays but depends on one the plan drops or creates again, or on a column whose
// type changes (the columns of a recreated enum type among them), is dropped and created again
// around the change when its kind says so (catalog::KindFacts::recreated_with_dependency,
// recreated_when_column_retyped), and so on for what depends on it (a typed table's column whose
// attribute changes type among them). A view whose query changes
// anyway stays an alter (CREATE OR REPLACE) when its new query no longer uses what is dropped.
// Foreign keys between two columns of a recreated enum type are recreated: the columns are
// converted one at a time.
void AddForcedRecreates(const catalog::Catalog& from, const catalog::Catalog& to,
                        const DependencyIndex& from_dependencies,
                        const DependencyIndex& to_dependencies, std::vector<diff::Change>& changes);

// RecreatedWithDependency says whether `dependent`, of catalog `from`, must be dropped and created
// again around a change of what it depends on: by its kind's facts (retyped: when that is a column
// whose type changes), or as a generated column, which PostgreSQL 15 can neither keep while what
// its expression uses is dropped or retyped nor give a new expression, or as a foreign table
// (whose rows are its server's) around a drop of what it uses.
bool RecreatedWithDependency(const catalog::Catalog& from, const ObjectKey& dependent,
                             bool retyped);

// DetachForeignKeys moves the foreign keys of a table's create or drop step into steps of their
// own, appended to `out`.
void DetachForeignKeys(const Context& context, PlannedStep& step, std::vector<PlannedStep>& out);

// Looking objects up; nullptr when the catalog lacks them.
const catalog::Table* FindTable(const catalog::Catalog& catalog, const ObjectKey& key);
const catalog::Column* FindColumn(const catalog::Catalog& catalog, const ObjectKey& key);
const catalog::Constraint* FindConstraint(const catalog::Catalog& catalog, const ObjectKey& key);

// Adds a hazard to a step.
void AddHazard(Step& step, Hazard hazard, std::string reason);

// TakeLock records that a statement of the step locks a table (or one of its indexes) with
// `lock`: the step keeps the strongest, and an ACCESS EXCLUSIVE lock adds the
// `access-exclusive-lock` hazard with `reason`.
void TakeLock(Step& step, TableLock lock, std::string reason);

// ForeignKeyDropReason says which tables dropping a foreign key of `table` locks: the table and
// the one it references.
std::string ForeignKeyDropReason(const catalog::QualifiedName& table,
                                 const catalog::Constraint& foreign_key);

// StorageOptionsLock returns the lock ALTER TABLE or ALTER INDEX ... SET or RESET takes to change
// the storage options `names`: SHARE UPDATE EXCLUSIVE for the options PostgreSQL 15 changes under
// it (fillfactor, autovacuum and vacuum settings, ...), ACCESS EXCLUSIVE for the others.
TableLock StorageOptionsLock(const std::vector<std::string>& names);

// ChangeIndexOptions adds to `step` the ALTER INDEX `index` SET and RESET that take its storage
// options from `old` to `now`, with the lock they take (the index's, which every query on
// `table` opens).
void ChangeIndexOptions(Step& step, const catalog::QualifiedName& index,
                        const catalog::QualifiedName& table, const catalog::StorageOptions& old,
                        const catalog::StorageOptions& now);

// NewStep returns a step on object `key` that provides it, or removes it for a drop, with the
// origin (when given) it was declared at.
PlannedStep NewStep(const ObjectKey& key, Action action, std::string description,
                    const catalog::Origin* origin);

// For an object PostgreSQL drops and creates whole (a collation, a statistics object, a text
// search object, an event trigger): DropWhole adds the step of a drop or recreate (`DROP
// target;`, described with the kind's `word`) and says whether the change is a drop alone;
// CreateWhole adds the step of a create or recreate (`statements`, then the comment on `target`
// when there is one), which needs what the object uses, and returns it.
bool DropWhole(const diff::Change& change, std::string_view word, const std::string& target,
               std::vector<PlannedStep>& out);
PlannedStep& CreateWhole(const Context& context, const diff::Change& change, std::string_view word,
                         const std::string& target, const catalog::Origin& origin,
                         std::vector<std::string> statements,
                         const std::optional<std::string>& comment, std::vector<PlannedStep>& out);
// CommentChange describes a change of comment: "set comment", "change comment" or "remove
// comment".
std::string CommentChange(const std::optional<std::string>& from,
                          const std::optional<std::string>& to);
// CommentStep returns the step that changes the comment on `target`, object `key`, from `from` to
// `to`.
PlannedStep CommentStep(const ObjectKey& key, const std::string& target,
                        const std::optional<std::string>& from,
                        const std::optional<std::string>& to, const catalog::Origin& origin);
// PartsAndCommentStep returns the alter step of an object whose parts (a text search
// configuration's mappings, an operator family's members) change in place with
// `part_statements`, described as `what` ("change mappings"), when `change` has
// Property::kDefinition, and whose comment changes from `from_comment` to `to_comment`, when it has
// Property::kComment.
PlannedStep PartsAndCommentStep(const Context& context, const diff::Change& change,
                                const std::string& target, const catalog::Origin& origin,
                                std::string_view what, std::vector<std::string> part_statements,
                                const std::optional<std::string>& from_comment,
                                const std::optional<std::string>& to_comment);
// BuildWholeSteps adds the steps of `change` to an object PostgreSQL makes whole and changes only
// the comment of in place (a collation, an operator, a cast): `objects` is the kind's map in a
// catalog, `name` the object's name there, `create` returns its create statement.
template <typename Map, typename Create>
void BuildWholeSteps(const Context& context, const diff::Change& change, std::string_view word,
                     const std::string& target, Map catalog::Catalog::*objects,
                     const typename Map::key_type& name, Create create,
                     std::vector<PlannedStep>& out) {
  if (DropWhole(change, word, target, out)) {
    return;
  }
  const auto& object = (context.to.*objects).at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, word, target, object.origin, {create(object)}, object.comment,
                out);
    return;
  }
  out.push_back(CommentStep(change.key, target, (context.from.*objects).at(name).comment,
                            object.comment, object.origin));
}

// Appends the dependencies of `key` in `index` to `needs`.
void AddNeeds(const DependencyIndex& index, const ObjectKey& key, std::vector<ObjectKey>& needs);
// ColumnsOfType returns the columns of the current catalog that are of type `key` (or of a type
// made of it, as pg_depend records them) and that the plan keeps, as "schema.table.column":
// what PostgreSQL refuses to drop a type, or to change it in some ways, under.
std::vector<std::string> ColumnsOfType(const Context& context, const ObjectKey& key);

// What an ALTER TYPE ... CASCADE of composite type `type`, from its form in `from` to its form in
// `to`, does to typed tables: the tables of `from` that are of it, those of them that stay typed
// tables of it in `to`, and the columns of those whose attribute it drops or retypes.
struct TypedColumnChanges {
  std::vector<catalog::QualifiedName> tables;
  std::vector<catalog::QualifiedName> staying;
  std::vector<ObjectKey> dropped;
  std::vector<ObjectKey> retyped;
};
TypedColumnChanges TypedColumnChangesOf(const catalog::Catalog& from, const catalog::Catalog& to,
                                        const catalog::QualifiedName& type);

}  // namespace schemac::plan
