// Steps for tables as a whole: create (with their columns and keys), drop, and the table's own
// properties (logged, storage options, comment).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using base::QuoteIdentifier;
using catalog::Constraint;
using catalog::ConstraintType;
using diff::ChangeKind;
using diff::Property;

bool InlineWithForeignKeys(const Constraint& constraint) {
  return constraint.validated;
}
bool InlineWithoutForeignKeys(const Constraint& constraint) {
  return constraint.validated && constraint.type != ConstraintType::kForeignKey;
}

// The comment statements of a constraint.
// A partition created beside the default partition its parent already has: the server scans
// that one, under an ACCESS EXCLUSIVE lock, for rows that belong to the new partition, and fails
// when it holds any (they would have to be moved first).
void DefaultPartitionScanned(const Context& context, const catalog::Table& table, Step& step) {
  if (!catalog::IsPartition(table) || table.partition_bound == "DEFAULT") {
    return;
  }
  for (const auto& [name, other] : context.from.tables) {
    if (other.partition_of != table.partition_of || other.partition_bound != "DEFAULT" ||
        context.dropped.count(TableKey(name)) != 0 || context.to.tables.count(name) == 0) {
      continue;
    }
    TakeLock(
        step, TableLock::kAccessExclusive,
        fmt::format("creating a partition beside the default partition locks {}", name.Quoted()));
    AddHazard(step, Hazard::kValidatesConstraint,
              fmt::format("the default partition {} is scanned for rows that belong to {}; the "
                          "step fails if it holds any: move them first",
                          name.Quoted(), table.name.Quoted()));
  }
}

void ConstraintComments(const catalog::Table& table, const Constraint& constraint,
                        std::vector<std::string>& out) {
  if (constraint.comment) {
    out.push_back(catalog::CommentSql(
        "CONSTRAINT " + QuoteIdentifier(constraint.name) + " ON " + table.name.Quoted(),
        constraint.comment));
  }
  if (constraint.index_comment) {
    out.push_back(catalog::CommentSql(
        "INDEX " + catalog::QualifiedName{table.name.schema, constraint.name}.Quoted(),
        constraint.index_comment));
  }
}

