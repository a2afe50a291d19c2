#include <algorithm>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {

const catalog::Table* FindTable(const catalog::Catalog& catalog, const ObjectKey& key) {
  auto it = catalog.tables.find({key.schema, key.name});
  return it == catalog.tables.end() ? nullptr : &it->second;
}

const catalog::Column* FindColumn(const catalog::Catalog& catalog, const ObjectKey& key) {
  const catalog::Table* table = FindTable(catalog, key);
  return table == nullptr ? nullptr : table->FindColumn(key.sub_name);
}

bool RecreatedWithDependency(const catalog::Catalog& from, const ObjectKey& dependent,
                             bool retyped) {
  if (dependent.kind == ObjectKind::kColumn) {
    const catalog::Column* column = FindColumn(from, dependent);
    return column != nullptr && column->generated_expression.has_value();
  }
  if (dependent.kind == ObjectKind::kTable && !retyped) {
    // A foreign table's rows are its server's: it is created again around its server or its
    // wrapper, whose drop PostgreSQL refuses while it is there.
    const catalog::Table* table = FindTable(from, dependent);
    return table != nullptr && table->foreign.has_value();
  }
  const catalog::KindFacts& facts = catalog::Facts(dependent.kind);
  return facts.recreated_with_dependency && (!retyped || facts.recreated_when_column_retyped);
}

const catalog::Constraint* FindConstraint(const catalog::Catalog& catalog, const ObjectKey& key) {
  const catalog::Table* table = FindTable(catalog, key);
  if (table == nullptr) {
    return nullptr;
  }
  auto it = table->constraints.find(key.sub_name);
  return it == table->constraints.end() ? nullptr : &it->second;
}

void AddHazard(Step& step, Hazard hazard, std::string reason) {
  for (const HazardNote& note : step.hazards) {
    if (note.hazard == hazard) {
      return;
    }
  }
  step.hazards.push_back({hazard, std::move(reason)});
  std::sort(step.hazards.begin(), step.hazards.end(),
            [](const HazardNote& a, const HazardNote& b) { return a.hazard < b.hazard; });
}

void TakeLock(Step& step, TableLock lock, std::string reason) {
  step.lock = std::max(step.lock, lock);
  if (lock == TableLock::kAccessExclusive) {
    AddHazard(step, Hazard::kAccessExclusiveLock, std::move(reason));
  }
}

std::string ForeignKeyDropReason(const catalog::QualifiedName& table,
                                 const catalog::Constraint& foreign_key) {
  if (foreign_key.referenced_table == table) {
    return fmt::format("DROP CONSTRAINT locks table {}", table.Quoted());
  }
  return fmt::format("DROP CONSTRAINT locks table {} and the table it references, {}",
                     table.Quoted(), foreign_key.referenced_table.Quoted());
}

TableLock StorageOptionsLock(const std::vector<std::string>& names) {
  // reloptions.c of PostgreSQL 15: these options are changed under SHARE UPDATE EXCLUSIVE; the
  // others (user_catalog_table, GIN's fastupdate and gin_pending_list_limit, GiST's buffering,
  // BRIN's pages_per_range and autosummarize) under ACCESS EXCLUSIVE.
  static const std::set<std::string_view> kShareUpdateExclusive = {
      "fillfactor",
      "deduplicate_items",
      "toast_tuple_target",
      "parallel_workers",
      "vacuum_index_cleanup",
      "vacuum_truncate",
      "log_autovacuum_min_duration",
      "autovacuum_enabled",
      "autovacuum_vacuum_threshold",
      "autovacuum_vacuum_insert_threshold",
      "autovacuum_analyze_threshold",
      "autovacuum_vacuum_cost_delay",
      "autovacuum_vacuum_cost_limit",
      "autovacuum_freeze_min_age",
      "autovacuum_freeze_max_age",
      "autovacuum_freeze_table_age",
      "autovacuum_multixact_freeze_min_age",
      "autovacuum_multixact_freeze_max_age",
      "autovacuum_multixact_freeze_table_age",
      "autovacuum_vacuum_scale_factor",
      "autovacuum_vacuum_insert_scale_factor",
      "autovacuum_analyze_scale_factor",
  };
  TableLock lock = TableLock::kNone;
  for (std::string_view name : names) {
    if (name.substr(0, 6) == "toast.") {
      name.remove_prefix(6);
    }
    lock = std::max(lock, kShareUpdateExclusive.count(name) != 0 ? TableLock::kShareUpdateExclusive
                                                                 : TableLock::kAccessExclusive);
  }
  return lock;
}

PlannedStep NewStep(const ObjectKey& key, Action action, std::string description,
                    const catalog::Origin* origin) {
  PlannedStep planned;
  planned.step.object = key;
  planned.step.target = key;
  planned.step.action = action;
  planned.step.description = std::move(description);
  if (origin != nullptr) {
    planned.step.origin = origin->range;
  }
  if (action == Action::kDrop) {
    planned.removes.push_back(key);
  } else {
    planned.provides.push_back(key);
  }
  return planned;
}

