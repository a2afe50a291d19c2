// Finding renames: the `-- schemac:renamed-from` annotations of the desired state checked
// against the current one, the names PostgreSQL derived from a renamed table's or column's name,
// and the drops and creates that look like renames no annotation asked for.
#include "renames.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/catalog/objects.h"

namespace schemac::plan {
namespace {

using catalog::Catalog;
using catalog::ObjectKey;
using catalog::ObjectKind;
using catalog::QualifiedName;

// Whether an annotation on an object of `kind` renames a part of a table (its sub-name).
bool RenamesPart(ObjectKind kind) {
  return kind == ObjectKind::kColumn || kind == ObjectKind::kConstraint ||
         kind == ObjectKind::kTrigger || kind == ObjectKind::kPolicy || kind == ObjectKind::kRule;
}

std::string Describe(const ObjectKey& key) {
  return fmt::format("{} \"{}\"", catalog::KindName(key.kind), catalog::KeyText(key));
}

enum class Phase;
Phase PhaseOf(ObjectKind kind);

// The annotated objects of `desired` whose annotations `phase` checks, with their annotations.
std::vector<std::pair<ObjectKey, catalog::RenameHint>> Annotated(const Catalog& desired,
                                                                 Phase phase) {
  std::vector<std::pair<ObjectKey, catalog::RenameHint>> out;
  catalog::ForEachObject(desired, [&](const ObjectKey& key, const auto& object) {
    if (object.origin.renamed_from && PhaseOf(key.kind) == phase) {
      out.emplace_back(key, *object.origin.renamed_from);
    }
  });
  return out;
}

// The phases annotations are checked in, each against the state the ones before renamed:
// schemas, the objects in them, the parts of tables.
enum class Phase { kSchemas, kObjects, kParts };

Phase PhaseOf(ObjectKind kind) {
  return kind == ObjectKind::kSchema ? Phase::kSchemas
         : RenamesPart(kind)         ? Phase::kParts
                                     : Phase::kObjects;
}

// The key of the object an annotation on `key` names as its old one.
ObjectKey OldKey(const ObjectKey& key, const catalog::RenameHint& hint) {
  if (key.kind == ObjectKind::kSchema) {
    return catalog::SchemaKey(hint.name);
  }
  ObjectKey old_key = key;
  (RenamesPart(key.kind) ? old_key.sub_name : old_key.name) = hint.name;
  return old_key;
}

// The objects whose annotations, followed from `key`'s, come back to it (names swapped: a
// from b, b from a), when the database has each of them; else empty.
std::vector<ObjectKey> RenameCycle(const ObjectKey& key,
                                   const std::map<ObjectKey, ObjectKey>& old_of,
                                   const Catalog& current) {
  std::vector<ObjectKey> cycle;
  for (ObjectKey at = key; cycle.size() <= old_of.size();) {
    auto next = old_of.find(at);
    if (next == old_of.end() || !catalog::Contains(current, at)) {
      return {};
    }
    cycle.push_back(at);
    at = next->second;
    if (at == key) {
      return cycle;
    }
  }
  return {};
}

// The name a key takes among the names that cannot be held twice: the relations of a schema
// (tables, views, sequences, indexes, and the indexes of keys, named as their constraints: taken
// for every constraint, which only orders renames the more), else the key's own.
ObjectKey NameSlot(const ObjectKey& key) {
  switch (key.kind) {
    case ObjectKind::kTable:
    case ObjectKind::kView:
    case ObjectKind::kMaterializedView:
    case ObjectKind::kSequence:
    case ObjectKind::kIndex:
      return ObjectKey{ObjectKind::kTable, key.schema, key.name, ""};
    case ObjectKind::kConstraint:
      return ObjectKey{ObjectKind::kTable, key.schema, key.sub_name, ""};
    default:
      return key;
  }
}

// Orders `renames` (stably) so that a rename onto a name another one frees comes after it: in a
// chain (b takes a's name, a takes c), a is renamed to c first, and so are the key, index and
// sequence named after a. Names exchanged in a cycle are an error before this (RenameCycle); were
// one left, its renames stay in their order.
void OrderChains(std::vector<Rename>& renames) {
  std::vector<Rename> pending = std::move(renames);
  renames.clear();
  while (!pending.empty()) {
    auto ready = std::find_if(pending.begin(), pending.end(), [&](const Rename& rename) {
      return std::none_of(pending.begin(), pending.end(), [&](const Rename& other) {
        return &other != &rename && NameSlot(other.from) == NameSlot(rename.to);
      });
    });
    if (ready == pending.end()) {
      ready = pending.begin();
    }
    renames.push_back(std::move(*ready));
    pending.erase(ready);
  }
}

// Checks the annotations of one phase against `current` and appends the renames they ask for.
void CheckAnnotations(const Catalog& current, const Catalog& desired, Phase phase,
                      std::vector<Rename>& out, base::DiagnosticSink& sink) {
  std::map<ObjectKey, ObjectKey> claimed;  // old key -> the new key that claimed it
  std::vector<std::pair<ObjectKey, catalog::RenameHint>> annotated = Annotated(desired, phase);
  std::map<ObjectKey, ObjectKey> old_of;
  for (const auto& [key, hint] : annotated) {
    old_of.emplace(key, OldKey(key, hint));
  }
  // The names of the database that pending renames give up (renames to a name the database
  // lacks, or to one another pending rename gives up): taken by another object, they are no sign
  // of a rename done already.
  std::set<ObjectKey> freed;
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [key, old_key] : old_of) {
      bool pending = !catalog::Contains(current, key) || freed.count(key) != 0;
      if (pending && catalog::Contains(current, old_key)) {
        grew = freed.insert(old_key).second || grew;
      }
    }
  }
  std::set<ObjectKey> in_reported_cycle;
  size_t first = out.size();
  for (const auto& [key, hint] : annotated) {
    ObjectKey old_key = old_of.at(key);
    std::vector<ObjectKey> cycle = RenameCycle(key, old_of, current);
    if (!cycle.empty()) {
      if (in_reported_cycle.insert(key).second) {
        std::vector<std::string> names;
        for (const ObjectKey& member : cycle) {
          in_reported_cycle.insert(member);
          names.push_back(Describe(member));
        }
        sink.Error("rename-cycle", hint.range,
                   fmt::format("{} and {} exchange names, as their schemac:renamed-from "
                               "annotations ask, and a plan cannot exchange names: rename one "
                               "of them to a name none of them has and apply that first, then "
                               "the others",
                               fmt::join(names.begin(), names.end() - 1, ", "), names.back()));
      }
      continue;
    }
    const catalog::Origin* origin = nullptr;
    catalog::VisitObject(desired, key, [&](const auto& object) { origin = &object.origin; });
    if (old_key == key) {
      sink.Error("invalid-annotation", hint.range,
                 fmt::format("{} is said to be renamed from its own name; remove the annotation",
                             Describe(key)));
      continue;
    }
    if (catalog::Contains(current, key) && freed.count(key) == 0) {
      sink.Warning("stale-rename", hint.range,
                   fmt::format("{} has its new name in the database already: the rename from "
                               "\"{}\" is done; remove the schemac:renamed-from annotation",
                               Describe(key), hint.name));
      continue;
    }
    if (!catalog::Contains(current, old_key)) {
      sink.Error("unknown-rename", hint.range,
                 fmt::format("the database has no {} to rename to \"{}\"; correct the name in "
                             "the schemac:renamed-from annotation, or remove it to create the {} "
                             "anew",
                             Describe(old_key), RenamesPart(key.kind) ? key.sub_name : key.name,
                             catalog::KindName(key.kind)));
      continue;
    }
    auto [it, inserted] = claimed.emplace(old_key, key);
    if (!inserted) {
      sink.Error("duplicate-rename", hint.range,
                 fmt::format("{} is renamed twice, to {} and to {}; keep one annotation",
                             Describe(old_key), Describe(it->second), Describe(key)));
      continue;
    }
    out.push_back({old_key, key, origin != nullptr ? origin->range : hint.range});
  }
  std::vector<Rename> appended(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  OrderChains(appended);
  std::copy(appended.begin(), appended.end(), out.begin() + static_cast<std::ptrdiff_t>(first));
}

// Checks the annotations on enum labels against `current` (where the types have their new
// names) and appends the renames they ask for.
void CheckLabelAnnotations(const Catalog& current, const Catalog& desired, std::vector<Rename>& out,
                           base::DiagnosticSink& sink) {
  for (const auto& [name, type] : desired.enums) {
    auto current_type = current.enums.find(name);
    for (const auto& [label, hint] : type.origin.renamed_labels) {
      const std::vector<std::string>* labels =
          current_type == current.enums.end() ? nullptr : &current_type->second.labels;
      auto has = [&](const std::string& value) {
        return labels != nullptr &&
               std::find(labels->begin(), labels->end(), value) != labels->end();
      };
      if (has(label)) {
        sink.Warning("stale-rename", hint.range,
                     fmt::format("enum type \"{}\" has the value '{}' in the database already: "
                                 "the rename from '{}' is done; remove the schemac:renamed-from "
                                 "annotation",
                                 name.Text(), label, hint.name));
        continue;
      }
      if (!has(hint.name)) {
        sink.Error("unknown-rename", hint.range,
                   fmt::format("the database has no enum type \"{}\" with the value '{}' to "
                               "rename to '{}'; correct the label in the schemac:renamed-from "
                               "annotation, or remove it to add the value anew",
                               name.Text(), hint.name, label));
        continue;
      }
      bool claimed = std::any_of(out.begin(), out.end(), [&](const Rename& rename) {
        return rename.from.kind == ObjectKind::kEnum && rename.from.schema == name.schema &&
               rename.from.name == name.name && rename.from.sub_name == hint.name;
      });
      if (claimed) {
        sink.Error("duplicate-rename", hint.range,
                   fmt::format("the value '{}' of enum type \"{}\" is renamed twice; keep one "
                               "annotation",
                               hint.name, name.Text()));
        continue;
      }
      out.push_back({ObjectKey{ObjectKind::kEnum, name.schema, name.name, hint.name},
                     ObjectKey{ObjectKind::kEnum, name.schema, name.name, label},
                     type.origin.range});
    }
  }
}

// The names made of `name` with one or every occurrence of `old_part` that stands between
// underscores (or at an end) replaced by `new_part`, as PostgreSQL builds the names of keys,
// indexes and sequences from the names of tables and columns ("users_email_key").
std::vector<std::string> Substitutions(const std::string& name, const std::string& old_part,
                                       const std::string& new_part) {
  std::vector<size_t> at;
  for (size_t i = name.find(old_part); i != std::string::npos; i = name.find(old_part, i + 1)) {
    bool starts = i == 0 || name[i - 1] == '_';
    size_t end = i + old_part.size();
    bool ends = end == name.size() || name[end] == '_';
    if (starts && ends) {
      at.push_back(i);
    }
  }
  std::vector<std::string> out;
  auto replace = [&](const std::vector<size_t>& positions) {
    std::string result = name;
    for (auto i = positions.rbegin(); i != positions.rend(); ++i) {
      result.replace(*i, old_part.size(), new_part);
    }
    return result;
  };
  for (size_t i : at) {
    out.push_back(replace({i}));
  }
  if (at.size() > 1) {
    out.push_back(replace(at));
  }
  return out;
}

// The names `name` may have been derived as from what `pairs` renamed (old and new parts), each
// substitution applied to the names the ones before made.
std::vector<std::string> DerivedNames(
    const std::string& name, const std::vector<std::pair<std::string, std::string>>& pairs) {
  std::vector<std::string> out = {name};
  for (const auto& [old_part, new_part] : pairs) {
    size_t count = out.size();
    for (size_t i = 0; i < count; ++i) {
      for (std::string& candidate : Substitutions(out[i], old_part, new_part)) {
        out.push_back(std::move(candidate));
      }
    }
  }
  out.erase(out.begin());
  return out;
}

// The renames of what the renames of `table` and its columns named after them: the table's
// constraints, indexes and sequences whose names PostgreSQL derived from the old names, when
// the desired state has the derived new name instead. A name of the database that `leaving`
// holds is one that another of these renames gives up (a chain: what is named after a table that
// takes another's name), free to be taken; an index or sequence of the desired state with the
// old name belongs to another table then, and this one is renamed all the same.
void DerivedRenames(const Catalog& current, const Catalog& desired, const QualifiedName& table,
                    const std::vector<std::pair<std::string, std::string>>& pairs,
                    const std::set<ObjectKey>& leaving, std::vector<Rename>& out) {
  auto current_table = current.tables.find(table);
  auto desired_table = desired.tables.find(table);
  if (current_table == current.tables.end() || desired_table == desired.tables.end()) {
    return;
  }
  // `kept`: whether the desired state has the object under its old name, as the table's.
  auto try_rename = [&](const ObjectKey& key, const std::string& name, bool kept, auto make_key) {
    if (kept) {
      return;
    }
    for (const std::string& candidate : DerivedNames(name, pairs)) {
      ObjectKey new_key = make_key(candidate);
      if (catalog::Contains(desired, new_key) &&
          (!catalog::Contains(current, new_key) || leaving.count(new_key) != 0)) {
        out.push_back({key, new_key, {}});
        return;
      }
    }
  };
  for (const auto& [name, constraint] : current_table->second.constraints) {
    ObjectKey key = catalog::ConstraintKey(table, name);
    try_rename(key, name, catalog::Contains(desired, key), [&](const std::string& candidate) {
      return catalog::ConstraintKey(table, candidate);
    });
  }
  for (const auto& [name, index] : current.indexes) {
    if (index.table == table) {
      auto wanted = desired.indexes.find(name);
      bool kept = wanted != desired.indexes.end() && wanted->second.table == table;
      try_rename(catalog::IndexKeyOf(name), name.name, kept, [&](const std::string& candidate) {
        return catalog::IndexKeyOf({name.schema, candidate});
      });
    }
  }
  for (const auto& [name, sequence] : current.sequences) {
    if (sequence.owned_by && sequence.owned_by->table == table) {
      auto wanted = desired.sequences.find(name);
      bool kept = wanted != desired.sequences.end() &&
                  (!wanted->second.owned_by || wanted->second.owned_by->table == table);
      try_rename(catalog::SequenceKey(name), name.name, kept, [&](const std::string& candidate) {
        return catalog::SequenceKey({name.schema, candidate});
      });
    }
  }
  // Identity sequences belong to their columns, not to the catalog's sequences.
  for (const catalog::Column& column : current_table->second.columns) {
    const catalog::Column* wanted = desired_table->second.FindColumn(column.name);
    if (!column.identity || wanted == nullptr || !wanted->identity ||
        wanted->identity->sequence == column.identity->sequence) {
      continue;
    }
    const QualifiedName& sequence = column.identity->sequence;
    for (const std::string& candidate : DerivedNames(sequence.name, pairs)) {
      if (wanted->identity->sequence == QualifiedName{sequence.schema, candidate}) {
        out.push_back(
            {catalog::SequenceKey(sequence), catalog::SequenceKey(wanted->identity->sequence), {}});
        break;
      }
    }
  }
}

// The renames of the checks of a renamed domain that PostgreSQL named after it ("positive_check"),
// when the desired domain has the derived new name instead. A domain's check is renamed under the
// domain's key with the check's name as sub-name.
void DerivedCheckRenames(const Catalog& current, const Catalog& desired, const Rename& rename,
                         std::vector<Rename>& out) {
  QualifiedName name{rename.to.schema, rename.to.name};
  auto current_domain = current.domains.find(name);
  auto desired_domain = desired.domains.find(name);
  if (current_domain == current.domains.end() || desired_domain == desired.domains.end()) {
    return;
  }
  const auto& checks = current_domain->second.checks;
  const auto& wanted = desired_domain->second.checks;
  for (const auto& [check, expression] : checks) {
    if (wanted.contains(check)) {
      continue;
    }
    for (const std::string& candidate : Substitutions(check, rename.from.name, rename.to.name)) {
      if (wanted.contains(candidate) && !checks.contains(candidate)) {
        out.push_back({ObjectKey{ObjectKind::kDomain, name.schema, name.name, check},
                       ObjectKey{ObjectKind::kDomain, name.schema, name.name, candidate},
                       {}});
        break;
      }
    }
  }
}

// Warns of a table dropped and one created with the same columns, and of a column dropped and
// one added with the same type, that no annotation renames.
void WarnPossibleRenames(const Catalog& current, const Catalog& desired,
                         base::DiagnosticSink& sink) {
  // The tables the plan drops, by schema and columns (names and types in order).
  auto shape = [](const QualifiedName& name, const catalog::Table& table) {
    std::string out = name.schema;
    for (const catalog::Column& column : table.columns) {
      out += '\0' + column.name + '\0' + column.type;
    }
    return out;
  };
  std::map<std::string, QualifiedName> dropped;
  for (const auto& [name, table] : current.tables) {
    if (!desired.tables.contains(name) && !table.columns.empty()) {
      dropped.emplace(shape(name, table), name);
    }
  }
  for (const auto& [name, table] : desired.tables) {
    auto current_table = current.tables.find(name);
    if (current_table == current.tables.end()) {
      auto old = dropped.find(shape(name, table));
      if (old != dropped.end()) {
        const QualifiedName& old_name = old->second;
        sink.Warning("possible-rename", table.origin.range,
                     fmt::format("table \"{}\" is created and table \"{}\" dropped, with the "
                                 "same columns: if it is a rename, write -- schemac:renamed-from "
                                 "{} on the line before its CREATE TABLE; as it is, the plan "
                                 "drops \"{}\" and its rows",
                                 name.Text(), old_name.Text(), old_name.name, old_name.Text()));
      }
      continue;
    }
    if (table.partition_of || (table.of_type && table.of_type == current_table->second.of_type)) {
      continue;  // its columns are its parent's or its type's attributes
    }
    for (const catalog::Column& column : table.columns) {
      if (current_table->second.FindColumn(column.name) != nullptr) {
        continue;
      }
      for (const catalog::Column& old_column : current_table->second.columns) {
        if (old_column.type == column.type && table.FindColumn(old_column.name) == nullptr) {
          sink.Warning("possible-rename", column.origin.range,
                       fmt::format("column \"{}\" of table \"{}\" is added and column \"{}\" "
                                   "dropped, of the same type: if it is a rename, write -- "
                                   "schemac:renamed-from {} on the line before the column; as it "
                                   "is, the plan drops \"{}\" and its values",
                                   column.name, name.Text(), old_column.name, old_column.name,
                                   old_column.name));
          break;
        }
      }
    }
  }
}

}  // namespace

std::vector<Rename> FindRenames(const Catalog& current, const Catalog& desired,
                                base::DiagnosticSink& sink) {
  std::vector<Rename> renames;
  // Without annotations, nothing is renamed and the current state is not copied.
  bool annotated = false;
  catalog::ForEachObject(desired, [&](const ObjectKey& /*key*/, const auto& object) {
    annotated = annotated || object.origin.renamed_from || !object.origin.renamed_labels.empty();
  });
  if (!annotated) {
    WarnPossibleRenames(current, desired, sink);
    return renames;
  }
  // Schemas first, then the objects in them under their new names, then the parts of tables
  // under theirs.
  CheckAnnotations(current, desired, Phase::kSchemas, renames, sink);
  Catalog renamed = RenameObjects(current, renames, false, nullptr);
  size_t schemas = renames.size();
  CheckAnnotations(renamed, desired, Phase::kObjects, renames, sink);
  renamed = RenameObjects(
      std::move(renamed),
      std::vector<Rename>(renames.begin() + static_cast<std::ptrdiff_t>(schemas), renames.end()),
      false, nullptr);
  size_t objects = renames.size();
  CheckAnnotations(renamed, desired, Phase::kParts, renames, sink);
  CheckLabelAnnotations(renamed, desired, renames, sink);
  std::vector<Rename> parts(renames.begin() + static_cast<std::ptrdiff_t>(objects), renames.end());
  renamed = RenameObjects(std::move(renamed), parts, false, nullptr);
  // Then the names derived from the names of renamed tables and columns, per table.
  std::map<QualifiedName, std::vector<std::pair<std::string, std::string>>> pairs;
  for (const Rename& rename : renames) {
    if (rename.to.kind == ObjectKind::kTable) {
      pairs[{rename.to.schema, rename.to.name}].emplace_back(rename.from.name, rename.to.name);
    } else if (rename.to.kind == ObjectKind::kColumn) {
      pairs[{rename.to.schema, rename.to.name}].emplace_back(rename.from.sub_name,
                                                             rename.to.sub_name);
    }
  }
  // Each pass frees the names the one before renames away, for the next link of a chain.
  std::vector<Rename> derived;
  std::set<ObjectKey> leaving;
  for (bool grew = true; grew;) {
    derived.clear();
    for (const auto& [table, table_pairs] : pairs) {
      DerivedRenames(renamed, desired, table, table_pairs, leaving, derived);
    }
    grew = false;
    for (const Rename& rename : derived) {
      grew = leaving.insert(rename.from).second || grew;
    }
  }
  for (const Rename& rename : renames) {
    if (rename.to.kind == ObjectKind::kDomain) {
      DerivedCheckRenames(renamed, desired, rename, derived);
    }
  }
  OrderChains(derived);
  renamed = RenameObjects(std::move(renamed), derived, false, nullptr);
  renames.insert(renames.end(), derived.begin(), derived.end());
  // A plan that cannot be made for a wrong annotation needs no guesses.
  if (!sink.has_errors()) {
    WarnPossibleRenames(renamed, desired, sink);
  }
  return renames;
}

}  // namespace schemac::plan