PlannedStep CreateTableStep(const Context& context, const catalog::Table& table,
                            bool with_foreign_keys) {
  PlannedStep planned;
  Step& step = planned.step;
  ObjectKey key = TableKey(table.name);
  step.object = step.target = key;
  step.action = Action::kCreate;
  step.origin = table.origin.range;
  auto inline_kind = with_foreign_keys ? InlineWithForeignKeys : InlineWithoutForeignKeys;
  // Defaults and checks that call a function using the table come in steps of their own.
  auto include = [&](const Constraint& constraint) {
    return inline_kind(constraint) &&
           !(constraint.type == ConstraintType::kCheck &&
             context.to_dependencies.UsesItsTable(ConstraintKey(table.name, constraint.name)));
  };
  auto default_apart = [&](const catalog::Column& column) {
    return column.default_expression &&
           context.to_dependencies.UsesItsTable(ColumnKey(table.name, column.name));
  };
  catalog::TableParts parts;
  parts.include = include;
  parts.include_default = [&](const catalog::Column& column) { return !default_apart(column); };
  step.statements.push_back(catalog::CreateTableSql(table, parts));
  const catalog::Table* parent = table.partition_of && catalog::IsPartition(table)
                                     ? FindTable(context.to, TableKey(*table.partition_of))
                                     : nullptr;
  const catalog::Table* old_parent =
      parent != nullptr ? FindTable(context.from, TableKey(*table.partition_of)) : nullptr;
  for (std::string& statement : catalog::ColumnSettingsSql(table, parent, old_parent)) {
    step.statements.push_back(std::move(statement));
  }
  size_t constraints = 0;
  planned.provides.push_back(key);
  AddNeeds(context.to_dependencies, key, planned.needs);
  if (table.partition_of) {
    planned.needs.push_back(TableKey(*table.partition_of));
    if (const catalog::Table* to_parent = FindTable(context.to, TableKey(*table.partition_of))) {
      for (std::string& statement : catalog::PartitionColumnsSql(table, {to_parent})) {
        step.statements.push_back(std::move(statement));
      }
    }
    DefaultPartitionScanned(context, table, step);
  }
  // What a table inheriting from others has of its own on the columns they give it.
  std::vector<const catalog::Table*> parents;
  for (const catalog::QualifiedName& parent_name : table.inherits) {
    if (const catalog::Table* found = FindTable(context.to, TableKey(parent_name))) {
      parents.push_back(found);
    }
  }
  if (!parents.empty()) {
    for (std::string& statement : catalog::PartitionColumnsSql(table, parents)) {
      step.statements.push_back(std::move(statement));
    }
  }
  if (table.comment) {
    step.statements.push_back(catalog::CommentSql(
        std::string(catalog::RelationWord(table)) + " " + table.name.Quoted(), table.comment));
  }
  for (std::string& statement : catalog::RowSecuritySql(table, false, false)) {
    step.statements.push_back(std::move(statement));
    AddHazard(step, Hazard::kAuthzChange,
              fmt::format("row-level security on {}: only the rows its policies let through are "
                          "seen, by roles it applies to",
                          table.name.Quoted()));
  }
  for (const catalog::Column& column : table.columns) {
    ObjectKey column_key = ColumnKey(table.name, column.name);
    planned.provides.push_back(column_key);
    if (column.identity) {
      planned.provides.push_back(SequenceKey(column.identity->sequence));
    }
    AddColumnNeeds(context, column_key, default_apart(column), planned.needs);
    if (column.comment) {
      step.statements.push_back(catalog::CommentSql(
          "COLUMN " + table.name.Quoted() + "." + QuoteIdentifier(column.name), column.comment));
    }
  }
  for (const auto& [name, constraint] : table.constraints) {
    if (!include(constraint) || catalog::RepeatsEarlierKey(table, constraint)) {
      continue;
    }
    ++constraints;
    ObjectKey constraint_key = ConstraintKey(table.name, name);
    planned.provides.push_back(constraint_key);
    AddNeeds(context.to_dependencies, constraint_key, planned.needs);
    ConstraintComments(table, constraint, step.statements);
    if (constraint.type == ConstraintType::kForeignKey) {
      planned.foreign_keys.push_back(name);
      if (constraint.referenced_table != table.name) {
        TakeLock(step, TableLock::kShareRowExclusive, "");  // the referenced table
      }
    }
  }
  if (table.partition_of) {
    step.description =
        fmt::format("create table as partition of {} ({} constraint{})",
                    table.partition_of->Quoted(), constraints, constraints == 1 ? "" : "s");
  } else {
    step.description = fmt::format("create {}table ({} column{}, {} constraint{})",
                                   table.partition_by ? "partitioned "
                                   : table.foreign    ? "foreign "
                                                      : "",
                                   table.columns.size(), table.columns.size() == 1 ? "" : "s",
                                   constraints, constraints == 1 ? "" : "s");
  }
  return planned;
}

// Whether a check of `table` calls a function that uses the table: it is added and dropped by a
// step of its own.
bool CheckApart(const DependencyIndex& dependencies, const catalog::Table& table,
                const Constraint& constraint) {
  return constraint.type == ConstraintType::kCheck &&
         dependencies.UsesItsTable(ConstraintKey(table.name, constraint.name));
}

// KeysReferencingTree returns the foreign keys of `catalog` (with their tables) that reference
// partitioned table `parent` or the root of its tree.
std::vector<std::pair<catalog::QualifiedName, const Constraint*>> KeysReferencingTree(
    const catalog::Catalog& catalog, const catalog::QualifiedName& parent) {
  std::vector<std::pair<catalog::QualifiedName, const Constraint*>> out;
  catalog::QualifiedName root = catalog::PartitionRoot(catalog, parent);
  for (const auto& [name, other] : catalog.tables) {
    for (const auto& [constraint_name, constraint] : other.constraints) {
      if (constraint.type == ConstraintType::kForeignKey &&
          (constraint.referenced_table == parent || constraint.referenced_table == root)) {
        out.emplace_back(name, &constraint);
      }
    }
  }
  return out;
}

