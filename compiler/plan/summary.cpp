#include <map>

#include "schemac/plan/plan.h"

namespace schemac::plan {

std::vector<ObjectChange> GroupByObject(const Plan& plan) {
  std::map<catalog::ObjectKey, ObjectChange> groups;
  for (const Step& step : plan.steps) {
    ObjectChange& group = groups[step.object];
    group.object = step.object;
    group.steps.push_back(&step);
    if (step.target == step.object && step.action != Action::kAlter) {
      // An object both dropped and created (recreated) is an object to alter.
      bool both = (group.action == Action::kCreate && step.action == Action::kDrop) ||
                  (group.action == Action::kDrop && step.action == Action::kCreate);
      group.action = both ? Action::kAlter : step.action;
    }
    if (!group.origin.valid() && step.target == step.object && step.origin.valid()) {
      group.origin = step.origin;
    }
  }
  std::vector<ObjectChange> out;
  out.reserve(groups.size());
  for (auto& [key, group] : groups) {
    out.push_back(std::move(group));
  }
  return out;
}

Summary Summarize(const Plan& plan) {
  Summary summary;
  for (const ObjectChange& change : GroupByObject(plan)) {
    switch (change.action) {
      case Action::kCreate:
        ++summary.create;
        break;
      case Action::kDrop:
        ++summary.drop;
        break;
      case Action::kAlter:
        ++summary.alter;
        break;
    }
  }
  return summary;
}

}  // namespace schemac::plan
