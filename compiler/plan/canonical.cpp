#include "schemac/plan/canonical.h"

#include <map>
#include <optional>
#include <queue>
#include <set>
#include <utility>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/print.h"

#include "dependencies.h"

namespace schemac::plan {
namespace {

using catalog::CreateStatement;

// Which statement creates each object, and so which statements another one must follow.
class Creators {
 public:
  explicit Creators(const std::vector<CreateStatement>& statements) {
    for (size_t i = 0; i < statements.size(); ++i) {
      for (const ObjectKey& key : statements[i].creates) {
        creator_.emplace(key, i);
      }
    }
  }

  // Of `key`, or of what it is part of (a column of a view: the view).
  std::optional<size_t> Of(const ObjectKey& key) const {
    if (auto it = creator_.find(key); it != creator_.end()) {
      return it->second;
    }
    ObjectKey parent = catalog::ParentKey(key);
    if (parent != key) {
      if (auto it = creator_.find(parent); it != creator_.end()) {
        return it->second;
      }
    }
    return std::nullopt;
  }

 private:
  std::map<ObjectKey, size_t> creator_;
};

std::vector<CreateStatement> Ordered(const DependencyIndex& index,
                                     std::vector<CreateStatement> statements) {
  const Creators creators(statements);
  const size_t count = statements.size();
  std::vector<std::set<size_t>> before(count);  // the statements each one waits for
  std::vector<std::vector<size_t>> after(count);
  // Columns whose default a statement of its own sets: the functions the default calls are that
  // statement's to wait for, not the CREATE TABLE's (pg_depend names the column for both the
  // column's type and its default).
  std::set<ObjectKey> defaults_apart;
  for (const CreateStatement& statement : statements) {
    defaults_apart.insert(statement.sets_default.begin(), statement.sets_default.end());
  }
  for (size_t i = 0; i < count; ++i) {
    auto wait_for = [&](const ObjectKey& key) {
      std::optional<size_t> creator = creators.Of(key);
      if (creator && *creator != i && before[i].insert(*creator).second) {
        after[*creator].push_back(i);
      }
    };
    for (const ObjectKey& key : statements[i].creates) {
      bool default_apart = defaults_apart.count(key) != 0;
      for (const ObjectKey& dependency : index.DependenciesOf(key)) {
        if (!default_apart || (dependency.kind != ObjectKind::kFunction &&
                               dependency.kind != ObjectKind::kAggregate)) {
          wait_for(dependency);
        }
      }
    }
    for (const ObjectKey& key : statements[i].acts_on) {
      wait_for(key);
      for (const ObjectKey& dependency : index.DependenciesOf(key)) {
        wait_for(dependency);
      }
    }
  }
  // Kahn's algorithm, the statement given first among those ready going first: an order that
  // already respects every dependency comes out unchanged.
  std::priority_queue<size_t, std::vector<size_t>, std::greater<>> ready;
  std::vector<size_t> waiting(count);
  std::vector<bool> done(count, false);
  for (size_t i = 0; i < count; ++i) {
    waiting[i] = before[i].size();
    if (waiting[i] == 0) {
      ready.push(i);
    }
  }
  std::vector<CreateStatement> out;
  out.reserve(count);
  size_t next_stuck = 0;  // where to look for the first statement not yet placed
  while (out.size() < count) {
    size_t i = 0;
    if (!ready.empty()) {
      i = ready.top();
      ready.pop();
    } else {
      // A cycle: the first statement not yet placed goes, as given.
      while (done[next_stuck]) {
        ++next_stuck;
      }
      i = next_stuck;
    }
    if (done[i]) {
      continue;
    }
    done[i] = true;
    out.push_back(std::move(statements[i]));
    for (size_t j : after[i]) {
      if (--waiting[j] == 0 && !done[j]) {
        ready.push(j);
      }
    }
  }
  return out;
}

}  // namespace

std::vector<CreateStatement> InCreationOrder(const catalog::Catalog& catalog,
                                             std::vector<CreateStatement> statements) {
  return Ordered(DependencyIndex(catalog), std::move(statements));
}

std::string CanonicalSql(const catalog::Catalog& catalog) {
  const DependencyIndex index(catalog);
  std::set<ObjectKey> apart = index.PartsUsingTheirTable(catalog);
  return catalog::PrintSql(
      catalog,
      Ordered(index, catalog::CreateStatements(catalog, catalog::ExpressionForm::kCatalog, apart)));
}

}  // namespace schemac::plan