// PartitionOfReferencedTable says whether `table` is a partition of a partitioned table that
// stays and that a foreign key (of the live state) references, or whose root such a key does.
bool PartitionOfReferencedTable(const Context& context, const catalog::Table& table) {
  return table.partition_of && context.to.tables.count(*table.partition_of) != 0 &&
         !KeysReferencingTree(context.from, *table.partition_of).empty();
}

// KeysReferencingPartitions returns the foreign keys (with their tables, as desired) that
// reference partitioned table `parent`, or the root of its tree, and that the plan keeps as they
// are.
std::vector<std::pair<catalog::QualifiedName, const Constraint*>> KeysReferencingPartitions(
    const Context& context, const catalog::QualifiedName& parent) {
  std::vector<std::pair<catalog::QualifiedName, const Constraint*>> out;
  if (context.to.tables.count(parent) == 0) {
    return out;
  }
  for (const auto& [name, constraint] : KeysReferencingTree(context.from, parent)) {
    const Constraint* kept = FindConstraint(context.to, ConstraintKey(name, constraint->name));
    if (context.dropped.count(TableKey(name)) == 0 && kept != nullptr &&
        diff::SameConstraint(*constraint, *kept)) {
      out.emplace_back(name, kept);
    }
  }
  return out;
}

PlannedStep DropTableStep(const Context& context, const catalog::Table& table,
                          bool with_foreign_keys) {
  PlannedStep planned;
  Step& step = planned.step;
  ObjectKey key = TableKey(table.name);
  step.object = step.target = key;
  step.action = Action::kDrop;
  step.description = table.foreign ? "drop foreign table" : "drop table";
  if (PartitionOfReferencedTable(context, table)) {
    // The foreign keys that reference its partitioned table have a part on it, which DROP
    // refuses to take: DETACH PARTITION takes it, once no row references the partition's rows.
    step.statements.push_back(catalog::DetachPartitionSql(table));
    step.description += fmt::format(" (detached from {} first: foreign keys reference that table)",
                                    table.partition_of->Quoted());
  }
  step.statements.push_back(
      fmt::format("DROP {} {};", catalog::RelationWord(table), table.name.Quoted()));
  planned.removes.push_back(key);
  for (const catalog::Column& column : table.columns) {
    planned.removes.push_back(ColumnKey(table.name, column.name));
  }
  for (const auto& [name, constraint] : table.constraints) {
    if ((constraint.type == ConstraintType::kForeignKey && !with_foreign_keys) ||
        CheckApart(context.from_dependencies, table, constraint)) {
      continue;
    }
    planned.removes.push_back(ConstraintKey(table.name, name));
    if (constraint.type == ConstraintType::kForeignKey) {
      planned.foreign_keys.push_back(name);
    }
  }
  TakeLock(
      step, TableLock::kAccessExclusive,
      fmt::format("locks table {} and the tables its foreign keys reference", table.name.Quoted()));
  if (table.foreign) {
    return planned;  // its rows are its server's, which keeps them
  }
  AddHazard(step, Hazard::kDeletesData,
            fmt::format("drops table {} and all its rows", table.name.Quoted()));
  AddHazard(step, Hazard::kIrreversibleDown,
            "down creates the table again, empty: its rows cannot be restored");
  return planned;
}

const catalog::Index* FindIndex(const catalog::Catalog& catalog,
                                const catalog::QualifiedName& name) {
  auto it = catalog.indexes.find(name);
  return it == catalog.indexes.end() ? nullptr : &it->second;
}

