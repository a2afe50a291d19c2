// Steps for domains: CREATE DOMAIN, DROP DOMAIN, and ALTER DOMAIN for the default, NOT NULL and
// the checks. A new base type or collation makes a new domain: dropped and created again, which
// PostgreSQL refuses while columns use it. A domain whose checks call a function the plan drops
// or creates again has its checks dropped before and added again after. A check not validated is
// added NOT VALID, which reads nothing; validating it reads every column of the domain.
#include <set>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using diff::ChangeKind;
using diff::Property;

// Reports a domain the plan would create again while columns of `to` use it.
bool RefuseRecreateInUse(const Context& context, const ObjectKey& key,
                         const catalog::Domain& domain) {
  std::vector<std::string> columns = ColumnsOfType(context, key);
  if (columns.empty()) {
    return false;
  }
  if (context.down) {
    return true;  // the up plan, refused alike, reports it where the files declare the domain
  }
  context.sink.Error(
      "domain-in-use", domain.origin.range,
      fmt::format("domain {} gets another base type or collation, which means dropping it and "
                  "creating it again, and columns use it ({}); change their type first, in a "
                  "migration of its own, then the domain",
                  domain.name.Text(), fmt::join(columns, ", ")));
  return true;
}

// Reports a check of a domain that the plan validates (ADD CONSTRAINT, VALIDATE CONSTRAINT, SET
// NOT NULL, described by `what`) while columns are arrays of it: PostgreSQL checks the values of
// columns of the domain itself alone, and refuses.
void RefuseValidationOfArrays(const Context& context, const ObjectKey& key,
                              const catalog::Domain& domain, const std::string& what) {
  if (context.down) {
    return;  // the up plan reports it, where the files declare the domain
  }
  std::vector<std::string> columns;
  std::string array = domain.name.Quoted() + "[]";
  for (const ObjectKey& user : context.from_dependencies.DependentsOf(key)) {
    const catalog::Column* column = FindColumn(context.from, user);
    if (user.kind == ObjectKind::kColumn && column != nullptr && column->type == array &&
        context.dropped.count(user) == 0 && context.dropped.count(ParentKey(user)) == 0) {
      columns.push_back(catalog::KeyText(user));
    }
  }
  if (columns.empty()) {
    return;
  }
  context.sink.Error(
      "domain-in-use", domain.origin.range,
      fmt::format("domain {} {}, which PostgreSQL checks against the values of the domain and "
                  "refuses to while {} {} an array of it ({}); add the check NOT VALID (ALTER "
                  "DOMAIN ... ADD CONSTRAINT ... NOT VALID), or change the type of those columns "
                  "first, in a migration of its own",
                  domain.name.Text(), what, columns.size() == 1 ? "a column" : "columns",
                  columns.size() == 1 ? "is" : "are", fmt::join(columns, ", ")));
}

}  // namespace

void BuildDomainSteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  std::string target = "DOMAIN " + name.Quoted();
  if (change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate) {
    if (change.kind == ChangeKind::kRecreate &&
        RefuseRecreateInUse(context, change.key, context.to.domains.at(name))) {
      return;
    }
    PlannedStep planned = NewStep(
        change.key, Action::kDrop,
        change.kind == ChangeKind::kRecreate ? "drop domain to create it again" : "drop domain",
        nullptr);
    planned.step.statements.push_back(fmt::format("DROP {};", target));
    out.push_back(std::move(planned));
    if (change.kind == ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::Domain& domain = context.to.domains.at(name);
  if (change.kind != ChangeKind::kAlter) {
    PlannedStep planned =
        NewStep(change.key, Action::kCreate,
                change.kind == ChangeKind::kRecreate ? "create domain again" : "create domain",
                &domain.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements.push_back(catalog::CreateDomainSql(domain));
    for (const std::string& check : domain.unvalidated_checks) {
      planned.step.statements.push_back(catalog::AddDomainCheckSql(domain, check));
    }
    if (domain.comment) {
      planned.step.statements.push_back(catalog::CommentSql(target, domain.comment));
    }
    for (const auto& [check, text] : domain.check_comments) {
      planned.step.statements.push_back(
          catalog::CommentSql(catalog::DomainCheckTarget(name, check), text));
    }
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Domain& old_domain = context.from.domains.at(name);
  std::string alter = "ALTER " + target + " ";
  bool readd = diff::Has(change, Property::kChecksDependency);
  if (readd) {
    PlannedStep drop =
        NewStep(change.key, Action::kAlter,
                "alter domain: drop checks while a function they call changes", &old_domain.origin);
    for (const auto& [check, expression] : old_domain.checks) {
      drop.step.statements.push_back(alter + "DROP CONSTRAINT " + base::QuoteIdentifier(check) +
                                     ";");
    }
    out.push_back(std::move(drop));
  }
  std::vector<std::string> what;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &domain.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  if (readd) {
    planned.releases = false;  // the step before released what the old checks used
  }
  std::vector<std::string>& sql = planned.step.statements;
  std::set<std::string> added;  // checks added (again): their comments go with them
  if (diff::Has(change, Property::kDefault)) {
    sql.push_back(alter + (domain.default_expression
                               ? "SET DEFAULT " + *domain.default_expression + ";"
                               : std::string("DROP DEFAULT;")));
    what.push_back(domain.default_expression ? "set default" : "drop default");
  }
  if (diff::Has(change, Property::kNotNull)) {
    sql.push_back(alter + (domain.not_null ? "SET NOT NULL;" : "DROP NOT NULL;"));
    what.push_back(domain.not_null ? "set not null" : "drop not null");
    if (domain.not_null) {
      AddHazard(planned.step, Hazard::kValidatesConstraint,
                fmt::format("SET NOT NULL reads every column of domain {}", name.Quoted()));
      RefuseValidationOfArrays(context, change.key, domain, "becomes NOT NULL");
    }
  }
  if (diff::Has(change, Property::kChecks) || readd) {
    // A check is added again when its expression changes, or when it stops being validated
    // (nothing turns a validated check back); one that becomes validated is validated in place.
    auto validated = [](const catalog::Domain& d, const std::string& check) {
      return d.unvalidated_checks.count(check) == 0;
    };
    auto replaced = [&](const std::string& check) {
      auto old = old_domain.checks.find(check);
      auto now = domain.checks.find(check);
      return old == old_domain.checks.end() || now == domain.checks.end() ||
             old->second != now->second ||
             (validated(old_domain, check) && !validated(domain, check));
    };
    for (const auto& [check, expression] : old_domain.checks) {
      if (!readd && replaced(check)) {
        sql.push_back(alter + "DROP CONSTRAINT " + base::QuoteIdentifier(check) + ";");
        what.push_back("drop check " + check);
      }
    }
    for (const auto& [check, expression] : domain.checks) {
      std::string quoted = base::QuoteIdentifier(check);
      if (readd || replaced(check)) {
        sql.push_back(catalog::AddDomainCheckSql(domain, check));
        added.insert(check);
        if (!validated(domain, check)) {
          what.push_back("add check " + check + " not valid");
          continue;
        }
        what.push_back("add check " + check);
        AddHazard(planned.step, Hazard::kValidatesConstraint,
                  fmt::format("ADD CONSTRAINT {} reads every column of domain {}", quoted,
                              name.Quoted()));
        RefuseValidationOfArrays(context, change.key, domain, "gets check " + quoted);
      } else if (!validated(old_domain, check) && validated(domain, check)) {
        sql.push_back(alter + "VALIDATE CONSTRAINT " + quoted + ";");
        what.push_back("validate check " + check);
        AddHazard(planned.step, Hazard::kValidatesConstraint,
                  fmt::format("VALIDATE CONSTRAINT {} reads every column of domain {}", quoted,
                              name.Quoted()));
        RefuseValidationOfArrays(context, change.key, domain, "validates check " + quoted);
      }
    }
  }
  if (diff::Has(change, Property::kComment) && domain.comment != old_domain.comment) {
    sql.push_back(catalog::CommentSql(target, domain.comment));
    what.push_back(domain.comment ? "set comment" : "remove comment");
  }
  // The comments on its checks: those that change, and those of checks added again.
  bool check_comments = false;
  for (const auto& [check, expression] : domain.checks) {
    auto text = domain.check_comments.find(check);
    auto old_text = old_domain.check_comments.find(check);
    std::optional<std::string> now = text != domain.check_comments.end()
                                         ? std::optional<std::string>(text->second)
                                         : std::nullopt;
    std::optional<std::string> before = old_text != old_domain.check_comments.end()
                                            ? std::optional<std::string>(old_text->second)
                                            : std::nullopt;
    if (added.count(check) != 0 ? now.has_value() : now != before) {
      sql.push_back(catalog::CommentSql(catalog::DomainCheckTarget(name, check), now));
      check_comments = true;
    }
  }
  if (check_comments) {
    what.push_back("change comments on checks");
  }
  if (sql.empty()) {
    return;
  }
  planned.step.description = fmt::format("alter domain: {}", fmt::join(what, ", "));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
