// The planner: diff two catalogs, widen the changes to what PostgreSQL forces (an object that
// depends on a recreated one is recreated with it), build the steps and order them.
#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/privileges.h"
#include "schemac/plan/plan.h"

#include "builder.h"
#include "order.h"
#include "renames.h"
#include "sequences.h"

namespace schemac::plan {
namespace {

using diff::Change;
using diff::ChangeKind;

// ServerLiteral returns `value` as the server prints a literal in an expression (with
// standard_conforming_strings on, as every schemac session pins it): quotes doubled.
std::string ServerLiteral(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    out += c;
    if (c == '\'') {
      out += c;
    }
  }
  return out + "'";
}

// Whether an expression of `to` uses a label that the plan adds to enum `name`. PostgreSQL
// refuses to use a label in the transaction that added it, so such an enum is recreated.
bool UsesAddedLabel(const catalog::Catalog& from, const catalog::Catalog& to,
                    const catalog::QualifiedName& name) {
  const std::vector<std::string>& old_labels = from.enums.at(name).labels;
  std::vector<std::string> needles;
  for (const std::string& label : to.enums.at(name).labels) {
    if (std::find(old_labels.begin(), old_labels.end(), label) == old_labels.end()) {
      needles.push_back(ServerLiteral(label) + "::" + name.Quoted());
    }
  }
  auto uses = [&](const std::optional<std::string>& expression) {
    if (!expression) {
      return false;
    }
    return std::any_of(needles.begin(), needles.end(), [&](const std::string& needle) {
      return expression->find(needle) != std::string::npos;
    });
  };
  for (const auto& [table_name, table] : to.tables) {
    for (const catalog::Column& column : table.columns) {
      if (uses(column.default_expression) || uses(column.generated_expression)) {
        return true;
      }
    }
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (uses(constraint.expression)) {
        return true;
      }
    }
  }
  for (const auto& [index_name, index] : to.indexes) {
    if (uses(index.predicate)) {
      return true;
    }
    for (const catalog::IndexKey& key : index.keys) {
      if (uses(key.expression)) {
        return true;
      }
    }
  }
  // The other expressions the server parses when the plan creates their objects.
  auto any_uses = [&](const auto& objects, auto texts) {
    return std::any_of(objects.begin(), objects.end(), [&](const auto& entry) {
      for (const std::optional<std::string>& text : texts(entry.second)) {
        if (uses(text)) {
          return true;
        }
      }
      return false;
    });
  };
  using Texts = std::vector<std::optional<std::string>>;
  if (any_uses(to.policies,
               [](const catalog::Policy& p) {
                 return Texts{p.using_expression, p.check_expression};
               }) ||
      any_uses(to.triggers, [](const catalog::Trigger& t) { return Texts{t.definition}; }) ||
      any_uses(to.rules, [](const catalog::Rule& r) { return Texts{r.definition}; }) ||
      any_uses(to.statistics, [](const catalog::Statistics& st) { return Texts{st.definition}; }) ||
      any_uses(to.views, [](const catalog::View& v) { return Texts{v.query}; }) ||
      any_uses(to.functions, [](const catalog::Function& f) { return Texts{f.definition}; }) ||
      any_uses(to.domains, [](const catalog::Domain& d) {
        Texts texts{d.default_expression};
        for (const auto& [check_name, check] : d.checks) {
          texts.emplace_back(check);
        }
        return texts;
      })) {
    return true;
  }
  // A partition's bound on a key of the type, which the server prints without the cast.
  std::string type = name.Quoted();
  for (const auto& [table_name, table] : to.tables) {
    auto parent = table.partition_of ? to.tables.find(*table.partition_of) : to.tables.end();
    if (parent == to.tables.end() ||
        std::none_of(parent->second.columns.begin(), parent->second.columns.end(),
                     [&](const catalog::Column& column) { return column.type == type; })) {
      continue;
    }
    for (const std::string& label : to.enums.at(name).labels) {
      if (std::find(old_labels.begin(), old_labels.end(), label) == old_labels.end() &&
          table.partition_bound.find(ServerLiteral(label)) != std::string::npos) {
        return true;
      }
    }
  }
  return false;
}