// The statements that move a table between partitioned tables: detach it from its old parent,
// attach it to its new one.
void PartitionStatements(const catalog::Catalog& context_to, const catalog::Table& old_table,
                         const catalog::Table& table, PlannedStep& planned,
                         std::vector<std::string>& what) {
  Step& step = planned.step;
  if (old_table.partition_of) {
    step.statements.push_back(catalog::DetachPartitionSql(old_table));
    TakeLock(step, TableLock::kAccessExclusive,
             fmt::format("DETACH PARTITION locks {} and {}", old_table.partition_of->Quoted(),
                         old_table.name.Quoted()));
    what.push_back("detach from " + old_table.partition_of->Quoted());
    if (!table.partition_of) {
      // What it had from its parent stays its own: what the desired table lacks goes.
      for (const std::string& constraint : old_table.inherited_constraints.value) {
        if (table.constraints.count(constraint) == 0) {
          step.statements.push_back(fmt::format("ALTER TABLE {} DROP CONSTRAINT {};",
                                                table.name.Quoted(), QuoteIdentifier(constraint)));
        }
      }
      for (const std::string& index : old_table.inherited_indexes.value) {
        catalog::QualifiedName index_name{table.name.schema, index};
        if (FindIndex(context_to, index_name) == nullptr) {
          step.statements.push_back(fmt::format("DROP INDEX {};", index_name.Quoted()));
        }
      }
    }
  }
  if (table.partition_of) {
    step.statements.push_back(catalog::AttachPartitionSql(table));
    TakeLock(step, TableLock::kAccessExclusive,
             fmt::format("ATTACH PARTITION locks {}", table.name.Quoted()));
    AddHazard(
        step, Hazard::kValidatesConstraint,
        fmt::format("ATTACH PARTITION scans {} to check that its rows fit {} (unless a check "
                    "constraint implies the bound), and the default partition of {}, if it "
                    "has one, for rows that now belong here",
                    table.name.Quoted(), table.partition_bound, table.partition_of->Quoted()));
    what.push_back(
        fmt::format("attach to {} {}", table.partition_of->Quoted(), table.partition_bound));
    bool parent_indexed = false;
    if (const catalog::Table* parent = FindTable(context_to, TableKey(*table.partition_of))) {
      for (const auto& [name, constraint] : parent->constraints) {
        parent_indexed = parent_indexed || constraint.type == ConstraintType::kPrimaryKey ||
                         constraint.type == ConstraintType::kUnique ||
                         constraint.type == ConstraintType::kExclusion;
      }
    }
    for (const auto& [name, index] : context_to.indexes) {
      parent_indexed = parent_indexed || index.table == *table.partition_of;
    }
    if (parent_indexed) {
      AddHazard(step, Hazard::kIndexBuild,
                fmt::format("ATTACH PARTITION builds on {} the indexes of {} it has no equal of",
                            table.name.Quoted(), table.partition_of->Quoted()));
    }
    planned.needs.push_back(TableKey(*table.partition_of));
    for (const catalog::Column& column : table.columns) {
      planned.needs.push_back(ColumnKey(table.name, column.name));
    }
  }
}

// A table that stops being a typed table (NOT OF) does so in this step, before its columns change
// and the type is dropped; one that becomes a typed table (OF) does so in a step of its own, once
// its columns are the new type's attributes.
void OfTypeSteps(const catalog::Table& old_table, const catalog::Table& table, PlannedStep& planned,
                 std::vector<std::string>& what, std::vector<PlannedStep>& out) {
  const catalog::QualifiedName& name = table.name;
  if (old_table.of_type) {
    what.push_back("not of type " + old_table.of_type->Quoted());
    planned.step.statements.push_back(fmt::format("ALTER TABLE {} NOT OF;", name.Quoted()));
    TakeLock(planned.step, TableLock::kAccessExclusive,
             fmt::format("NOT OF locks table {}", name.Quoted()));
  }
  if (!table.of_type) {
    return;
  }
  PlannedStep of = NewStep(TableKey(name), Action::kAlter,
                           "make it a typed table of " + table.of_type->Quoted(), &table.origin);
  of.step.statements.push_back(
      fmt::format("ALTER TABLE {} OF {};", name.Quoted(), table.of_type->Quoted()));
  TakeLock(of.step, TableLock::kAccessExclusive, fmt::format("OF locks table {}", name.Quoted()));
  // After its columns are the type's, and nothing waits for it.
  of.needs.push_back(catalog::CompositeKey(*table.of_type));
  for (const catalog::Column& column : table.columns) {
    of.needs.push_back(catalog::ColumnKey(name, column.name));
  }
  for (const catalog::Column& column : old_table.columns) {
    of.after_changes_of.push_back(catalog::ColumnKey(name, column.name));
  }
  if (old_table.of_type) {
    of.after_changes_of.push_back(TableKey(name));  // NOT OF first
  }
  of.changes_shape = false;
  of.releases = false;
  out.push_back(std::move(of));
}

