// Differs for composite types: attributes dropped, retyped in place or added after the others
// change in place (ALTER TYPE ... DROP | ALTER | ADD ATTRIBUTE); any other change of the
// attributes (a new order, a renamed attribute in the middle) makes a new type.
#include <algorithm>

#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {
namespace {

const catalog::CompositeAttribute* Find(const catalog::CompositeType& type,
                                        const std::string& name) {
  auto it = std::find_if(type.attributes.begin(), type.attributes.end(),
                         [&](const auto& attribute) { return attribute.name == name; });
  return it == type.attributes.end() ? nullptr : &*it;
}

}  // namespace

bool AlterableAttributes(const catalog::CompositeType& from, const catalog::CompositeType& to) {
  // What ALTER TYPE leaves: the attributes of `from` that `to` keeps, in their order, then the
  // added ones.
  std::vector<std::string> result;
  for (const catalog::CompositeAttribute& attribute : from.attributes) {
    if (Find(to, attribute.name) != nullptr) {
      result.push_back(attribute.name);
    }
  }
  for (const catalog::CompositeAttribute& attribute : to.attributes) {
    if (Find(from, attribute.name) == nullptr) {
      result.push_back(attribute.name);
    }
  }
  return std::equal(result.begin(), result.end(), to.attributes.begin(), to.attributes.end(),
                    [](const std::string& name, const catalog::CompositeAttribute& attribute) {
                      return name == attribute.name;
                    });
}

void DiffComposites(const catalog::Catalog& from, const catalog::Catalog& to,
                    std::vector<Change>& out) {
  DiffEach(from.composites, to.composites, out, catalog::CompositeKey,
           [&](const catalog::ObjectKey& key, const catalog::CompositeType& a,
               const catalog::CompositeType& b) {
             if (!AlterableAttributes(a, b)) {
               out.push_back({ChangeKind::kRecreate, key, {}});
               return;
             }
             Change change{ChangeKind::kAlter, key, {}};
             if (a.attributes != b.attributes) {
               // An attribute dropped or retyped is to what reads it as a column's new type.
               bool loses = std::any_of(
                   a.attributes.begin(), a.attributes.end(), [&](const auto& attribute) {
                     const catalog::CompositeAttribute* kept = Find(b, attribute.name);
                     return kept == nullptr || !(*kept == attribute);
                   });
               if (loses) {
                 change.properties.push_back(Property::kType);
               }
               change.properties.push_back(Property::kAttributes);
             }
             if (a.comment != b.comment || a.attribute_comments != b.attribute_comments) {
               change.properties.push_back(Property::kComment);
             }
             out.push_back(std::move(change));
           });
}

}  // namespace schemac::diff