// Reports each object (or part of one) that `changes` drop, or drop to create again, and that an
// object `from` does not hold uses (one not managed, or excluded): PostgreSQL would refuse the
// drop; and each column they give another type under a view, rule, policy, trigger or function
// `from` does not hold, which PostgreSQL refuses too.
void CheckUsedByOthers(const catalog::Catalog& from, const catalog::Catalog& to,
                       const diff::ChangeSet& changes, base::DiagnosticSink& sink) {
  for (const Change& change : changes.changes) {
    bool removes = change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate;
    bool retypes = change.kind == ChangeKind::kAlter && change.key.kind == ObjectKind::kColumn &&
                   diff::Has(change, diff::Property::kType);
    if (!removes && !retypes) {
      continue;
    }
    std::vector<std::string> users;
    for (const auto& [used, by] : from.used_by_others.value) {
      if (used != change.key && catalog::ParentKey(used) != change.key) {
        continue;
      }
      for (const catalog::OtherUser& user : by) {
        if (removes || user.blocks_retype) {
          users.push_back(user.title);
        }
      }
    }
    if (users.empty()) {
      continue;
    }
    base::SourceRange range;
    catalog::VisitObject(to, change.key, [&](const auto& object) {
      if constexpr (requires { object.origin.range; }) {
        range = object.origin.range;
      }
    });
    bool one = users.size() == 1;
    std::string what = retypes                                ? "would get another type"
                       : change.kind == ChangeKind::kRecreate ? "would be dropped and created again"
                                                              : "would be dropped";
    sink.Error(
        "used-by-unmanaged", range,
        fmt::format("{} {} {}, but {}, which the plan leaves alone, {} it, and PostgreSQL "
                    "refuses that while {} there; keep it in the schema files as the "
                    "database has it, or change or drop what uses it by hand first",
                    catalog::KindName(change.key.kind), catalog::KeyText(change.key), what,
                    fmt::join(users, ", "), one ? "uses" : "use", one ? "it is" : "they are"));
  }
}

