// Steps for views and materialized views: CREATE [MATERIALIZED] VIEW, DROP [MATERIALIZED] VIEW,
// CREATE OR REPLACE VIEW when the new query keeps the columns (and may add some after them),
// ALTER [MATERIALIZED] VIEW ... SET | RESET for options alone, ALTER VIEW ... ALTER COLUMN ... SET
// | DROP DEFAULT for column defaults (which CREATE OR REPLACE keeps), ALTER TABLE ONLY ... ALTER
// COLUMN ... SET STORAGE | COMPRESSION | STATISTICS | (...) for a materialized view's columns.
// Dropping a materialized view deletes its rows, which a new one computes again: a deletes-data
// hazard.
#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using diff::ChangeKind;
using diff::Property;

// "VIEW" or "MATERIALIZED VIEW".
std::string Word(const catalog::View& view) {
  return view.materialized ? "MATERIALIZED VIEW" : "VIEW";
}

// The statements that change the options of `old_view` to those of `view`.
std::vector<std::string> OptionsSql(const catalog::View& old_view, const catalog::View& view) {
  return catalog::OptionsChangeSql(fmt::format("ALTER {} {}", Word(view), view.name.Quoted()),
                                   old_view.options, view.options);
}

// ChangedEntries returns, by key, what differs between `old` (none: empty) and `now`: the new
// value, or none for a key `now` lacks.
std::map<std::string, std::optional<std::string>> ChangedEntries(
    const std::map<std::string, std::string>* old, const std::map<std::string, std::string>& now) {
  std::map<std::string, std::optional<std::string>> changed;
  if (old != nullptr) {
    for (const auto& [key, value] : *old) {
      auto found = now.find(key);
      if (found == now.end()) {
        changed[key] = std::nullopt;
      } else if (found->second != value) {
        changed[key] = found->second;
      }
    }
  }
  for (const auto& [key, value] : now) {
    if (old == nullptr || old->count(key) == 0) {
      changed[key] = value;
    }
  }
  return changed;
}

// The statements that set the column defaults of `view` as they are, from `old_view` (none:
// nothing). A default of a column the view no longer has goes with the column.
std::vector<std::string> DefaultsSql(const catalog::View* old_view, const catalog::View& view) {
  std::vector<std::string> out;
  for (const auto& [column, expression] :
       ChangedEntries(old_view ? &old_view->column_defaults : nullptr, view.column_defaults)) {
    if (expression ||
        std::any_of(view.columns.begin(), view.columns.end(),
                    [&](const catalog::ViewColumn& kept) { return kept.name == column; })) {
      out.push_back(catalog::ViewDefaultSql(view.name, column, expression));
    }
  }
  return out;
}

// The statements that comment `view` and its columns as it is, from `old_view` (none: nothing).
std::vector<std::string> CommentsSql(const catalog::View* old_view, const catalog::View& view) {
  std::vector<std::string> out;
  std::string target = Word(view) + " " + view.name.Quoted();
  std::optional<std::string> old_comment = old_view ? old_view->comment : std::nullopt;
  if (view.comment != old_comment) {
    out.push_back(catalog::CommentSql(target, view.comment));
  }
  for (const auto& [column, text] :
       ChangedEntries(old_view ? &old_view->column_comments : nullptr, view.column_comments)) {
    out.push_back(catalog::CommentSql(
        "COLUMN " + view.name.Quoted() + "." + base::QuoteIdentifier(column), text));
  }
  return out;
}

}  // namespace

