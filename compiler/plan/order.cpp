#include "order.h"

#include <map>
#include <queue>
#include <set>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>
#include <fmt/format.h>

namespace schemac::plan {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Edges = std::set<std::pair<size_t, size_t>>;

// The name an object takes in its schema's namespace of relations and types: tables, indexes,
// sequences, enum types and the indexes of keys share it.
std::optional<std::pair<std::string, std::string>> RelationName(const catalog::Catalog& catalog,
                                                                const ObjectKey& key) {
  switch (catalog::Facts(key.kind).name_space) {
    case catalog::Namespace::kRelations:
    case catalog::Namespace::kTypes:
      if (key.sub_name.empty()) {  // not a sequence's ownership
        return std::make_pair(key.schema, key.name);
      }
      return std::nullopt;
    case catalog::Namespace::kTable:
      // The index of a primary key or unique constraint takes the constraint's name.
      if (key.kind == ObjectKind::kConstraint) {
        if (const catalog::Constraint* constraint = FindConstraint(catalog, key)) {
          if (constraint->type == catalog::ConstraintType::kPrimaryKey ||
              constraint->type == catalog::ConstraintType::kUnique) {
            return std::make_pair(key.schema, key.sub_name);
          }
        }
      }
      return std::nullopt;
    case catalog::Namespace::kDatabase:
    case catalog::Namespace::kRoutines:
    case catalog::Namespace::kTriggers:
    case catalog::Namespace::kPolicies:
    case catalog::Namespace::kRules:
    case catalog::Namespace::kStatistics:
    case catalog::Namespace::kCollations:
    case catalog::Namespace::kOperators:
    case catalog::Namespace::kCasts:
    case catalog::Namespace::kUserMappings:
    case catalog::Namespace::kOperatorFamilies:
    case catalog::Namespace::kOperatorClasses:
    case catalog::Namespace::kTextSearchDictionaries:
    case catalog::Namespace::kTextSearchConfigurations:
    case catalog::Namespace::kConversions:
    case catalog::Namespace::kTextSearchParsers:
    case catalog::Namespace::kTextSearchTemplates:
    case catalog::Namespace::kDefaultPrivileges:
      return std::nullopt;
  }
  return std::nullopt;
}

// The relation whose drop takes `key` with it, for the objects that have no drop step of their
// own when it is dropped: an index (of a table or a materialized view) and a policy.
std::optional<ObjectKey> DroppedWith(const catalog::Catalog& catalog, const ObjectKey& key) {
  if (key.kind == ObjectKind::kPolicy) {
    return catalog::TableKey({key.schema, key.name});
  }
  if (key.kind != ObjectKind::kIndex) {
    return std::nullopt;
  }
  auto index = catalog.indexes.find({key.schema, key.name});
  if (index == catalog.indexes.end()) {
    return std::nullopt;
  }
  const catalog::QualifiedName& relation = index->second.table;
  return catalog.views.count(relation) != 0 ? catalog::MaterializedViewKey(relation)
                                            : catalog::TableKey(relation);
}

Edges BuildEdges(const Context& context, const std::vector<PlannedStep>& steps) {
  std::map<ObjectKey, std::vector<size_t>> providers;
  std::map<ObjectKey, std::vector<size_t>> removers;
  std::map<ObjectKey, std::vector<size_t>> changers;  // steps that drop or alter an object
  // Alter steps that release what an object used (a default dropped), which is all that has to
  // come before a drop of what it used, even when the object is dropped later too.
  std::map<ObjectKey, std::vector<size_t>> releasers;
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> name_removers;
  for (size_t i = 0; i < steps.size(); ++i) {
    for (const ObjectKey& key : steps[i].provides) {
      if (steps[i].changes_shape) {
        providers[key].push_back(i);
      }
      if (steps[i].step.action == Action::kAlter && steps[i].releases) {
        changers[key].push_back(i);
        releasers[key].push_back(i);
      }
    }
    for (const ObjectKey& key : steps[i].removes) {
      removers[key].push_back(i);
      changers[key].push_back(i);
      if (auto name = RelationName(context.from, key)) {
        name_removers[*name].push_back(i);
      }
    }
  }
  Edges edges;
  auto edge = [&](size_t before, size_t after) {
    if (before != after) {
      edges.insert({before, after});
    }
  };
  auto all = [&](const auto& index, const auto& key, size_t after) {
    auto it = index.find(key);
    if (it != index.end()) {
      for (size_t before : it->second) {
        edge(before, after);
      }
    }
  };
  for (size_t i = 0; i < steps.size(); ++i) {
    const PlannedStep& step = steps[i];
    for (const ObjectKey& need : step.needs) {
      all(providers, need, i);
      if (need.kind == ObjectKind::kColumn || need.kind == ObjectKind::kConstraint) {
        all(providers, ParentKey(need), i);  // provided by the create step of its table
      }
    }
    for (const ObjectKey& key : step.provides) {
      if (step.changes_shape) {
        all(removers, key, i);
      }
      // A view or a generated column dropped (or dropped to be created again) that reads an
      // object this step changes goes first: PostgreSQL refuses to change a column's type under
      // either.
      if (step.step.action != Action::kCreate && step.changes_shape) {
        for (const ObjectKey& dependent : context.from_dependencies.DependentsOf(key)) {
          if (RecreatedWithDependency(context.from, dependent, true)) {
            all(removers, dependent, i);
          }
        }
      }
      if (step.step.action == Action::kCreate) {
        if (auto name = RelationName(context.to, key)) {
          all(name_removers, *name, i);
        }
      }
    }
    for (const ObjectKey& key : step.removes) {
      for (const ObjectKey& dependent : context.from_dependencies.DependentsOf(key)) {
        all(releasers.count(dependent) != 0 ? releasers : changers, dependent, i);
        // An index or a policy that goes with its relation: that relation's drop comes first.
        if (std::optional<ObjectKey> relation = DroppedWith(context.from, dependent)) {
          all(removers, *relation, i);
        }
      }
    }
    for (const ObjectKey& key : step.after_changes_of) {
      all(changers, key, i);
    }
  }
  // Event triggers are dropped or disabled before anything else and created or changed after
  // everything else (but default privileges), so that they fire on none of the plan's statements.
  for (size_t i = 0; i < steps.size(); ++i) {
    const ObjectKey& trigger = steps[i].step.object;
    if (trigger.kind != ObjectKind::kEventTrigger) {
      continue;
    }
    auto desired = context.to.event_triggers.find(trigger.name);
    bool first = steps[i].step.action == Action::kDrop ||
                 (steps[i].step.action == Action::kAlter &&
                  desired != context.to.event_triggers.end() && desired->second.enabled == 'D');
    for (size_t other = 0; other < steps.size(); ++other) {
      ObjectKind kind = steps[other].step.object.kind;
      if (kind == ObjectKind::kEventTrigger || kind == ObjectKind::kDefaultPrivileges) {
        continue;
      }
      if (first) {
        edge(i, other);
      } else {
        edge(other, i);
      }
    }
  }
  // A table's NO INHERIT before every other step and its INHERIT after (Placement), but the
  // event triggers' and default privileges' steps, which keep their places around everything.
  for (size_t i = 0; i < steps.size(); ++i) {
    if (steps[i].placement == Placement::kByGraph) {
      continue;
    }
    for (size_t other = 0; other < steps.size(); ++other) {
      ObjectKind kind = steps[other].step.object.kind;
      if (kind == ObjectKind::kEventTrigger || kind == ObjectKind::kDefaultPrivileges ||
          steps[other].placement == steps[i].placement) {
        continue;
      }
      if (steps[i].placement == Placement::kFirst) {
        edge(i, other);
      } else {
        edge(other, i);
      }
    }
  }
  // Default privileges change after everything else, so that what the plan creates gets the
  // default privileges the database had, which the privilege steps start from.
  for (size_t i = 0; i < steps.size(); ++i) {
    if (steps[i].step.object.kind == ObjectKind::kDefaultPrivileges) {
      for (size_t before = 0; before < steps.size(); ++before) {
        if (steps[before].step.object.kind != ObjectKind::kDefaultPrivileges) {
          edge(before, i);
        }
      }
    }
  }
  return edges;
}

// Components returns the strongly connected components of more than one step.
std::vector<std::vector<size_t>> Cycles(size_t count, const Edges& edges) {
  Graph graph(count);
  for (const auto& [from, to] : edges) {
    boost::add_edge(from, to, graph);
  }
  std::vector<int> component(count);
  int components = boost::strong_components(graph, component.data());
  std::vector<std::vector<size_t>> members(static_cast<size_t>(components));
  for (size_t i = 0; i < count; ++i) {
    members[static_cast<size_t>(component[i])].push_back(i);
  }
  std::vector<std::vector<size_t>> out;
  for (auto& group : members) {
    if (group.size() > 1) {
      out.push_back(std::move(group));
    }
  }
  return out;
}

int KindRank(const Step& step) {
  // ObjectKind lists the kinds in the order they are created; drops go the other way round.
  int rank = static_cast<int>(step.target.kind);
  return step.action == Action::kDrop ? -rank : rank;
}

int ActionRank(Action action) {
  switch (action) {
    case Action::kDrop:
      return 0;
    case Action::kAlter:
      return 1;
    case Action::kCreate:
      return 2;
  }
  return 3;
}

}  // namespace

