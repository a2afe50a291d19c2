// Steps for text search dictionaries and configurations: CREATE (with a configuration's
// mappings), DROP, a configuration's mappings changed one token type at a time, and comments.
#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

const catalog::TextSearch& Find(const catalog::Catalog& catalog, const ObjectKey& key) {
  return catalog::TextSearchObjects(catalog, key.kind).at({key.schema, key.name});
}

// The statements that take a configuration's mappings from `from` to `to`, by token type.
std::vector<std::string> MappingChanges(const catalog::TextSearch& from,
                                        const catalog::TextSearch& to) {
  std::vector<std::string> out;
  std::set<std::string> tokens;
  for (const auto* mappings : {&from.mappings, &to.mappings}) {
    for (const auto& [token, dictionaries] : *mappings) {
      tokens.insert(token);
    }
  }
  auto find = [](const catalog::TextSearch& object, const std::string& token) {
    auto it = object.mappings.find(token);
    return it == object.mappings.end() ? std::nullopt : std::optional<std::string>(it->second);
  };
  for (const std::string& token : tokens) {
    std::optional<std::string> before = find(from, token);
    std::optional<std::string> after = find(to, token);
    if (before != after) {
      out.push_back(catalog::TextSearchMappingSql(to.name, token, before, after));
    }
  }
  return out;
}

}  // namespace

void BuildTextSearchSteps(const Context& context, const diff::Change& change,
                          std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  std::string_view word = catalog::KindName(change.key.kind);
  std::string target = catalog::TextSearchTarget(change.key.kind, name);
  if (DropWhole(change, word, target, out)) {
    return;
  }
  const catalog::TextSearch& object = Find(context.to, change.key);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, word, target, object.origin, catalog::CreateTextSearchSql(object),
                object.comment, out);
    return;
  }
  const catalog::TextSearch& old_object = Find(context.from, change.key);
  out.push_back(PartsAndCommentStep(context, change, target, object.origin, "change mappings",
                                    MappingChanges(old_object, object), old_object.comment,
                                    object.comment));
}

}  // namespace schemac::plan