void BuildCreateTableSteps(const Context& context, const catalog::QualifiedName& name,
                           std::vector<PlannedStep>& out) {
  {
    out.push_back(CreateTableStep(context, context.to.tables.at(name), true));
    // Constraints not validated yet cannot be part of CREATE TABLE, nor can a key that repeats
    // an earlier one (PostgreSQL would keep only the first), nor a check or a default that calls
    // a function using the table.
    const catalog::Table& table = context.to.tables.at(name);
    for (const catalog::Column& column : table.columns) {
      ObjectKey key = ColumnKey(name, column.name);
      if (column.default_expression && context.to_dependencies.UsesItsTable(key)) {
        SetDefaultApart(context, key, out);
      }
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (!constraint.validated || catalog::RepeatsEarlierKey(table, constraint) ||
          CheckApart(context.to_dependencies, table, constraint)) {
        BuildConstraintSteps(
            context, diff::Change{ChangeKind::kCreate, ConstraintKey(name, constraint_name), {}},
            out);
      }
    }
  }
}

void BuildDropTableSteps(const Context& context, const catalog::QualifiedName& name,
                         std::vector<PlannedStep>& out) {
  {
    const catalog::Table& table = context.from.tables.at(name);
    out.push_back(DropTableStep(context, table, true));
    for (const catalog::Column& column : table.columns) {
      ObjectKey key = ColumnKey(name, column.name);
      if (column.default_expression && context.from_dependencies.UsesItsTable(key)) {
        DropDefaultApart(context, key, out);
      }
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (CheckApart(context.from_dependencies, table, constraint)) {
        PlannedStep drop;
        ObjectKey key = ConstraintKey(name, constraint_name);
        drop.step.object = TableKey(name);
        drop.step.target = key;
        drop.step.action = Action::kDrop;
        drop.step.description = fmt::format(
            "drop check constraint {} before the function it calls, which uses the table",
            QuoteIdentifier(constraint_name));
        drop.step.statements.push_back(fmt::format(
            "ALTER TABLE {} DROP CONSTRAINT {};", name.Quoted(), QuoteIdentifier(constraint_name)));
        TakeLock(drop.step, TableLock::kAccessExclusive,
                 fmt::format("DROP CONSTRAINT locks table {}", name.Quoted()));
        drop.removes.push_back(key);
        out.push_back(std::move(drop));
      }
    }
  }
}

}  // namespace

