// Views of the random schema model: views on tables and on other views, which follow the columns
// of their base as the mutations change them.
#include <algorithm>

#include "schemac/base/quote.h"

#include "support/random_schema_model.h"

namespace schemac::testing::random_schema {
namespace {

const std::vector<std::string> kViewNames = {"report",  "summary",  "active",  "recent",
                                             "visible", "overview", "listing", "digest"};

// The columns of the table or view named `name`; nullopt when there is none.
std::optional<std::vector<std::string>> ColumnsOf(const std::vector<Table>& tables,
                                                  const std::vector<View>& views,
                                                  const Name& name) {
  for (const Table& table : tables) {
    if (table.name == name) {
      std::vector<std::string> out;
      for (const Column& column : table.columns) {
        out.push_back(column.name);
      }
      return out;
    }
  }
  for (const View& view : views) {
    if (view.name == name) {
      return view.columns;
    }
  }
  return std::nullopt;
}

std::optional<std::vector<std::string>> ColumnsOf(const Model& model, const Name& name) {
  return ColumnsOf(model.tables, model.views, name);
}

// Some of `columns` (one at least), in their order.
std::vector<std::string> SomeOf(const std::vector<std::string>& columns, Rng& rng) {
  std::vector<std::string> out;
  for (const std::string& column : columns) {
    if (rng.Chance(50)) {
      out.push_back(column);
    }
  }
  if (out.empty()) {
    out.push_back(rng.Pick(columns));
  }
  return out;
}

View* PickView(Model& model, Rng& rng) {
  if (model.views.empty()) {
    return nullptr;
  }
  return &model.views[rng.Below(model.views.size())];
}

bool AddView(Model& model, Rng& rng, std::string* description) {
  std::optional<View> view = RandomView(model, rng);
  if (!view) {
    return false;
  }
  *description = "add view " + view->name.Text() + " on " + view->base.Text();
  model.views.push_back(std::move(*view));
  return true;
}

bool DropView(Model& model, Rng& rng, std::string* description) {
  View* view = PickView(model, rng);
  if (view == nullptr) {
    return false;
  }
  *description = "drop view " + view->name.Text() + " (and the views on it)";
  Name dropped = view->name;
  std::erase_if(model.views, [&](const View& v) { return v.name == dropped; });
  PruneViews(model);
  return true;
}

// Changes the columns of a view: one more column of its base at the end (a replace in place), or
// a new random selection (a replace or a recreate, and the views on it follow).
bool ChangeViewColumns(Model& model, Rng& rng, std::string* description) {
  View* view = PickView(model, rng);
  if (view == nullptr) {
    return false;
  }
  std::vector<std::string> base = ColumnsOf(model, view->base).value_or(std::vector<std::string>{});
  std::vector<std::string> missing;
  for (const std::string& column : base) {
    if (!Contains(view->columns, column)) {
      missing.push_back(column);
    }
  }
  if (!missing.empty() && rng.Chance(50)) {
    view->columns.push_back(rng.Pick(missing));
    *description = "add column " + view->columns.back() + " to view " + view->name.Text();
  } else {
    view->columns = SomeOf(base, rng);
    *description = "select " + Join(view->columns) + " in view " + view->name.Text();
  }
  PruneViews(model);
  return true;
}

bool ChangeViewFilter(Model& model, Rng& rng, std::string* description) {
  View* view = PickView(model, rng);
  if (view == nullptr) {
    return false;
  }
  std::vector<std::string> base = ColumnsOf(model, view->base).value_or(std::vector<std::string>{});
  view->filter = view->filter.empty() && !base.empty() ? rng.Pick(base) : "";
  *description =
      (view->filter.empty() ? "remove the filter of view " : "filter view ") + view->name.Text();
  return true;
}

bool CommentView(Model& model, Rng& rng, std::string* description) {
  View* view = PickView(model, rng);
  if (view == nullptr) {
    return false;
  }
  view->comment =
      view->comment && rng.Chance(50) ? std::nullopt : std::optional(RandomComment(rng));
  *description = "comment on view " + view->name.Text();
  return true;
}

}  // namespace

std::optional<View> RandomView(Model& model, Rng& rng) {
  std::vector<Name> bases;
  for (const Table& table : model.tables) {
    if (!table.columns.empty()) {
      bases.push_back(table.name);
    }
  }
  for (const View& view : model.views) {
    bases.push_back(view.name);
  }
  if (bases.empty()) {
    return std::nullopt;
  }
  View view;
  view.base = rng.Pick(bases);
  view.columns = SomeOf(*ColumnsOf(model, view.base), rng);
  view.name = {rng.Chance(70) ? view.base.schema : AnySchema(model, rng),
               NewObjectName(model, rng, kViewNames)};
  if (rng.Chance(30)) {
    view.filter = rng.Pick(*ColumnsOf(model, view.base));
  }
  if (rng.Chance(25)) {
    view.comment = RandomComment(rng);
  }
  return view;
}

void PruneViews(Model& model) {
  std::vector<View> kept;
  for (View& view : model.views) {
    std::optional<std::vector<std::string>> base = ColumnsOf(model.tables, kept, view.base);
    if (!base) {
      continue;  // its base is gone
    }
    std::erase_if(view.columns,
                  [&](const std::string& column) { return !Contains(*base, column); });
    if (!view.filter.empty() && !Contains(*base, view.filter)) {
      view.filter.clear();
    }
    if (!view.columns.empty()) {
      kept.push_back(std::move(view));
    }
  }
  model.views = std::move(kept);
}

std::string ViewsSql(const Model& model) {
  std::string sql;
  for (const View& view : model.views) {
    std::vector<std::string> columns;
    for (const std::string& column : view.columns) {
      columns.push_back(base::QuoteIdentifier(column));
    }
    sql += "CREATE VIEW " + view.name.Quoted() + " AS SELECT " + Join(columns) + " FROM " +
           view.base.Quoted();
    if (!view.filter.empty()) {
      sql += " WHERE " + base::QuoteIdentifier(view.filter) + " IS NOT NULL";
    }
    sql += ";\n";
    if (view.comment) {
      sql += "COMMENT ON VIEW " + view.name.Quoted() + " IS " + base::QuoteLiteral(*view.comment) +
             ";\n";
    }
  }
  return sql;
}

const std::vector<Mutation>& ViewMutations() {
  static const std::vector<Mutation> mutations = {AddView, DropView, ChangeViewColumns,
                                                  ChangeViewFilter, CommentView};
  return mutations;
}

}  // namespace schemac::testing::random_schema
