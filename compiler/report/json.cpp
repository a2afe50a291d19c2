#include <nlohmann/json.hpp>

#include "schemac/catalog/objects.h"
#include "schemac/report/report.h"

#include "text.h"

namespace schemac::report {
namespace {

using Json = nlohmann::ordered_json;

Json ObjectJson(const catalog::ObjectKey& key) {
  Json out{{"kind", catalog::Facts(key.kind).token}, {"schema", key.schema}, {"name", key.name}};
  if (catalog::NamedWithArguments(key.kind)) {
    out["arguments"] = key.sub_name;
  }
  if (key.kind == catalog::ObjectKind::kCast) {
    out["target"] = key.sub_name;  // `name` is its source type
  }
  if (key.kind == catalog::ObjectKind::kUserMapping) {
    out["user"] = key.sub_name;  // `name` is its server
  }
  if (catalog::UsesMethod(key.kind)) {
    out["method"] = key.sub_name;
  }
  return out;
}

Json TargetJson(const catalog::ObjectKey& key) {
  Json out = ObjectJson(key);
  out["sub_name"] = key.sub_name;
  return out;
}

Json OriginJson(const base::SourceRange& range) {
  if (!range.valid()) {
    return nullptr;
  }
  return Json{{"file", range.file->path()}, {"line", range.line}, {"column", range.column}};
}

Json StepJson(const plan::Step& step) {
  Json hazards = Json::array();
  for (const plan::HazardNote& note : step.hazards) {
    hazards.push_back(Json{{"code", plan::HazardCode(note.hazard)}, {"reason", note.reason}});
  }
  return Json{{"target", TargetJson(step.target)},
              {"action", plan::ActionName(step.action)},
              {"description", step.description},
              {"origin", OriginJson(step.origin)},
              {"hazards", hazards},
              {"sql", step.statements}};
}

Json ChangeJson(const plan::ObjectChange& change) {
  Json steps = Json::array();
  for (const plan::Step* step : change.steps) {
    steps.push_back(StepJson(*step));
  }
  return Json{{"object", ObjectJson(change.object)},
              {"action", plan::ActionName(change.action)},
              {"origin", OriginJson(change.origin)},
              {"steps", steps}};
}

Json Statements(const plan::Plan& plan) {
  Json out = Json::array();
  for (const plan::Step& step : plan.steps) {
    for (const std::string& statement : step.statements) {
      out.push_back(statement);
    }
  }
  return out;
}

Json UnmanagedJson(const catalog::Unmanaged& unmanaged) {
  Json objects = Json::array();
  Json properties = Json::array();
  for (const catalog::UnmanagedObject& item : unmanaged.items) {
    Json entry{{"kind", item.kind},
               {"schema", item.schema},
               {"name", item.name},
               {"identity", item.identity},
               {"detail", item.detail.empty() ? Json(nullptr) : Json(item.detail)}};
    (item.property ? properties : objects).push_back(std::move(entry));
  }
  return Json{{"count", Json{{"objects", objects.size()}, {"properties", properties.size()}}},
              {"objects", objects},
              {"properties", properties}};
}

Json ExcludedJson(const catalog::Unmanaged& unmanaged) {
  Json rules = Json::array();
  for (const ExcludedRule& rule : ExcludedRules(unmanaged)) {
    rules.push_back(Json{{"rule", rule.rule}, {"origin", rule.origin}, {"count", rule.count}});
  }
  Json objects = Json::array();
  for (const catalog::ExcludedObject& item : unmanaged.excluded) {
    objects.push_back(Json{{"kind", item.kind},
                           {"identity", item.identity},
                           {"rule", item.rule},
                           {"origin", item.origin}});
  }
  return Json{{"count", objects.size()}, {"rules", rules}, {"objects", objects}};
}

}  // namespace

std::string RenderJson(const plan::Migration& migration, const catalog::Unmanaged& unmanaged) {
  plan::Summary summary = plan::Summarize(migration.up);
  Json hazards = Json::array();
  for (plan::Hazard hazard : PlanHazards(migration.up)) {
    hazards.push_back(plan::HazardCode(hazard));
  }
  Json changes = Json::array();
  for (const plan::ObjectChange& change : plan::GroupByObject(migration.up)) {
    changes.push_back(ChangeJson(change));
  }
  Json out = Json{
      {"format", "schemac-plan"},
      {"version", kPlanJsonVersion},
      {"summary",
       Json{{"create", summary.create}, {"alter", summary.alter}, {"drop", summary.drop}}},
      {"hazards", hazards},
      {"unmanaged", UnmanagedJson(unmanaged)},
      {"excluded", ExcludedJson(unmanaged)},
      {"changes", changes},
      {"up", Statements(migration.up)},
      {"down", Statements(migration.down)},
  };
  // Invalid UTF-8 (possible in names read from a database) becomes U+FFFD instead of throwing.
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace schemac::report
