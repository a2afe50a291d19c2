// Steps for rules: CREATE RULE (as the server prints the definition), CREATE OR REPLACE RULE for
// a new definition, DROP RULE, ALTER TABLE ... ENABLE | DISABLE RULE, and comments.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

// The definition as CREATE OR REPLACE RULE: pg_get_ruledef() prints "CREATE RULE ...".
std::string ReplaceSql(const catalog::Rule& rule) {
  std::string sql = catalog::CreateRuleSql(rule);
  constexpr std::string_view kCreate = "CREATE RULE ";
  if (sql.starts_with(kCreate)) {
    sql.replace(0, kCreate.size(), "CREATE OR REPLACE RULE ");
  }
  return sql;
}

}  // namespace

void BuildRuleSteps(const Context& context, const diff::Change& change,
                    std::vector<PlannedStep>& out) {
  catalog::RuleName name{{change.key.schema, change.key.name}, change.key.sub_name};
  if (change.kind == diff::ChangeKind::kDrop || change.kind == diff::ChangeKind::kRecreate) {
    PlannedStep planned = NewStep(
        change.key, Action::kDrop,
        change.kind == diff::ChangeKind::kRecreate ? "drop rule to create it again" : "drop rule",
        nullptr);
    planned.step.statements.push_back(fmt::format("DROP {};", catalog::RuleTarget(name)));
    TakeLock(planned.step, TableLock::kAccessExclusive,
             fmt::format("DROP RULE locks {}", name.table.Quoted()));
    out.push_back(std::move(planned));
    if (change.kind == diff::ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::Rule& rule = context.to.rules.at(name);
  PlannedStep planned = NewStep(
      change.key, change.kind == diff::ChangeKind::kAlter ? Action::kAlter : Action::kCreate, "",
      &rule.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  std::vector<std::string> what;
  if (change.kind != diff::ChangeKind::kAlter) {
    planned.step.statements.push_back(catalog::CreateRuleSql(rule));
    if (rule.comment) {
      planned.step.statements.push_back(
          catalog::CommentSql(catalog::RuleTarget(name), rule.comment));
    }
    what.push_back(change.kind == diff::ChangeKind::kRecreate ? "create rule again"
                                                              : "create rule");
  } else {
    const catalog::Rule& old_rule = context.from.rules.at(name);
    if (diff::Has(change, diff::Property::kDefinition)) {
      planned.step.statements.push_back(ReplaceSql(rule));
      what.push_back("replace rule");
      if (diff::Has(change, diff::Property::kEnabled) && rule.enabled == 'O') {
        planned.step.statements.push_back(catalog::RuleEnabledSql(rule));  // as created: enabled
      }
    } else if (diff::Has(change, diff::Property::kEnabled)) {
      planned.step.statements.push_back(catalog::RuleEnabledSql(rule));
      what.push_back(rule.enabled == 'D' ? "disable" : "enable");
    }
    if (diff::Has(change, diff::Property::kComment)) {
      planned.step.statements.push_back(
          catalog::CommentSql(catalog::RuleTarget(name), rule.comment));
      what.push_back(rule.comment ? (old_rule.comment ? "change comment" : "set comment")
                                  : "remove comment");
    }
    planned.changes_shape = diff::Has(change, diff::Property::kDefinition);
  }
  TakeLock(planned.step, TableLock::kAccessExclusive,
           fmt::format("a rule's change locks {}", name.table.Quoted()));
  planned.step.description = fmt::format("{}", fmt::join(what, ", "));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
