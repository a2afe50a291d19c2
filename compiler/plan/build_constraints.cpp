// Steps for constraints: added, dropped, recreated (PostgreSQL cannot alter a constraint's
// definition), validated, commented.
#include <fmt/format.h>

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

std::string_view TypeWord(ConstraintType type) {
  switch (type) {
    case ConstraintType::kPrimaryKey:
      return "primary key";
    case ConstraintType::kUnique:
      return "unique constraint";
    case ConstraintType::kForeignKey:
      return "foreign key";
    case ConstraintType::kCheck:
      return "check constraint";
    case ConstraintType::kExclusion:
      return "exclusion constraint";
  }
  return "constraint";
}

PlannedStep NewConstraintStep(const ObjectKey& key, Action action) {
  PlannedStep planned;
  planned.step.object = ParentKey(key);
  planned.step.target = key;
  planned.step.action = action;
  return planned;
}

void Comments(const catalog::QualifiedName& table, const Constraint& constraint, bool comment,
              bool index_comment, Step& step) {
  if (comment) {
    step.statements.push_back(catalog::CommentSql(
        "CONSTRAINT " + QuoteIdentifier(constraint.name) + " ON " + table.Quoted(),
        constraint.comment));
    TakeLock(step, TableLock::kAccessShare, "");
  }
  if (index_comment) {
    step.statements.push_back(catalog::CommentSql(
        "INDEX " + catalog::QualifiedName{table.schema, constraint.name}.Quoted(),
        constraint.index_comment));
    TakeLock(step, TableLock::kShareUpdateExclusive, "");  // on the key's index
  }
}

void AddConstraint(const Context& context, const ObjectKey& key, bool again,
                   std::vector<PlannedStep>& out) {
  catalog::QualifiedName table{key.schema, key.name};
  const Constraint& constraint = *FindConstraint(context.to, key);
  PlannedStep planned = NewConstraintStep(key, Action::kCreate);
  Step& step = planned.step;
  step.origin = constraint.origin.range;
  std::string definition = catalog::ConstraintDefinitionSql(constraint);
  step.description = fmt::format("{} {} {}", again ? "add again" : "add", TypeWord(constraint.type),
                                 QuoteIdentifier(constraint.name));
  step.statements.push_back(fmt::format("ALTER TABLE {} ADD {};", table.Quoted(), definition));
  Comments(table, constraint, constraint.comment.has_value(), constraint.index_comment.has_value(),
           step);
  switch (constraint.type) {
    case ConstraintType::kPrimaryKey:
    case ConstraintType::kUnique:
      AddHazard(step, Hazard::kIndexBuild,
                fmt::format("builds the index of {}", QuoteIdentifier(constraint.name)));
      TakeLock(step, TableLock::kAccessExclusive,
               fmt::format("adding a key locks table {}", table.Quoted()));
      break;
    case ConstraintType::kExclusion:
      AddHazard(step, Hazard::kIndexBuild,
                fmt::format("builds the index of {}", QuoteIdentifier(constraint.name)));
      AddHazard(step, Hazard::kValidatesConstraint,
                fmt::format("reads every row of {} to check {}", table.Quoted(),
                            QuoteIdentifier(constraint.name)));
      TakeLock(step, TableLock::kAccessExclusive,
               fmt::format("adding an exclusion constraint locks table {}", table.Quoted()));
      break;
    case ConstraintType::kCheck:
    case ConstraintType::kForeignKey:
      if (constraint.validated) {
        AddHazard(step, Hazard::kValidatesConstraint,
                  fmt::format("reads every row of {} to check {}", table.Quoted(),
                              QuoteIdentifier(constraint.name)));
      }
      if (constraint.type == ConstraintType::kCheck) {
        TakeLock(step, TableLock::kAccessExclusive,
                 fmt::format("adding a check locks table {}", table.Quoted()));
      } else {
        // Both tables, against writes: the key's triggers are added to both.
        TakeLock(step, TableLock::kShareRowExclusive, "");
      }
      break;
  }
  planned.provides.push_back(key);
  AddNeeds(context.to_dependencies, key, planned.needs);
  out.push_back(std::move(planned));
}

