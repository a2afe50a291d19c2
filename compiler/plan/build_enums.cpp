// Steps for enum types: created, dropped, values added in place, or recreated when a value is
// removed or moved (PostgreSQL has no ALTER for that): the old type is renamed away, the new one
// created, every column that uses it converted through text, and the old type dropped.
#include <algorithm>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/base/sql_scan.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using base::QuoteIdentifier;
using base::QuoteLiteral;
using diff::ChangeKind;
using diff::Property;

// The statements that add the labels of `to` missing from `from` (a subsequence of it), each
// placed before the next existing label or at the end.
std::vector<std::string> AddLabels(const catalog::QualifiedName& name,
                                   const std::vector<std::string>& from,
                                   const std::vector<std::string>& to) {
  std::vector<std::string> out;
  std::vector<std::string> present = from;
  for (size_t i = 0; i < to.size(); ++i) {
    if (std::find(present.begin(), present.end(), to[i]) != present.end()) {
      continue;
    }
    std::string placement;
    for (size_t j = i + 1; j < to.size(); ++j) {
      if (std::find(present.begin(), present.end(), to[j]) != present.end()) {
        placement = " BEFORE " + QuoteLiteral(to[j]);
        break;
      }
    }
    if (placement.empty() && i > 0) {
      placement = " AFTER " + QuoteLiteral(to[i - 1]);
    }
    out.push_back(fmt::format("ALTER TYPE {} ADD VALUE {}{};", name.Quoted(), QuoteLiteral(to[i]),
                              placement));
    present.push_back(to[i]);
  }
  return out;
}

// A name for the old type while it is replaced: "<name>_old", shortened to fit 63 bytes.
std::string OldName(const std::string& name) {
  std::string prefix = name.substr(0, 63 - 4);
  while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0x80) {
    prefix.pop_back();  // do not cut a UTF-8 character
  }
  if (!prefix.empty() && static_cast<unsigned char>(prefix.back()) >= 0xC0) {
    prefix.pop_back();
  }
  return prefix + "_old";
}

// The columns of enum type `name` that the partition keys of `catalog` use: PostgreSQL refuses
// to convert them to another type, the type created again among them.
std::vector<std::string> PartitionKeyColumns(const catalog::Catalog& catalog,
                                             const catalog::QualifiedName& name) {
  std::vector<std::string> out;
  std::string type = name.Quoted();
  for (const auto& [table_name, table] : catalog.tables) {
    for (const catalog::Column& column : table.columns) {
      if (table.partition_by && (column.type == type || column.type == type + "[]") &&
          base::ReferencesColumn(*table.partition_by, column.name)) {
        out.push_back(table_name.Quoted() + "." + QuoteIdentifier(column.name));
      }
    }
  }
  return out;
}

void Recreate(const Context& context, const diff::Change& change, std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  const catalog::EnumType& type = context.to.enums.at(name);
  const catalog::EnumType& old_type = context.from.enums.at(name);
  PlannedStep planned;
  Step& step = planned.step;
  step.object = step.target = change.key;
  step.action = Action::kAlter;
  std::vector<std::string> removed;
  for (const std::string& label : old_type.labels) {
    if (std::find(type.labels.begin(), type.labels.end(), label) == type.labels.end()) {
      removed.push_back(QuoteLiteral(label));
    }
  }
  // Labels of both types in the old order: if the new type keeps them in another, values moved.
  std::vector<std::string> kept;
  for (const std::string& label : old_type.labels) {
    if (std::find(type.labels.begin(), type.labels.end(), label) != type.labels.end()) {
      kept.push_back(label);
    }
  }
  std::vector<std::string> kept_new_order;
  for (const std::string& label : type.labels) {
    if (std::find(kept.begin(), kept.end(), label) != kept.end()) {
      kept_new_order.push_back(label);
    }
  }
  if (!removed.empty()) {
    step.description = fmt::format("recreate without value{} {}", removed.size() == 1 ? "" : "s",
                                   fmt::join(removed, ", "));
  } else if (kept != kept_new_order) {
    step.description = "recreate with the values in a new order";
  } else {
    step.description =
        "recreate with the new values (this migration uses them, and PostgreSQL cannot use a "
        "value in the transaction that adds it)";
  }
  step.origin = type.origin.range;
  if (std::vector<std::string> keys = PartitionKeyColumns(context.from, name);
      !keys.empty() && !context.down) {
    context.sink.Error(
        "enum-in-partition-key", type.origin.range,
        fmt::format("enum type {} would be created again {}, which converts {} {}, part of a "
                    "partition key, and PostgreSQL refuses to convert a partition key's column; "
                    "{}",
                    name.Text(),
                    !removed.empty() ? "without " + fmt::format("{}", fmt::join(removed, ", "))
                    : kept != kept_new_order
                        ? std::string("with its values in a new order")
                        : std::string("so that this migration can use its new values"),
                    keys.size() == 1 ? "column" : "columns", fmt::join(keys, ", "),
                    removed.empty() && kept == kept_new_order
                        ? "add the new values in a migration of their own first, then use them "
                          "in the next one"
                        : "keep its values in their order, or create the partitioned table "
                          "again under another name and move its rows"));
  }
  std::string old_name = OldName(name.name);
  step.statements.push_back(
      fmt::format("ALTER TYPE {} RENAME TO {};", name.Quoted(), QuoteIdentifier(old_name)));
  step.statements.push_back(catalog::CreateEnumSql(type));
  planned.provides.push_back(change.key);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  // Columns of the type in both catalogs are converted here; columns that stop using it are
  // changed or dropped first.
  for (const ObjectKey& user : context.from_dependencies.DependentsOf(change.key)) {
    const catalog::Column* old_column = FindColumn(context.from, user);
    const catalog::Column* column = FindColumn(context.to, user);
    if (user.kind != ObjectKind::kColumn) {
      // A check or index that names the type is dropped first and created again after.
      planned.after_changes_of.push_back(user);
      continue;
    }
    if (old_column == nullptr) {
      continue;
    }
    if (column == nullptr || column->type != old_column->type ||
        context.dropped.count(ParentKey(user)) != 0) {
      planned.after_changes_of.push_back(user);
      continue;
    }
    catalog::QualifiedName table{user.schema, user.name};
    std::string alter = fmt::format("ALTER TABLE {} ALTER COLUMN {}", table.Quoted(),
                                    QuoteIdentifier(user.sub_name));
    if (old_column->default_expression) {
      step.statements.push_back(alter + " DROP DEFAULT;");
    }
    bool array = column->type.size() > 2 && column->type.substr(column->type.size() - 2) == "[]";
    step.statements.push_back(fmt::format("{} TYPE {} USING {}::text{}::{};", alter, column->type,
                                          QuoteIdentifier(user.sub_name), array ? "[]" : "",
                                          column->type));
    if (column->default_expression) {
      step.statements.push_back(
          fmt::format("{} SET DEFAULT {};", alter, *column->default_expression));
    }
    AddHazard(step, Hazard::kTableRewrite,
              fmt::format("converts column {}.{}", table.Quoted(), QuoteIdentifier(user.sub_name)));
    TakeLock(step, TableLock::kAccessExclusive,
             fmt::format("locks table {} while converting", table.Quoted()));
    planned.provides.push_back(user);
    for (const ObjectKey& constraint : context.from_dependencies.DependentsOf(user)) {
      if (constraint.kind == ObjectKind::kConstraint) {
        planned.after_changes_of.push_back(constraint);  // foreign keys on converted columns
      }
    }
  }
  step.statements.push_back(
      fmt::format("DROP TYPE {};", catalog::QualifiedName{name.schema, old_name}.Quoted()));
  if (type.comment) {
    step.statements.push_back(catalog::CommentSql("TYPE " + name.Quoted(), type.comment));
  }
  if (!removed.empty()) {
    AddHazard(step, Hazard::kIrreversibleDown,
              "rows that held a removed value fail the conversion; down cannot bring them back");
  }
  out.push_back(std::move(planned));
}

}  // namespace

void BuildEnumSteps(const Context& context, const diff::Change& change,
                    std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  std::string target = "TYPE " + name.Quoted();
  if (change.kind == ChangeKind::kRecreate) {
    Recreate(context, change, out);
    return;
  }
  PlannedStep planned;
  Step& step = planned.step;
  step.object = step.target = change.key;
  if (change.kind == ChangeKind::kDrop) {
    step.action = Action::kDrop;
    step.description = "drop enum type";
    step.statements.push_back(fmt::format("DROP TYPE {};", name.Quoted()));
    planned.removes.push_back(change.key);
    out.push_back(std::move(planned));
    return;
  }
  const catalog::EnumType& type = context.to.enums.at(name);
  step.origin = type.origin.range;
  planned.provides.push_back(change.key);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  if (change.kind == ChangeKind::kCreate) {
    step.action = Action::kCreate;
    step.description = "create enum type";
    step.statements.push_back(catalog::CreateEnumSql(type));
    if (type.comment) {
      step.statements.push_back(catalog::CommentSql(target, type.comment));
    }
    out.push_back(std::move(planned));
    return;
  }
  step.action = Action::kAlter;
  std::vector<std::string> what;
  if (diff::Has(change, Property::kLabels)) {
    const catalog::EnumType& old_type = context.from.enums.at(name);
    std::vector<std::string> added = AddLabels(name, old_type.labels, type.labels);
    what.push_back(fmt::format("add value{}", added.size() == 1 ? "" : "s"));
    step.statements.insert(step.statements.end(), added.begin(), added.end());
    if (std::vector<std::string> keys = PartitionKeyColumns(context.from, name); !keys.empty()) {
      AddHazard(step, Hazard::kIrreversibleDown,
                fmt::format("down cannot remove the values: it would create the type again, "
                            "which converts {}, part of a partition key, and PostgreSQL refuses "
                            "that",
                            fmt::join(keys, ", ")));
    }
  }
  if (diff::Has(change, Property::kComment)) {
    what.push_back(type.comment ? "set comment" : "remove comment");
    step.statements.push_back(catalog::CommentSql(target, type.comment));
  }
  step.description = fmt::format("{}", fmt::join(what, ", "));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
