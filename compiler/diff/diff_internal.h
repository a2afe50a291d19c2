// The per-kind differs behind Diff; each appends its changes.
#pragma once

#include <map>
#include <vector>

#include "schemac/diff/diff.h"

namespace schemac::diff {

void DiffSchemas(const catalog::Catalog& from, const catalog::Catalog& to,
                 std::vector<Change>& out);
void DiffExtensions(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out);
void DiffEnums(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out);
void DiffSequences(const catalog::Catalog& from, const catalog::Catalog& to,
                   std::vector<Change>& out);
void DiffTables(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out);
void DiffIndexes(const catalog::Catalog& from, const catalog::Catalog& to,
                 std::vector<Change>& out);
void DiffViews(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out);
void DiffFunctions(const catalog::Catalog& from, const catalog::Catalog& to,
                   std::vector<Change>& out);
void DiffDomains(const catalog::Catalog& from, const catalog::Catalog& to,
                 std::vector<Change>& out);
void DiffTriggers(const catalog::Catalog& from, const catalog::Catalog& to,
                  std::vector<Change>& out);
void DiffComposites(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out);
void DiffRanges(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out);
void DiffRules(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out);
void DiffStatistics(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out);
void DiffCollations(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out);
void DiffEventTriggers(const catalog::Catalog& from, const catalog::Catalog& to,
                       std::vector<Change>& out);
// Operator families and classes: PostgreSQL changes a family's members in place (ALTER OPERATOR
// FAMILY ... ADD | DROP) but nothing else of a family or a class, which is dropped and created
// again; comments change in place.
void DiffOperatorClasses(const catalog::Catalog& from, const catalog::Catalog& to,
                         std::vector<Change>& out);
void DiffOperators(const catalog::Catalog& from, const catalog::Catalog& to,
                   std::vector<Change>& out);
void DiffCasts(const catalog::Catalog& from, const catalog::Catalog& to, std::vector<Change>& out);
void DiffPublications(const catalog::Catalog& from, const catalog::Catalog& to,
                      std::vector<Change>& out);
void DiffForeignData(const catalog::Catalog& from, const catalog::Catalog& to,
                     std::vector<Change>& out);
void DiffTextSearch(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out);
void DiffPolicies(const catalog::Catalog& from, const catalog::Catalog& to,
                  std::vector<Change>& out);
// DiffPrivileges runs after the others: it adds kPrivileges to an object's alter, or an alter
// of its own.
void DiffPrivileges(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out);
void DiffDefaultPrivileges(const catalog::Catalog& from, const catalog::Catalog& to,
                           std::vector<Change>& out);

// DetachKeeps says whether `name`, a constraint (or, with `index`, an index) that `to` gives
// table `table`, is one the table has from its parent in `from` and keeps when the plan
// detaches it: not created by the plan.
bool DetachKeeps(const catalog::Catalog& from, const catalog::Catalog& to,
                 const catalog::QualifiedName& table, const std::string& name, bool index);

// ForEachPair walks two sorted maps together and calls `on(key, old, new)` with nullptr for the
// side that lacks the key.
template <typename Map, typename Fn>
void ForEachPair(const Map& from, const Map& to, Fn on) {
  using Value = const typename Map::mapped_type;
  Value* none = nullptr;
  auto a = from.begin();
  auto b = to.begin();
  while (a != from.end() || b != to.end()) {
    if (b == to.end() || (a != from.end() && a->first < b->first)) {
      on(a->first, &a->second, none);
      ++a;
    } else if (a == from.end() || b->first < a->first) {
      on(b->first, none, &b->second);
      ++b;
    } else {
      on(a->first, &a->second, &b->second);
      ++a;
      ++b;
    }
  }
}

// DiffEach walks two sorted maps of objects of one kind: an object on one side only is created
// or dropped, one that differs is handed to `changed(key, old, new)`, which appends its change.
template <typename Map, typename KeyOf, typename Changed>
void DiffEach(const Map& from, const Map& to, std::vector<Change>& out, KeyOf key_of,
              Changed changed) {
  ForEachPair(from, to, [&](const auto& name, auto* a, auto* b) {
    catalog::ObjectKey key = key_of(name);
    if (a == nullptr || b == nullptr) {
      out.push_back({a == nullptr ? ChangeKind::kCreate : ChangeKind::kDrop, key, {}});
    } else if (!(*a == *b)) {
      changed(key, *a, *b);
    }
  });
}

// DiffWhole walks two sorted maps of objects that PostgreSQL makes whole from a definition and
// cannot change in place (collations, operators, casts): one whose definition changes is dropped
// and created again; a comment changes in place.
template <typename Map, typename KeyOf>
void DiffWhole(const Map& from, const Map& to, KeyOf key_of, std::vector<Change>& out) {
  DiffEach(from, to, out, key_of, [&](const catalog::ObjectKey& key, const auto& a, const auto& b) {
    if (a.definition != b.definition) {
      out.push_back({ChangeKind::kRecreate, key, {}});
      return;
    }
    Change change{ChangeKind::kAlter, key, {}};
    if (a.comment != b.comment) {
      change.properties.push_back(Property::kComment);
    }
    out.push_back(std::move(change));
  });
}

}  // namespace schemac::diff
