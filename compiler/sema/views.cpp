// Views and materialized views: the name and a view's options are checked here; the query is
// the server's to compile, so it is kept as written, and so are a materialized view's storage
// parameters and a view's column defaults.
#include <map>

#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::DeclareView(const ast::CreateView& statement, const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  // CREATE OR REPLACE after CREATE of the same view replaces it, as psql runs the two: pg_dump
  // writes a view that its own columns' defaults or functions need first with placeholder columns,
  // then replaces it with its query.
  auto replaced = statement.or_replace ? catalog_.views.find(*name) : catalog_.views.end();
  if (replaced != catalog_.views.end() && replaced->second.materialized) {
    auto& d = sink_.Error("duplicate-object", statement.name.range,
                          fmt::format("\"{}\" is a materialized view, which CREATE OR REPLACE "
                                      "VIEW cannot replace; remove one of the two",
                                      name->Text()));
    d.notes.push_back({replaced->second.origin.range, "the materialized view is declared here"});
    return;
  }
  if (replaced == catalog_.views.end() && !ClaimRelationName(*name, statement.name.range)) {
    return;
  }
  catalog::View view;
  view.name = *name;
  view.materialized = statement.materialized;
  view.with_data.value = statement.with_data;
  // heap, the default, is the access method of a materialized view that names none.
  if (statement.access_method && statement.access_method->name != "heap") {
    view.access_method = statement.access_method->name;
  }
  view.origin.range = range;
  if (replaced != catalog_.views.end()) {
    view.comment = replaced->second.comment;
    view.owner = replaced->second.owner;
    view.origin = replaced->second.origin;
  }
  for (const ast::Identifier& column : statement.columns) {
    view.columns.push_back({column.name, ""});
  }
  for (const ast::StorageOption& option : statement.options) {
    if (view.materialized) {
      view.options[option.name] = option.value;  // storage parameters, as a table's
      continue;
    }
    bool known = option.name == "check_option" || option.name == "security_barrier" ||
                 option.name == "security_invoker";
    if (!known) {
      sink_.Error("invalid-option", option.range,
                  fmt::format("\"{}\" is not an option of a view; a view takes check_option, "
                              "security_barrier and security_invoker",
                              option.name));
      continue;
    }
    if (option.name == "check_option" && option.value != "local" && option.value != "cascaded") {
      sink_.Error("invalid-option", option.range,
                  fmt::format("check_option is \"{}\"; it takes local or cascaded", option.value));
      continue;
    }
    view.options[option.name] = option.value;
  }
  if (statement.check_option) {
    view.options["check_option"] = *statement.check_option;
  }
  view.query = statement.query.text;
  view.query_written = Written(statement.query);
  catalog_.views[*name] = std::move(view);
}

void Compiler::AlterNamedView(const ast::AlterTable& statement) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kRelation);
  if (!name) {
    return;
  }
  const char* kind = statement.materialized ? "materialized view" : "view";
  auto it = catalog_.views.find(*name);
  if (it != catalog_.views.end() && it->second.materialized != statement.materialized) {
    sink_.Error("unknown-relation", statement.name.range,
                fmt::format("\"{}\" is a {}; write ALTER {}", name->Text(),
                            statement.materialized ? "view" : "materialized view",
                            statement.materialized ? "VIEW" : "MATERIALIZED VIEW"));
    return;
  }
  if (it == catalog_.views.end() && catalog_.tables.count(*name) != 0) {
    sink_.Error("unknown-relation", statement.name.range,
                fmt::format("\"{}\" is a table, not a {}; write ALTER TABLE", name->Text(), kind));
    return;
  }
  if (it == catalog_.views.end()) {
    std::vector<std::string> candidates;
    for (const auto& [candidate, view] : catalog_.views) {
      if (view.materialized == statement.materialized) {
        candidates.push_back(candidate.Text());
      }
    }
    ReportUnknown("unknown-relation", statement.name.range,
                  fmt::format("{} \"{}\" does not exist", kind, name->Text()), name->Text(),
                  candidates);
    return;
  }
  AlterView(*name, statement);
}

bool Compiler::AlterView(const catalog::QualifiedName& name, const ast::AlterTable& statement) {
  auto it = catalog_.views.find(name);
  if (it == catalog_.views.end()) {
    return false;
  }
  catalog::View& view = it->second;
  for (const ast::AlterTableAction& action : statement.actions) {
    if (action.kind == ast::AlterTableActionKind::kOwner) {
      view.owner.role = action.owner.name;
    } else if (action.kind == ast::AlterTableActionKind::kClusterOn && view.materialized) {
      static const std::map<std::string, catalog::Constraint> kNoKeys;
      ClusterOn(name, kNoKeys, view.cluster_on, action.index);
    } else if (action.kind == ast::AlterTableActionKind::kRelationOptions) {
      // The server checks them, in the scratch database.
      SetOptions(view.options, action.options, action.reset);
    } else if (view.materialized && (action.kind == ast::AlterTableActionKind::kSetStorage ||
                                     action.kind == ast::AlterTableActionKind::kSetCompression ||
                                     action.kind == ast::AlterTableActionKind::kSetStatistics ||
                                     action.kind == ast::AlterTableActionKind::kAttributeOptions)) {
      // As pg_dump writes them after the view; the server checks the column, in the scratch
      // database.
      catalog::ColumnSettings& settings = view.column_settings[action.column_name.name];
      if (action.kind == ast::AlterTableActionKind::kAttributeOptions) {
        SetOptions(settings.attribute_options, action.options, action.reset);
      } else {
        SetColumnSetting(settings, action);
      }
      if (settings.Empty()) {
        view.column_settings.erase(action.column_name.name);
      }
    } else if (action.kind == ast::AlterTableActionKind::kSetDefault && !view.materialized) {
      // The server checks the column, in the scratch database.
      view.written_defaults[action.column_name.name] = Written(action.constraint.expression);
    } else if (action.kind == ast::AlterTableActionKind::kDropDefault && !view.materialized) {
      view.written_defaults.erase(action.column_name.name);
    } else {
      sink_.Error(
          "unsupported-clause", action.range,
          fmt::format("\"{}\" is a {}: of the ALTER TABLE actions, only {}, SET | RESET (...) "
                      "and OWNER TO apply to it here; declare the rest in its CREATE statement",
                      name.Text(), view.materialized ? "materialized view" : "view",
                      view.materialized ? "CLUSTER ON, ALTER COLUMN ... SET STORAGE | COMPRESSION "
                                          "| STATISTICS | (...)"
                                        : "ALTER COLUMN ... SET | DROP DEFAULT"));
    }
  }
  return true;
}

}  // namespace schemac::sema
