// Steps for composite types: CREATE TYPE ... AS (...), DROP TYPE, and one ALTER TYPE that drops,
// retypes and adds attributes. PostgreSQL refuses to retype an attribute, or to drop the type to
// create it again, while table columns are of the type; dropping an attribute deletes its values
// from those columns. The ALTER TYPE of a type that typed tables are of cascades to them: it
// drops, retypes (with an assignment cast alone) and adds their columns too.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"
#include "types.h"

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
  if (context.down) {
    return true;  // the up plan, refused alike, reports it where the files declare the type
  }
  context.sink.Error(
      "composite-in-use", type.origin.range,
      fmt::format("composite type {} {}, which PostgreSQL refuses while columns are of the type "
                  "({}); add a new attribute and drop the old one instead, or change the type "
                  "of those columns first, in a migration of its own",
                  type.name.Text(), what, fmt::join(columns, ", ")));
  return true;
}

// Reports a type created again while typed tables stay of it: their columns would have to be
// dropped and added again.
bool RefuseTyped(const Context& context, const catalog::CompositeType& type) {
  std::vector<std::string> tables;
  for (const catalog::QualifiedName& table :
       TypedColumnChangesOf(context.from, context.to, type.name).staying) {
    tables.push_back(table.Text());
  }
  if (tables.empty()) {
    return false;
  }
  if (context.down) {
    return true;  // the up plan, refused alike, reports it where the files declare the type
  }
  context.sink.Error(
      "composite-in-use", type.origin.range,
      fmt::format("composite type {} gets its attributes in another order or renamed, which "
                  "means dropping it and creating it again, which PostgreSQL refuses while typed "
                  "tables are of it ({}); add new attributes after the others instead, or make "
                  "those tables NOT OF the type first, in a migration of its own",
                  type.name.Text(), fmt::join(tables, ", ")));
  return true;
}

// The ALTER TYPE of `type` converts the columns of its typed tables with an assignment cast alone
// (it has no USING): a change that needs more is reported, and the cost of the others is the
// step's hazards.
bool ConvertTypedColumns(const Context& context, const catalog::CompositeType& old_type,
                         const catalog::CompositeType& type, const TypedColumnChanges& typed,
                         Step& step) {
  bool ok = true;
  std::vector<std::string> rewritten;
  for (const ObjectKey& column : typed.retyped) {
    auto find = [&](const catalog::CompositeType& in) {
      return *std::find_if(in.attributes.begin(), in.attributes.end(),
                           [&](const auto& a) { return a.name == column.sub_name; });
    };
    const catalog::CompositeAttribute& before = find(old_type);
    const catalog::CompositeAttribute& after = find(type);
    TypeChange analysis = AnalyzeTypeChange({before.type, false}, {after.type, false});
    std::string name = catalog::KeyText(column);
    if (analysis.conversion != Conversion::kAssignment) {
      context.sink.Error(
          "needs-conversion", type.origin.range,
          fmt::format("attribute \"{}\" of composite type {} changes from {} to {}, which "
                      "ALTER TYPE ... CASCADE applies to typed table column {} with an assignment "
                      "cast alone, and there is none; add a new attribute and drop the old one "
                      "instead",
                      column.sub_name, type.name.Text(), before.type, after.type, name));
      ok = false;
      continue;
    }
    if (analysis.loss == Loss::kContent) {
      AddHazard(step, Hazard::kDeletesData,
                fmt::format("converting {} from {} to {} discards {}", name, before.type,
                            after.type, analysis.what));
    }
    if (analysis.loss != Loss::kNone) {
      AddHazard(step, Hazard::kIrreversibleDown,
                fmt::format("converting {} from {} to {} may change {}, which down does not "
                            "restore",
                            name, before.type, after.type, analysis.what));
    }
    if (analysis.rewrites) {
      rewritten.push_back(name);
    }
  }
  if (!rewritten.empty()) {
    AddHazard(step, Hazard::kTableRewrite,
              fmt::format("changing the type of {} rewrites {} table{} and indexes",
                          fmt::join(rewritten, ", "), rewritten.size() == 1 ? "its" : "their",
                          rewritten.size() == 1 ? "" : "s"));
  }
  return ok;
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
        (RefuseInUse(context, change.key, context.to.composites.at(name),
                     "gets its attributes in another order or renamed, which means dropping it "
                     "and creating it again") ||
         RefuseTyped(context, context.to.composites.at(name)))) {
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
    TypedColumnChanges typed = TypedColumnChangesOf(context.from, context.to, name);
    if (!ConvertTypedColumns(context, old_type, type, typed, planned.step)) {
      return;
    }
    std::vector<std::string> typed_dropped;
    for (const ObjectKey& column : typed.dropped) {
      typed_dropped.push_back(catalog::KeyText(column));
      planned.removes.push_back(column);
    }
    if (!typed_dropped.empty()) {
      AddHazard(planned.step, Hazard::kDeletesData,
                fmt::format("drops column{} {} of typed tables and their values",
                            typed_dropped.size() == 1 ? "" : "s", fmt::join(typed_dropped, ", ")));
      AddHazard(planned.step, Hazard::kIrreversibleDown,
                "down adds the columns again, empty: their values cannot be restored");
    }
    for (const ObjectKey& column : typed.retyped) {
      planned.provides.push_back(column);
    }
    std::vector<std::string> tables;
    for (const catalog::QualifiedName& table : typed.tables) {
      tables.push_back(table.Quoted());
      // What a typed table stops being of the type, with NOT OF, before.
      planned.after_changes_of.push_back(catalog::TableKey(table));
    }
    if (!tables.empty()) {
      TakeLock(planned.step, TableLock::kAccessExclusive,
               fmt::format("ALTER TYPE ... CASCADE locks typed table{} {}",
                           tables.size() == 1 ? "" : "s", fmt::join(tables, ", ")));
    }
    if (!typed.tables.empty()) {
      for (std::string& action : actions) {
        action += " CASCADE";
      }
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
