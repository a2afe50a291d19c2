// Steps for row-level security policies: CREATE POLICY (as the server prints its parts), DROP
// POLICY, ALTER POLICY for new roles or expressions, and comments. Each carries the
// `authz-change` hazard: it changes who may read or change which rows.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

void Lock(Step& step, const catalog::PolicyName& name, std::string_view what) {
  TakeLock(step, TableLock::kAccessExclusive,
           fmt::format("{} locks table {}", what, name.table.Quoted()));
}

}  // namespace

void BuildPolicySteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out) {
  catalog::PolicyName name{{change.key.schema, change.key.name}, change.key.sub_name};
  if (change.kind == diff::ChangeKind::kDrop || change.kind == diff::ChangeKind::kRecreate) {
    if (context.dropped.count(catalog::TableKey(name.table)) != 0) {
      return;  // dropped with its table
    }
    bool again = change.kind == diff::ChangeKind::kRecreate;
    PlannedStep planned =
        NewStep(change.key, Action::kDrop, again ? "drop policy to create it again" : "drop policy",
                nullptr);
    planned.step.statements.push_back(fmt::format("DROP {};", catalog::PolicyTarget(name)));
    Lock(planned.step, name, "DROP POLICY");
    if (!again) {
      AddHazard(planned.step, Hazard::kAuthzChange,
                fmt::format("the rows policy {} let through or kept out are no longer its to say",
                            catalog::PolicyTarget(name)));
    }
    out.push_back(std::move(planned));
    if (!again) {
      return;
    }
  }
  const catalog::Policy& policy = context.to.policies.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    bool again = change.kind == diff::ChangeKind::kRecreate;
    PlannedStep planned = NewStep(change.key, Action::kCreate,
                                  again ? "create policy again" : "create policy", &policy.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.needs.push_back(catalog::TableKey(name.table));
    planned.step.statements.push_back(catalog::CreatePolicySql(policy));
    if (policy.comment) {
      planned.step.statements.push_back(
          catalog::CommentSql(catalog::PolicyTarget(name), policy.comment));
    }
    Lock(planned.step, name, "CREATE POLICY");
    AddHazard(planned.step, Hazard::kAuthzChange,
              fmt::format("{} {} decides which rows of {} its roles may read or change",
                          again ? "the new form of" : "new", catalog::PolicyTarget(name),
                          name.table.Quoted()));
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Policy& old_policy = context.from.policies.at(name);
  std::vector<std::string> what;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &policy.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  if (diff::Has(change, diff::Property::kDefinition)) {
    planned.step.statements.push_back(catalog::AlterPolicySql(policy));
    Lock(planned.step, name, "ALTER POLICY");
    if (policy.roles != old_policy.roles) {
      what.push_back("change roles");
    }
    if (policy.using_expression != old_policy.using_expression) {
      what.push_back("change USING");
    }
    if (policy.check_expression != old_policy.check_expression) {
      what.push_back("change WITH CHECK");
    }
    AddHazard(planned.step, Hazard::kAuthzChange,
              fmt::format("{} lets other roles or rows through", catalog::PolicyTarget(name)));
  }
  if (diff::Has(change, diff::Property::kComment)) {
    planned.step.statements.push_back(
        catalog::CommentSql(catalog::PolicyTarget(name), policy.comment));
    what.push_back(policy.comment ? (old_policy.comment ? "change comment" : "set comment")
                                  : "remove comment");
  }
  planned.step.description = fmt::format("alter policy: {}", fmt::join(what, ", "));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