bool DropWhole(const diff::Change& change, std::string_view word, const std::string& target,
               std::vector<PlannedStep>& out) {
  if (change.kind != diff::ChangeKind::kDrop && change.kind != diff::ChangeKind::kRecreate) {
    return false;
  }
  bool recreate = change.kind == diff::ChangeKind::kRecreate;
  PlannedStep planned = NewStep(
      change.key, Action::kDrop,
      recreate ? fmt::format("drop {} to create it again", word) : fmt::format("drop {}", word),
      nullptr);
  planned.step.statements.push_back(fmt::format("DROP {};", target));
  out.push_back(std::move(planned));
  return !recreate;
}

PlannedStep& CreateWhole(const Context& context, const diff::Change& change, std::string_view word,
                         const std::string& target, const catalog::Origin& origin,
                         std::vector<std::string> statements,
                         const std::optional<std::string>& comment, std::vector<PlannedStep>& out) {
  bool recreate = change.kind == diff::ChangeKind::kRecreate;
  PlannedStep planned = NewStep(
      change.key, Action::kCreate,
      recreate ? fmt::format("create {} again", word) : fmt::format("create {}", word), &origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  planned.step.statements = std::move(statements);
  if (comment) {
    planned.step.statements.push_back(catalog::CommentSql(target, comment));
  }
  out.push_back(std::move(planned));
  return out.back();
}

std::string CommentChange(const std::optional<std::string>& from,
                          const std::optional<std::string>& to) {
  return to ? (from ? "change comment" : "set comment") : "remove comment";
}

PlannedStep CommentStep(const ObjectKey& key, const std::string& target,
                        const std::optional<std::string>& from,
                        const std::optional<std::string>& to, const catalog::Origin& origin) {
  PlannedStep planned = NewStep(key, Action::kAlter, CommentChange(from, to), &origin);
  planned.step.statements.push_back(catalog::CommentSql(target, to));
  planned.changes_shape = false;
  return planned;
}

PlannedStep PartsAndCommentStep(const Context& context, const diff::Change& change,
                                const std::string& target, const catalog::Origin& origin,
                                std::string_view what, std::vector<std::string> part_statements,
                                const std::optional<std::string>& from_comment,
                                const std::optional<std::string>& to_comment) {
  std::vector<std::string> parts;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &origin);
  if (diff::Has(change, diff::Property::kDefinition)) {
    parts.emplace_back(what);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    planned.step.statements = std::move(part_statements);
  }
  if (diff::Has(change, diff::Property::kComment)) {
    parts.push_back(CommentChange(from_comment, to_comment));
    planned.step.statements.push_back(catalog::CommentSql(target, to_comment));
  }
  planned.step.description = fmt::format("{}", fmt::join(parts, ", "));
  planned.changes_shape = false;
  return planned;
}

void AddNeeds(const DependencyIndex& index, const ObjectKey& key, std::vector<ObjectKey>& needs) {
  std::vector<ObjectKey> dependencies = index.DependenciesOf(key);
  needs.insert(needs.end(), dependencies.begin(), dependencies.end());
}

std::vector<std::string> ColumnsOfType(const Context& context, const ObjectKey& key) {
  std::vector<std::string> columns;
  for (const ObjectKey& user : context.from_dependencies.DependentsOf(key)) {
    if (user.kind == ObjectKind::kColumn && catalog::Contains(context.to, user) &&
        context.dropped.count(user) == 0 && context.dropped.count(ParentKey(user)) == 0) {
      columns.push_back(catalog::KeyText(user));
    }
  }
  return columns;
}

TypedColumnChanges TypedColumnChangesOf(const catalog::Catalog& from, const catalog::Catalog& to,
                                        const catalog::QualifiedName& type) {
  TypedColumnChanges out;
  auto old_type = from.composites.find(type);
  auto new_type = to.composites.find(type);
  for (const auto& [name, table] : from.tables) {
    if (table.of_type != type) {
      continue;
    }
    out.tables.push_back(name);
    auto kept = to.tables.find(name);
    if (kept == to.tables.end() || kept->second.of_type != type) {
      continue;
    }
    out.staying.push_back(name);
    if (old_type == from.composites.end() || new_type == to.composites.end()) {
      continue;
    }
    for (const catalog::CompositeAttribute& attribute : old_type->second.attributes) {
      const std::vector<catalog::CompositeAttribute>& now = new_type->second.attributes;
      auto same = std::find_if(now.begin(), now.end(),
                               [&](const auto& a) { return a.name == attribute.name; });
      if (same == now.end()) {
        out.dropped.push_back(catalog::ColumnKey(name, attribute.name));
      } else if (!(*same == attribute)) {
        out.retyped.push_back(catalog::ColumnKey(name, attribute.name));
      }
    }
  }
  return out;
}

void ChangeIndexOptions(Step& step, const catalog::QualifiedName& index,
                        const catalog::QualifiedName& table, const catalog::StorageOptions& old,
                        const catalog::StorageOptions& now) {
  // The options reset, and those set.
  std::vector<std::string> names;
  for (const auto& [option, value] : old) {
    if (now.count(option) == 0) {
      names.push_back(option);
    }
  }
  for (const auto& [option, value] : now) {
    names.push_back(option);
  }
  TakeLock(step, StorageOptionsLock(names),
           fmt::format("changing these storage options locks the index, which every query on "
                       "table {} opens",
                       table.Quoted()));
  for (std::string& statement :
       catalog::OptionsChangeSql("ALTER INDEX " + index.Quoted(), old, now)) {
    step.statements.push_back(std::move(statement));
  }
}

}  // namespace schemac::plan
