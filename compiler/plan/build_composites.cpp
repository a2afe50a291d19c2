// Steps for composite types: CREATE TYPE ... AS (...), DROP TYPE, and one ALTER TYPE that drops,
// retypes and adds attributes. PostgreSQL refuses to retype an attribute, or to drop the type to
// create it again, while table columns are of the type; dropping an attribute deletes its values
// from those columns.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using diff::ChangeKind;
using diff::Property;

// Reports `what` (a change PostgreSQL refuses while columns are of the type) when columns are.
bool RefuseInUse(const Context& context, const ObjectKey& key, const catalog::CompositeType& type,
                 std::string_view what) {
  std::vector<std::string> columns = ColumnsOfType(context, key);
  if (columns.empty()) {
    return false;
  }
  context.sink.Error(
      "composite-in-use", type.origin.range,
      fmt::format("composite type {} {}, which PostgreSQL refuses while columns are of the type "
                  "({}); add a new attribute and drop the old one instead, or change the type "
                  "of those columns first, in a migration of its own",
                  type.name.Text(), what, fmt::join(columns, ", ")));
  return true;
}

std::string AttributeTypeSql(const catalog::CompositeAttribute& attribute) {
  return attribute.type + (attribute.collation ? " COLLATE " + *attribute.collation : "");
}

// The comments on `type` and its attributes that differ from those of `old_type` (none: from
// nothing).
std::vector<std::string> CommentsSql(const catalog::CompositeType* old_type,
                                     const catalog::CompositeType& type) {
  std::vector<std::string> out;
  std::optional<std::string> old_comment = old_type ? old_type->comment : std::nullopt;
  if (type.comment != old_comment) {
    out.push_back(catalog::CommentSql("TYPE " + type.name.Quoted(), type.comment));
  }
  std::map<std::string, std::optional<std::string>> wanted;
  if (old_type != nullptr) {
    for (const auto& [attribute, text] : old_type->attribute_comments) {
      wanted[attribute] = std::nullopt;
    }
  }
  for (const auto& [attribute, text] : type.attribute_comments) {
    wanted[attribute] = text;
  }
  for (const auto& [attribute, text] : wanted) {
    std::optional<std::string> old_text;
    if (old_type != nullptr) {
      auto found = old_type->attribute_comments.find(attribute);
      if (found != old_type->attribute_comments.end()) {
        old_text = found->second;
      }
    }
    bool kept = std::any_of(type.attributes.begin(), type.attributes.end(),
                            [&](const auto& a) { return a.name == attribute; });
    if (text != old_text && kept) {
      out.push_back(catalog::CommentSql(
          "COLUMN " + type.name.Quoted() + "." + base::QuoteIdentifier(attribute), text));
    }
  }
  return out;
}

}  // namespace

void BuildCompositeSteps(const Context& context, const diff::Change& change,
                         std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  if (change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate) {
    if (change.kind == ChangeKind::kRecreate &&
        RefuseInUse(context, change.key, context.to.composites.at(name),
                    "gets its attributes in another order or renamed, which means dropping it "
                    "and creating it again")) {
      return;
    }
    PlannedStep planned =
        NewStep(change.key, Action::kDrop,
                change.kind == ChangeKind::kRecreate ? "drop composite type to create it again"
                                                     : "drop composite type",
                nullptr);
    planned.step.statements.push_back(fmt::format("DROP TYPE {};", name.Quoted()));
    out.push_back(std::move(planned));
    if (change.kind == ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::CompositeType& type = context.to.composites.at(name);
  if (change.kind != ChangeKind::kAlter) {
    PlannedStep planned =
        NewStep(change.key, Action::kCreate,
                change.kind == ChangeKind::kRecreate ? "create composite type again"
                                                     : "create composite type",
                &type.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements.push_back(catalog::CreateCompositeSql(type));
    for (std::string& statement : CommentsSql(nullptr, type)) {
      planned.step.statements.push_back(std::move(statement));
    }
    out.push_back(std::move(planned));
    return;
  }
  const catalog::CompositeType& old_type = context.from.composites.at(name);
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &type.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  std::vector<std::string> what;
  if (diff::Has(change, Property::kAttributes)) {
    std::vector<std::string> actions;
    std::vector<std::string> dropped;
    std::vector<std::string> retyped;
    auto find = [](const catalog::CompositeType& in, const std::string& attribute) {
      auto it = std::find_if(in.attributes.begin(), in.attributes.end(),
                             [&](const auto& a) { return a.name == attribute; });
      return it == in.attributes.end() ? nullptr : &*it;
    };
    for (const catalog::CompositeAttribute& attribute : old_type.attributes) {
      const catalog::CompositeAttribute* kept = find(type, attribute.name);
      if (kept == nullptr) {
        actions.push_back("DROP ATTRIBUTE " + base::QuoteIdentifier(attribute.name));
        dropped.push_back(attribute.name);
        what.push_back("drop attribute " + attribute.name);
      } else if (!(*kept == attribute)) {
        actions.push_back(fmt::format("ALTER ATTRIBUTE {} TYPE {}",
                                      base::QuoteIdentifier(attribute.name),
                                      AttributeTypeSql(*kept)));
        retyped.push_back(attribute.name);
        what.push_back(fmt::format("alter attribute {}: type {} -> {}", attribute.name,
                                   AttributeTypeSql(attribute), AttributeTypeSql(*kept)));
      }
    }
    for (const catalog::CompositeAttribute& attribute : type.attributes) {
      if (find(old_type, attribute.name) == nullptr) {
        actions.push_back(fmt::format("ADD ATTRIBUTE {} {}", base::QuoteIdentifier(attribute.name),
                                      AttributeTypeSql(attribute)));
        what.push_back("add attribute " + attribute.name);
      }
    }
    if (!retyped.empty() &&
        RefuseInUse(context, change.key, type,
                    fmt::format("changes the type of {}", fmt::join(retyped, ", ")))) {
      return;
    }
    std::vector<std::string> columns = ColumnsOfType(context, change.key);
    if (!dropped.empty() && !columns.empty()) {
      AddHazard(planned.step, Hazard::kDeletesData,
                fmt::format("the values of attribute {} are deleted from {}",
                            fmt::join(dropped, ", "), fmt::join(columns, ", ")));
    }
    planned.step.statements.push_back(
        fmt::format("ALTER TYPE {} {};", name.Quoted(), fmt::join(actions, ", ")));
  }
  if (diff::Has(change, Property::kComment)) {
    for (std::string& statement : CommentsSql(&old_type, type)) {
      planned.step.statements.push_back(std::move(statement));
    }
    if (old_type.comment != type.comment) {
      what.push_back(type.comment ? "set comment" : "remove comment");
    }
    if (old_type.attribute_comments != type.attribute_comments) {
      what.push_back("change comments on attributes");
    }
  }
  planned.step.description = fmt::format("alter composite type: {}", fmt::join(what, ", "));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