void BuildTableSteps(const Context& context, const diff::Change& change,
                     std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  if (change.kind == ChangeKind::kRecreate) {
    // A new partition key: the table is dropped with its rows and created again.
    size_t first = out.size();
    BuildDropTableSteps(context, name, out);
    for (size_t i = first; i < out.size(); ++i) {
      if (out[i].step.target == change.key) {
        const catalog::Table& old_table = context.from.tables.at(name);
        const catalog::Table& table = context.to.tables.at(name);
        if (old_table.foreign.has_value() != table.foreign.has_value()) {
          out[i].step.description = table.foreign
                                        ? "drop table to create it again as a foreign table"
                                        : "drop foreign table to create it again as a table";
        } else if (table.foreign && old_table.foreign->server != table.foreign->server) {
          out[i].step.description = "drop foreign table to create it again on server " +
                                    base::QuoteIdentifier(table.foreign->server);
        } else if (old_table.partition_by != table.partition_by) {
          out[i].step.description = fmt::format(
              "drop table to create it again with {}",
              table.partition_by ? "partition key " + *table.partition_by : "no partition key");
        } else if (diff::KeyColumnRetyped(old_table, table)) {
          out[i].step.description = fmt::format(
              "drop table to create it again: its partition key {} uses a column whose type "
              "changes",
              *table.partition_by);
        } else if (old_table.inherits != table.inherits) {
          std::vector<std::string> parents;
          for (const catalog::QualifiedName& parent : table.inherits) {
            parents.push_back(parent.Quoted());
          }
          out[i].step.description =
              parents.empty() ? "drop table to create it again without parents"
                              : fmt::format("drop table to create it again inheriting from {}",
                                            fmt::join(parents, ", "));
        } else if (old_table.of_type != table.of_type) {
          out[i].step.description = fmt::format(
              "drop table to create it again as a typed table of {} (its columns "
              "are not the type's attributes, in order)",
              table.of_type->Quoted());
        } else if (table.foreign && old_table.inherits.empty() && !old_table.partition_of) {
          out[i].step.description =
              "drop foreign table to create it again around what it uses (its server, its "
              "wrapper, a type), which is created again";
        } else if (!old_table.inherits.empty() && !old_table.partition_of) {
          out[i].step.description = "drop table to create it again with its parents";
        } else {
          out[i].step.description =
              "drop table to create it again with its parent " +
              (old_table.partition_of ? old_table.partition_of->Quoted() : std::string());
        }
      }
    }
    BuildCreateTableSteps(context, name, out);
    return;
  }
  if (change.kind == ChangeKind::kCreate) {
    BuildCreateTableSteps(context, name, out);
    return;
  }
  if (change.kind == ChangeKind::kDrop) {
    BuildDropTableSteps(context, name, out);
    return;
  }
  const catalog::Table& table = context.to.tables.at(name);
  const catalog::Table& old_table = context.from.tables.at(name);
  PlannedStep planned;
  Step& step = planned.step;
  step.object = step.target = change.key;
  step.action = Action::kAlter;
  step.origin = table.origin.range;
  planned.provides.push_back(change.key);
  std::vector<std::string> what;
  if (diff::Has(change, Property::kInherits)) {
    BuildInheritSteps(context, old_table, table, out);
  }
  if (diff::Has(change, Property::kOfType)) {
    OfTypeSteps(old_table, table, planned, what, out);
  }
  if (diff::Has(change, Property::kPartition)) {
    // DETACH PARTITION refuses while rows reference the partition's through a foreign key on its
    // partitioned table: the keys that stay are dropped around the move and added again.
    std::vector<std::pair<catalog::QualifiedName, const Constraint*>> keys =
        old_table.partition_of
            ? KeysReferencingPartitions(context, *old_table.partition_of)
            : std::vector<std::pair<catalog::QualifiedName, const Constraint*>>{};
    for (const auto& [referencing, key] : keys) {
      step.statements.push_back(fmt::format("ALTER TABLE {} DROP CONSTRAINT {};",
                                            referencing.Quoted(), QuoteIdentifier(key->name)));
    }
    PartitionStatements(context.to, old_table, table, planned, what);
    for (const auto& [referencing, key] : keys) {
      step.statements.push_back(fmt::format("ALTER TABLE {} ADD {};", referencing.Quoted(),
                                            catalog::ConstraintDefinitionSql(*key)));
      if (key->comment) {
        step.statements.push_back(catalog::CommentSql(
            "CONSTRAINT " + QuoteIdentifier(key->name) + " ON " + referencing.Quoted(),
            key->comment));
      }
      what.push_back(fmt::format("foreign key {} of {} dropped and added again around it",
                                 QuoteIdentifier(key->name), referencing.Quoted()));
      if (key->validated) {
        AddHazard(step, Hazard::kValidatesConstraint,
                  fmt::format("reads every row of {} to check {} again", referencing.Quoted(),
                              QuoteIdentifier(key->name)));
      }
      TakeLock(step, TableLock::kAccessExclusive,
               fmt::format("dropping foreign key {} locks {}", QuoteIdentifier(key->name),
                           referencing.Quoted()));
    }
  }
  if (diff::Has(change, Property::kLogged)) {
    what.push_back(table.unlogged ? "set unlogged" : "set logged");
    step.statements.push_back(fmt::format("ALTER TABLE {} SET {};", name.Quoted(),
                                          table.unlogged ? "UNLOGGED" : "LOGGED"));
    AddHazard(step, Hazard::kTableRewrite, "SET LOGGED/UNLOGGED rewrites the table");
    TakeLock(step, TableLock::kAccessExclusive,
             fmt::format("locks table {} while it is rewritten", name.Quoted()));
  }
  if (diff::Has(change, Property::kAccessMethod)) {
    what.push_back("set access method " +
                   (table.access_method.empty() ? std::string("heap") : table.access_method));
    step.statements.push_back(catalog::SetAccessMethodSql("TABLE", name, table.access_method));
    if (!table.access_method.empty()) {
      planned.needs.push_back(catalog::AccessMethodKey(table.access_method));
    }
    AddHazard(step, Hazard::kTableRewrite, "SET ACCESS METHOD rewrites the table");
    TakeLock(step, TableLock::kAccessExclusive,
             fmt::format("locks table {} while it is rewritten", name.Quoted()));
  }
  if (diff::Has(change, Property::kForeignOptions)) {
    what.push_back("change options");
    step.statements.push_back(fmt::format(
        "ALTER FOREIGN TABLE {}{};", name.Quoted(),
        catalog::GenericOptionsChangeSql(old_table.foreign->options, table.foreign->options)));
    TakeLock(step, TableLock::kAccessExclusive, "");
  }
  if (diff::Has(change, Property::kStorageOptions)) {
    what.push_back("change storage options");
    std::vector<std::string> names;
    for (const auto& [option, value] : old_table.options) {
      if (table.options.count(option) == 0) {
        names.push_back(option);
      }
    }
    for (const auto& [option, value] : table.options) {
      names.push_back(option);
    }
    TakeLock(step, StorageOptionsLock(names),
             fmt::format("changing these storage options locks table {}", name.Quoted()));
    for (std::string& statement : catalog::OptionsChangeSql("ALTER TABLE " + name.Quoted(),
                                                            old_table.options, table.options)) {
      step.statements.push_back(std::move(statement));
    }
  }
  if (diff::Has(change, Property::kRowSecurity)) {
    for (std::string& statement :
         catalog::RowSecuritySql(table, old_table.row_security, old_table.force_row_security)) {
      step.statements.push_back(std::move(statement));
    }
    if (table.row_security != old_table.row_security) {
      what.push_back(table.row_security ? "enable row-level security"
                                        : "disable row-level security");
    }
    if (table.force_row_security != old_table.force_row_security) {
      what.push_back(table.force_row_security ? "force row-level security"
                                              : "no longer force row-level security");
    }
    TakeLock(step, TableLock::kAccessExclusive,
             fmt::format("changing row-level security locks table {}", name.Quoted()));
    AddHazard(
        step, Hazard::kAuthzChange,
        fmt::format("which rows of {} its policies let through now applies {}", name.Quoted(),
                    table.row_security ? "as switched here" : "no longer: every row is seen"));
  }
  if (diff::Has(change, Property::kComment)) {
    what.push_back(table.comment ? "set comment" : "remove comment");
    step.statements.push_back(catalog::CommentSql(
        std::string(catalog::RelationWord(table)) + " " + name.Quoted(), table.comment));
    TakeLock(step, TableLock::kShareUpdateExclusive, "");
  }
  step.description = fmt::format("{}", fmt::join(what, ", "));
  if (!step.statements.empty()) {
    out.push_back(std::move(planned));
  }
}