void DropConstraint(const Context& context, const ObjectKey& key, bool again,
                    std::vector<PlannedStep>& out) {
  if (context.dropped.count(ParentKey(key)) != 0) {
    return;  // dropped with its table
  }
  catalog::QualifiedName table{key.schema, key.name};
  const Constraint& constraint = *FindConstraint(context.from, key);
  PlannedStep planned = NewConstraintStep(key, Action::kDrop);
  Step& step = planned.step;
  step.description = fmt::format("drop {} {}{}", TypeWord(constraint.type),
                                 QuoteIdentifier(constraint.name), again ? " to add it again" : "");
  step.statements.push_back(fmt::format("ALTER TABLE {} DROP CONSTRAINT {};", table.Quoted(),
                                        QuoteIdentifier(constraint.name)));
  TakeLock(step, TableLock::kAccessExclusive,
           constraint.type == ConstraintType::kForeignKey
               ? ForeignKeyDropReason(table, constraint)
               : fmt::format("DROP CONSTRAINT locks table {}", table.Quoted()));
  planned.removes.push_back(key);
  out.push_back(std::move(planned));
}

void AlterConstraint(const Context& context, const diff::Change& change,
                     std::vector<PlannedStep>& out) {
  const ObjectKey& key = change.key;
  catalog::QualifiedName table{key.schema, key.name};
  const Constraint& constraint = *FindConstraint(context.to, key);
  PlannedStep planned = NewConstraintStep(key, Action::kAlter);
  Step& step = planned.step;
  step.origin = constraint.origin.range;
  std::vector<std::string> what;
  if (diff::Has(change, Property::kValidated)) {
    what.push_back("validate");
    step.statements.push_back(fmt::format("ALTER TABLE {} VALIDATE CONSTRAINT {};", table.Quoted(),
                                          QuoteIdentifier(constraint.name)));
    AddHazard(step, Hazard::kValidatesConstraint,
              fmt::format("reads every row of {} to check {}", table.Quoted(),
                          QuoteIdentifier(constraint.name)));
    // A foreign key also takes ROW SHARE on the table it references.
    TakeLock(step, TableLock::kShareUpdateExclusive, "");
  }
  if (diff::Has(change, Property::kStorageOptions)) {
    what.push_back("change index storage options");
    ChangeIndexOptions(step, {table.schema, constraint.name}, table,
                       FindConstraint(context.from, key)->index_options, constraint.index_options);
  }
  bool comment = diff::Has(change, Property::kComment);
  bool index_comment = diff::Has(change, Property::kIndexComment);
  if (comment || index_comment) {
    what.push_back("change comment");
  }
  Comments(table, constraint, comment, index_comment, step);
  step.description = fmt::format("alter {} {}: {}", TypeWord(constraint.type),
                                 QuoteIdentifier(constraint.name), fmt::join(what, ", "));
  planned.provides.push_back(key);
  AddNeeds(context.to_dependencies, key, planned.needs);
  out.push_back(std::move(planned));
}

}  // namespace

void BuildConstraintSteps(const Context& context, const diff::Change& change,
                          std::vector<PlannedStep>& out) {
  switch (change.kind) {
    case ChangeKind::kCreate:
      AddConstraint(context, change.key, false, out);
      return;
    case ChangeKind::kDrop:
      DropConstraint(context, change.key, false, out);
      return;
    case ChangeKind::kRecreate:
      DropConstraint(context, change.key, true, out);
      AddConstraint(context, change.key, true, out);
      return;
    case ChangeKind::kAlter:
      AlterConstraint(context, change, out);
      return;
  }
}

}  // namespace schemac::plan