Plan PlanOneWay(const catalog::Catalog& from, const catalog::Catalog& to, diff::ChangeSet changes,
                const DependencyIndex& from_dependencies, const DependencyIndex& to_dependencies,
                bool down, const catalog::Catalog& creator_defaults, const PlanOptions& options,
                base::DiagnosticSink& sink) {
  for (Change& change : changes.changes) {
    if (change.key.kind == ObjectKind::kEnum && diff::Has(change, diff::Property::kLabels) &&
        UsesAddedLabel(from, to, {change.key.schema, change.key.name})) {
      change = {ChangeKind::kRecreate, change.key, {}};
    }
  }
  // Privileges are steps of their own, after what they are on: taken out of the changes that
  // the kinds' builders and the forced recreates see.
  // So are the index a table is clustered on and its replica identity, after that index.
  std::vector<ObjectKey> privileges_changed;
  std::vector<ObjectKey> clustering_changed;
  std::vector<ObjectKey> replica_changed;
  std::erase_if(changes.changes, [&](Change& change) {
    for (auto [property, keys] : {std::pair{diff::Property::kPrivileges, &privileges_changed},
                                  std::pair{diff::Property::kClusterOn, &clustering_changed},
                                  std::pair{diff::Property::kReplicaIdentity, &replica_changed}}) {
      auto it = std::find(change.properties.begin(), change.properties.end(), property);
      if (it != change.properties.end()) {
        change.properties.erase(it);
        keys->push_back(change.key);
        if (change.properties.empty()) {
          return true;
        }
      }
    }
    return false;
  });
  AddForcedRecreates(from, to, from_dependencies, to_dependencies, changes.changes);
  CheckUsedByOthers(from, to, changes, sink);
  Context context{from, to, from_dependencies, to_dependencies, down, sink, {}, {}, {}};
  context.creator_defaults = &creator_defaults;
  context.manage_owners = options.manage_owners;
  for (const Change& change : changes.changes) {
    if (change.kind == ChangeKind::kAlter && change.key.kind == ObjectKind::kColumn) {
      const catalog::Column* old = FindColumn(from, change.key);
      const catalog::Column* column = FindColumn(to, change.key);
      // A partition's column that its parent's new column makes has no old state.
      std::optional<Handover> handover =
          old != nullptr ? FindHandover(from, to, *old, *column) : std::nullopt;
      if (handover && !handover->from.identity) {
        context.handed_over.insert(handover->from.sequence);
      }
    }
    if (change.kind == ChangeKind::kDrop &&
        (change.key.kind == ObjectKind::kTable || change.key.kind == ObjectKind::kColumn ||
         change.key.kind == ObjectKind::kMaterializedView)) {
      context.dropped.insert(change.key);
    }
    if (change.kind == ChangeKind::kRecreate && change.key.kind == ObjectKind::kEnum) {
      context.recreated_enums.insert({change.key.schema, change.key.name});
    }
  }
  std::vector<PlannedStep> steps;
  for (const Change& change : changes.changes) {
    switch (change.key.kind) {
      case ObjectKind::kSchema:
        BuildSchemaSteps(context, change, steps);
        break;
      case ObjectKind::kExtension:
        BuildExtensionSteps(context, change, steps);
        break;
      case ObjectKind::kEnum:
        BuildEnumSteps(context, change, steps);
        break;
      case ObjectKind::kSequence:
        BuildSequenceSteps(context, change, steps);
        break;
      case ObjectKind::kTable:
        BuildTableSteps(context, change, steps);
        break;
      case ObjectKind::kColumn:
        BuildColumnSteps(context, change, steps);
        break;
      case ObjectKind::kConstraint:
        BuildConstraintSteps(context, change, steps);
        break;
      case ObjectKind::kIndex:
        BuildIndexSteps(context, change, steps);
        break;
      case ObjectKind::kView:
      case ObjectKind::kMaterializedView:
        BuildViewSteps(context, change, steps);
        break;
      case ObjectKind::kFunction:
      case ObjectKind::kAggregate:
        BuildFunctionSteps(context, change, steps);
        break;
      case ObjectKind::kTrigger:
        BuildTriggerSteps(context, change, steps);
        break;
      case ObjectKind::kDomain:
        BuildDomainSteps(context, change, steps);
        break;
      case ObjectKind::kComposite:
        BuildCompositeSteps(context, change, steps);
        break;
      case ObjectKind::kRange:
        BuildRangeSteps(context, change, steps);
        break;
      case ObjectKind::kPolicy:
        BuildPolicySteps(context, change, steps);
        break;
      case ObjectKind::kRule:
        BuildRuleSteps(context, change, steps);
        break;
      case ObjectKind::kStatistics:
        BuildStatisticsSteps(context, change, steps);
        break;
      case ObjectKind::kCollation:
        BuildCollationSteps(context, change, steps);
        break;
      case ObjectKind::kDefaultPrivileges:
        BuildDefaultPrivilegesSteps(context, change, steps);
        break;
      case ObjectKind::kTextSearchDictionary:
      case ObjectKind::kTextSearchConfiguration:
      case ObjectKind::kTextSearchParser:
      case ObjectKind::kTextSearchTemplate:
        BuildTextSearchSteps(context, change, steps);
        break;
      case ObjectKind::kEventTrigger:
        BuildEventTriggerSteps(context, change, steps);
        break;
      case ObjectKind::kOperator:
        BuildOperatorSteps(context, change, steps);
        break;
      case ObjectKind::kCast:
        BuildCastSteps(context, change, steps);
        break;
      case ObjectKind::kPublication:
        BuildPublicationSteps(context, change, steps);
        break;
      case ObjectKind::kForeignDataWrapper:
        BuildForeignDataWrapperSteps(context, change, steps);
        break;
      case ObjectKind::kServer:
        BuildServerSteps(context, change, steps);
        break;
      case ObjectKind::kUserMapping:
        BuildUserMappingSteps(context, change, steps);
        break;
      case ObjectKind::kOperatorFamily:
      case ObjectKind::kOperatorClass:
        BuildOperatorClassSteps(context, change, steps);
        break;
      case ObjectKind::kConversion:
        BuildConversionSteps(context, change, steps);
        break;
      case ObjectKind::kAccessMethod:
        BuildAccessMethodSteps(context, change, steps);
        break;
    }
  }
  BuildPrivilegeSteps(context, changes.changes, privileges_changed, steps);
  BuildClusterSteps(context, changes.changes, clustering_changed, replica_changed, steps);
  if (context.manage_owners) {
    BuildOwnerSteps(context, changes.changes, steps);
  }
  Plan plan;
  plan.steps = OrderSteps(context, std::move(steps), sink);
  return plan;
}

}  // namespace