void DetachForeignKeys(const Context& context, PlannedStep& planned,
                       std::vector<PlannedStep>& out) {
  const ObjectKey& key = planned.step.target;
  catalog::QualifiedName name{key.schema, key.name};
  std::vector<std::string> foreign_keys = std::move(planned.foreign_keys);
  planned.foreign_keys.clear();
  if (planned.step.action == Action::kCreate) {
    planned = CreateTableStep(context, context.to.tables.at(name), false);
    for (const std::string& constraint : foreign_keys) {
      BuildConstraintSteps(
          context, diff::Change{ChangeKind::kCreate, ConstraintKey(name, constraint), {}}, out);
    }
    return;
  }
  planned = DropTableStep(context, context.from.tables.at(name), false);
  for (const std::string& constraint : foreign_keys) {
    PlannedStep drop;
    ObjectKey constraint_key = ConstraintKey(name, constraint);
    drop.step.object = key;
    drop.step.target = constraint_key;
    drop.step.action = Action::kDrop;
    drop.step.description =
        fmt::format("drop constraint {} before the tables it links", QuoteIdentifier(constraint));
    drop.step.statements.push_back(fmt::format("ALTER TABLE {} DROP CONSTRAINT {};", name.Quoted(),
                                               QuoteIdentifier(constraint)));
    TakeLock(drop.step, TableLock::kAccessExclusive,
             ForeignKeyDropReason(name, context.from.tables.at(name).constraints.at(constraint)));
    drop.removes.push_back(constraint_key);
    out.push_back(std::move(drop));
  }
}

}  // namespace schemac::plan
