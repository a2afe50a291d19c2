// Steps for functions, procedures and aggregates: CREATE (as the server prints the definition),
// DROP, CREATE OR REPLACE when the diff found the change replaceable, and comments.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using diff::ChangeKind;
using diff::Property;

// Marks a step that writes a function whose body the server does not track.
void MarkUntracked(const catalog::Function& function, Step& step) {
  if (!function.body_tracked) {
    AddHazard(step, Hazard::kUntrackedDependencies,
              fmt::format("the server does not record what its {} body uses",
                          function.language.empty() ? "function" : function.language));
  }
}

}  // namespace

void BuildFunctionSteps(const Context& context, const diff::Change& change,
                        std::vector<PlannedStep>& out) {
  catalog::FunctionName name{change.key.schema, change.key.name, change.key.sub_name};
  const catalog::Catalog& side = change.kind == ChangeKind::kDrop ? context.from : context.to;
  std::string noun{catalog::KindName(change.key.kind)};
  if (side.functions.at(name).procedure) {
    noun = "procedure";
  }
  if (change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate) {
    const catalog::Function& old_function = context.from.functions.at(name);
    PlannedStep planned = NewStep(change.key, Action::kDrop,
                                  change.kind == ChangeKind::kRecreate
                                      ? fmt::format("drop {} to create it again", noun)
                                      : fmt::format("drop {}", noun),
                                  nullptr);
    planned.step.statements.push_back(catalog::DropFunctionSql(old_function));
    out.push_back(std::move(planned));
    if (change.kind == ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::Function& function = context.to.functions.at(name);
  if (change.kind != ChangeKind::kAlter) {
    PlannedStep planned =
        NewStep(change.key, Action::kCreate,
                change.kind == ChangeKind::kRecreate ? fmt::format("create {} again", noun)
                                                     : fmt::format("create {}", noun),
                &function.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements.push_back(catalog::CreateFunctionSql(function));
    if (function.comment) {
      planned.step.statements.push_back(
          catalog::CommentSql(catalog::FunctionTarget(function), function.comment));
    }
    MarkUntracked(function, planned.step);
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Function& old_function = context.from.functions.at(name);
  std::vector<std::string> what;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &function.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  if (diff::Has(change, Property::kDefinition)) {
    // pg_get_functiondef() prints CREATE OR REPLACE.
    planned.step.statements.push_back(catalog::CreateFunctionSql(function));
    what.push_back("replace definition");
    MarkUntracked(function, planned.step);
  }
  if (diff::Has(change, Property::kComment)) {
    planned.step.statements.push_back(
        catalog::CommentSql(catalog::FunctionTarget(function), function.comment));
    what.push_back(function.comment ? (old_function.comment ? "change comment" : "set comment")
                                    : "remove comment");
  }
  planned.step.description = fmt::format("alter {}: {}", noun, fmt::join(what, ", "));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