Migration PlanMigration(const catalog::Catalog& from, const catalog::Catalog& desired,
                        base::DiagnosticSink& sink, const PlanOptions& options) {
  // Default privileges FOR ROLE the role that applies are those the database calls its own ("").
  std::optional<catalog::Catalog> resolved;
  if (catalog::NamesRole(desired, from.role.value)) {
    resolved = desired;
    catalog::ResolveApplyingRole(*resolved, from.role.value);
  }
  const catalog::Catalog& to = resolved ? *resolved : desired;
  // Renames run first; the rest of each direction is planned from the renamed state.
  std::vector<Rename> renames = FindRenames(from, to, sink);
  if (sink.has_errors()) {
    return {};
  }
  std::vector<Step> up_renames;
  std::vector<Step> down_renames;
  std::optional<catalog::Catalog> renamed_from;
  std::optional<catalog::Catalog> renamed_to;
  if (!renames.empty()) {
    renamed_from = RenameObjects(from, renames, false, &up_renames);
    renamed_to = RenameObjects(to, renames, true, &down_renames);
  }
  const catalog::Catalog& up_from = renamed_from ? *renamed_from : from;
  const catalog::Catalog& down_from = renamed_to ? *renamed_to : to;
  diff::ChangeSet up = diff::Diff(up_from, to);
  std::vector<ObjectKey> unexplained = diff::UnexplainedDifferences(up_from, to, up);
  if (!unexplained.empty()) {
    for (const ObjectKey& key : unexplained) {
      sink.Error("internal-error", {},
                 fmt::format("{} {} differs between the two states in a way the planner does not "
                             "compare, so no plan can be made; this is a defect in schemac: "
                             "please report it with the schema files and the database's schema",
                             catalog::KindName(key.kind), catalog::KeyText(key)));
    }
    return {};
  }
  if (up.empty() && renames.empty() && !(options.manage_owners && OwnersDiffer(up_from, to))) {
    return {};
  }
  // Both directions read the same dependency indexes, but for renamed states.
  DependencyIndex from_dependencies(up_from);
  DependencyIndex to_dependencies(to);
  std::optional<DependencyIndex> renamed_to_dependencies;
  std::optional<DependencyIndex> original_from_dependencies;
  if (renamed_to) {
    renamed_to_dependencies.emplace(*renamed_to);
    original_from_dependencies.emplace(from);
  }
  Migration migration;
  // Both directions create objects on the database `from` was read from, as its role, before
  // they change default privileges: up under the live ones, down under the desired ones (each
  // after the renames that run first).
  migration.up = PlanOneWay(up_from, to, std::move(up), from_dependencies, to_dependencies, false,
                            up_from, options, sink);
  migration.down =
      PlanOneWay(down_from, from, diff::Diff(down_from, from),
                 renamed_to_dependencies ? *renamed_to_dependencies : to_dependencies,
                 original_from_dependencies ? *original_from_dependencies : from_dependencies, true,
                 down_from, options, sink);
  if (sink.has_errors()) {
    return {};
  }
  // The renames run first, but after the event triggers the plan drops or disables, which come
  // before everything else so that they fire on none of its statements.
  auto insert_renames = [](std::vector<Step>& steps, const std::vector<Step>& planned_renames,
                           const catalog::Catalog& target) {
    auto first = std::find_if(steps.begin(), steps.end(), [&](const Step& step) {
      if (step.object.kind != ObjectKind::kEventTrigger) {
        return true;
      }
      auto trigger = target.event_triggers.find(step.object.name);
      bool disabled = step.action == Action::kAlter && trigger != target.event_triggers.end() &&
                      trigger->second.enabled == 'D';
      return step.action != Action::kDrop && !disabled;
    });
    steps.insert(first, planned_renames.begin(), planned_renames.end());
  };
  insert_renames(migration.up.steps, up_renames, to);
  insert_renames(migration.down.steps, down_renames, from);
  return migration;
}

}  // namespace schemac::plan