std::vector<Step> OrderSteps(const Context& context, std::vector<PlannedStep> steps,
                             base::DiagnosticSink& sink) {
  Edges edges = BuildEdges(context, steps);
  std::vector<std::vector<size_t>> cycles = Cycles(steps.size(), edges);
  if (!cycles.empty()) {
    // Tables whose foreign keys link them in a cycle: add (or drop) the keys on their own.
    for (const auto& cycle : cycles) {
      for (size_t i : cycle) {
        if (!steps[i].foreign_keys.empty()) {
          std::vector<PlannedStep> detached;
          DetachForeignKeys(context, steps[i], detached);
          for (PlannedStep& step : detached) {
            steps.push_back(std::move(step));
          }
        }
      }
    }
    edges = BuildEdges(context, steps);
    cycles = Cycles(steps.size(), edges);
  }
  if (!cycles.empty()) {
    for (const auto& cycle : cycles) {
      std::vector<std::string> names;
      for (size_t i : cycle) {
        const Step& step = steps[i].step;
        std::string name = catalog::QualifiedName{step.target.schema, step.target.name}.Text();
        if (!step.target.sub_name.empty()) {
          name += "." + step.target.sub_name;
        }
        names.push_back(fmt::format("{} {} {}", ActionName(step.action),
                                    catalog::KindName(step.target.kind), name));
      }
      sink.Error("plan-cycle", {},
                 fmt::format("these changes depend on each other in a cycle: {}; split the "
                             "change into two migrations",
                             fmt::join(names, ", ")));
    }
    return {};
  }

  std::vector<std::vector<size_t>> successors(steps.size());
  std::vector<size_t> in_degree(steps.size(), 0);
  for (const auto& [from, to] : edges) {
    successors[from].push_back(to);
    ++in_degree[to];
  }
  using Priority = std::tuple<int, int, ObjectKey, size_t>;
  auto priority = [&](size_t i) {
    const Step& step = steps[i].step;
    return Priority{ActionRank(step.action), KindRank(step), step.target, i};
  };
  std::priority_queue<Priority, std::vector<Priority>, std::greater<>> ready;
  for (size_t i = 0; i < steps.size(); ++i) {
    if (in_degree[i] == 0) {
      ready.push(priority(i));
    }
  }
  std::vector<Step> ordered;
  ordered.reserve(steps.size());
  while (!ready.empty()) {
    size_t i = std::get<3>(ready.top());
    ready.pop();
    ordered.push_back(std::move(steps[i].step));
    for (size_t next : successors[i]) {
      if (--in_degree[next] == 0) {
        ready.push(priority(next));
      }
    }
  }
  return ordered;
}

}  // namespace schemac::plan