void BuildViewSteps(const Context& context, const diff::Change& change,
                    std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  bool materialized = change.key.kind == catalog::ObjectKind::kMaterializedView;
  std::string word{catalog::KindName(change.key.kind)};
  if (change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate) {
    const catalog::View& old_view = context.from.views.at(name);
    PlannedStep planned = NewStep(change.key, Action::kDrop,
                                  change.kind == ChangeKind::kRecreate
                                      ? fmt::format("drop {} to create it again", word)
                                      : "drop " + word,
                                  nullptr);
    planned.step.statements.push_back(fmt::format("DROP {} {};", Word(old_view), name.Quoted()));
    if (materialized) {
      AddHazard(planned.step, Hazard::kDeletesData,
                change.kind == ChangeKind::kRecreate
                    ? fmt::format("the rows of materialized view {} are deleted and computed "
                                  "again by its new query",
                                  name.Text())
                    : fmt::format("the rows of materialized view {} are deleted", name.Text()));
    }
    out.push_back(std::move(planned));
    if (change.kind == ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::View& view = context.to.views.at(name);
  if (change.kind != ChangeKind::kAlter) {
    PlannedStep planned =
        NewStep(change.key, Action::kCreate,
                change.kind == ChangeKind::kRecreate ? fmt::format("create {} again", word)
                                                     : "create " + word,
                &view.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements.push_back(catalog::CreateViewSql(view));
    for (std::string& statement : DefaultsSql(nullptr, view)) {
      planned.step.statements.push_back(std::move(statement));
    }
    for (std::string& statement : catalog::ViewColumnSettingsSql(nullptr, view)) {
      planned.step.statements.push_back(std::move(statement));
    }
    for (std::string& statement : CommentsSql(nullptr, view)) {
      planned.step.statements.push_back(std::move(statement));
    }
    out.push_back(std::move(planned));
    return;
  }
  const catalog::View& old_view = context.from.views.at(name);
  std::vector<std::string> what;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &view.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  if (diff::Has(change, Property::kQuery)) {
    // The new query keeps the columns: the view is replaced in place, with its options.
    planned.step.statements.push_back(
        catalog::CreateViewSql(view, catalog::ExpressionForm::kCatalog, true));
    what.push_back(view.columns.size() > old_view.columns.size() ? "replace query, add columns"
                                                                 : "replace query");
  } else if (diff::Has(change, Property::kStorageOptions)) {
    for (std::string& statement : OptionsSql(old_view, view)) {
      planned.step.statements.push_back(std::move(statement));
    }
    what.push_back("set options");
  }
  if (diff::Has(change, Property::kAccessMethod)) {
    planned.step.statements.push_back(
        catalog::SetAccessMethodSql("MATERIALIZED VIEW", name, view.access_method));
    if (!view.access_method.empty()) {
      planned.needs.push_back(catalog::AccessMethodKey(view.access_method));
    }
    what.push_back("set access method " +
                   (view.access_method.empty() ? std::string("heap") : view.access_method));
    AddHazard(planned.step, Hazard::kTableRewrite,
              "SET ACCESS METHOD rewrites the materialized view");
    TakeLock(planned.step, TableLock::kAccessExclusive,
             fmt::format("locks materialized view {} while it is rewritten", name.Quoted()));
  }
  if (diff::Has(change, Property::kDefault)) {
    for (std::string& statement : DefaultsSql(&old_view, view)) {
      planned.step.statements.push_back(std::move(statement));
    }
    what.push_back("change column defaults");
  }
  if (diff::Has(change, Property::kColumnSettings)) {
    for (std::string& statement : catalog::ViewColumnSettingsSql(&old_view, view)) {
      planned.step.statements.push_back(std::move(statement));
    }
    what.push_back("change column settings");
    // SET STORAGE and SET COMPRESSION take an ACCESS EXCLUSIVE lock, the others less.
    auto settings_of = [](const catalog::View& of, const std::string& column) {
      auto found = of.column_settings.find(column);
      return found == of.column_settings.end() ? catalog::ColumnSettings() : found->second;
    };
    bool locks = false;
    for (const catalog::View* side : {&old_view, &view}) {
      for (const auto& [column, settings] : side->column_settings) {
        catalog::ColumnSettings before = settings_of(old_view, column);
        catalog::ColumnSettings after = settings_of(view, column);
        locks = locks || before.storage != after.storage || before.compression != after.compression;
      }
    }
    if (locks) {
      TakeLock(planned.step, TableLock::kAccessExclusive,
               fmt::format("SET STORAGE and SET COMPRESSION lock materialized view {}",
                           view.name.Quoted()));
    } else {
      TakeLock(planned.step, TableLock::kShareUpdateExclusive, "");
    }
  }
  if (diff::Has(change, Property::kComment)) {
    for (std::string& statement : CommentsSql(&old_view, view)) {
      planned.step.statements.push_back(std::move(statement));
    }
    if (old_view.comment != view.comment) {
      what.push_back(view.comment ? "set comment" : "remove comment");
    }
    if (old_view.column_comments != view.column_comments) {
      what.push_back("change comments on columns");
    }
  }
  planned.step.description = fmt::format("alter {}: {}", word, fmt::join(what, ", "));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan
