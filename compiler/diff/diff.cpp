#include "schemac/diff/diff.h"

#include <algorithm>
#include <set>
#include <type_traits>

#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

bool Has(const Change& change, Property property) {
  return std::find(change.properties.begin(), change.properties.end(), property) !=
         change.properties.end();
}

bool SameConstraint(const catalog::Constraint& a, const catalog::Constraint& b) {
  if (a == b) {
    return true;
  }
  auto prints = [](const std::optional<std::string>& text, const std::string& expression) {
    return text && *text == expression;
  };
  bool reread = prints(a.reread_expression.value, b.expression) ||
                prints(b.reread_expression.value, a.expression) ||
                prints(a.written_expression.value, b.expression) ||
                prints(b.written_expression.value, a.expression);
  if (!reread) {
    return false;
  }
  catalog::Constraint same = a;
  same.expression = b.expression;
  return same == b;
}

bool SameFunction(const catalog::Function& a, const catalog::Function& b) {
  if (a == b) {
    return true;
  }
  // A definition that prints as the other's, or that is written as the other prints: the text of
  // a dump, which the server prints otherwise once more.
  auto prints = [](const catalog::Function& one, const catalog::Function& other) {
    return one.reread_definition.value == other.definition ||
           (!one.written.empty() && one.written.text == other.definition);
  };
  if (!prints(a, b) && !prints(b, a)) {
    return false;
  }
  catalog::Function same = a;
  same.definition = b.definition;
  return same == b;
}

ChangeSet Diff(const catalog::Catalog& from, const catalog::Catalog& to) {
  ChangeSet set;
  DiffSchemas(from, to, set.changes);
  DiffExtensions(from, to, set.changes);
  DiffEnums(from, to, set.changes);
  DiffSequences(from, to, set.changes);
  DiffTables(from, to, set.changes);
  DiffIndexes(from, to, set.changes);
  DiffViews(from, to, set.changes);
  DiffFunctions(from, to, set.changes);
  DiffTriggers(from, to, set.changes);
  DiffDomains(from, to, set.changes);
  DiffComposites(from, to, set.changes);
  DiffRanges(from, to, set.changes);
  DiffPolicies(from, to, set.changes);
  DiffRules(from, to, set.changes);
  DiffStatistics(from, to, set.changes);
  DiffCollations(from, to, set.changes);
  DiffTextSearch(from, to, set.changes);
  DiffEventTriggers(from, to, set.changes);
  DiffOperators(from, to, set.changes);
  DiffOperatorClasses(from, to, set.changes);
  DiffCasts(from, to, set.changes);
  DiffPublications(from, to, set.changes);
  DiffForeignData(from, to, set.changes);
  DiffPrivileges(from, to, set.changes);
  DiffDefaultPrivileges(from, to, set.changes);
  std::sort(set.changes.begin(), set.changes.end(),
            [](const Change& a, const Change& b) { return a.key < b.key; });
  return set;
}

namespace {

// Own returns what of an object its own comparison covers: a table without its columns and
// constraints, which are compared as objects of their own; any other object whole.
template <typename Object>
Object Own(const Object& object) {
  if constexpr (std::is_same_v<Object, catalog::Table>) {
    catalog::Table own = object;
    own.columns.clear();
    own.constraints.clear();
    return own;
  } else {
    return object;
  }
}

}  // namespace

std::vector<catalog::ObjectKey> UnexplainedDifferences(const catalog::Catalog& from,
                                                       const catalog::Catalog& to,
                                                       const ChangeSet& changes) {
  std::set<catalog::ObjectKey> changed;
  for (const Change& change : changes.changes) {
    changed.insert(change.key);
  }
  // A column of a partition, or of a table with parents (INHERITS), changes with its parent's
  // column, up the tree; a typed table's column with its type.
  auto inherited = [&](const catalog::ObjectKey& key) {
    if (key.kind != catalog::ObjectKind::kColumn) {
      return false;
    }
    // A typed table's column changes with its type's attribute.
    auto typed = to.tables.find({key.schema, key.name});
    if (typed != to.tables.end() && typed->second.of_type &&
        changed.count(catalog::CompositeKey(*typed->second.of_type)) != 0) {
      return true;
    }
    std::vector<catalog::QualifiedName> tables = {{key.schema, key.name}};
    for (size_t i = 0; i < tables.size() && i <= to.tables.size(); ++i) {
      auto it = to.tables.find(tables[i]);
      if (it == to.tables.end()) {
        continue;
      }
      std::vector<catalog::QualifiedName> parents = it->second.inherits;
      if (it->second.partition_of) {
        parents.push_back(*it->second.partition_of);
      }
      for (const catalog::QualifiedName& parent : parents) {
        catalog::ObjectKey column{catalog::ObjectKind::kColumn, parent.schema, parent.name,
                                  key.sub_name};
        if (changed.count(column) != 0 || changed.count(catalog::ParentKey(column)) != 0) {
          return true;
        }
        tables.push_back(parent);
      }
    }
    return false;
  };
  std::vector<catalog::ObjectKey> out;
  catalog::ForEachObject(from, [&](const catalog::ObjectKey& key, const auto& old) {
    if (changed.count(key) != 0 || changed.count(catalog::ParentKey(key)) != 0 || inherited(key)) {
      return;
    }
    catalog::VisitObject(to, key, [&](const auto& now) {
      if constexpr (std::is_same_v<decltype(&old), decltype(&now)>) {
        bool same;
        if constexpr (std::is_same_v<std::decay_t<decltype(old)>, catalog::Constraint>) {
          same = SameConstraint(old, now);
        } else if constexpr (std::is_same_v<std::decay_t<decltype(old)>, catalog::Function>) {
          same = SameFunction(old, now);
        } else {
          same = Own(old) == Own(now);
        }
        if (!same) {
          out.push_back(key);
        }
      }
    });
  });
  return out;
}

}  // namespace schemac::diff
