// Differs for foreign-data wrappers, servers and user mappings: options, a wrapper's functions, a
// server's version and comments change in place (ALTER ... OPTIONS, HANDLER, VALIDATOR,
// VERSION); a server that comes to use another wrapper or to have another type is dropped and
// created again, with what uses it.
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {
namespace {

void AddOptionsAndComment(const auto& a, const auto& b, Change& change) {
  if (a.options != b.options) {
    change.properties.push_back(Property::kStorageOptions);
  }
  if (a.comment != b.comment) {
    change.properties.push_back(Property::kComment);
  }
}

}  // namespace

void DiffForeignData(const catalog::Catalog& from, const catalog::Catalog& to,
                     std::vector<Change>& out) {
  DiffEach(from.foreign_data_wrappers, to.foreign_data_wrappers, out,
           catalog::ForeignDataWrapperKey,
           [&](const catalog::ObjectKey& key, const catalog::ForeignDataWrapper& a,
               const catalog::ForeignDataWrapper& b) {
             Change change{ChangeKind::kAlter, key, {}};
             if (a.functions != b.functions) {
               change.properties.push_back(Property::kDefinition);
             }
             AddOptionsAndComment(a, b, change);
             out.push_back(std::move(change));
           });
  DiffEach(from.servers, to.servers, out, catalog::ServerKey,
           [&](const catalog::ObjectKey& key, const catalog::ForeignServer& a,
               const catalog::ForeignServer& b) {
             if (a.wrapper != b.wrapper || a.type != b.type) {
               out.push_back({ChangeKind::kRecreate, key, {}});
               return;
             }
             Change change{ChangeKind::kAlter, key, {}};
             if (a.version != b.version) {
               change.properties.push_back(Property::kVersion);
             }
             AddOptionsAndComment(a, b, change);
             out.push_back(std::move(change));
           });
  DiffEach(from.user_mappings, to.user_mappings, out, catalog::UserMappingKey,
           [&](const catalog::ObjectKey& key, const catalog::UserMapping& a,
               const catalog::UserMapping& b) {
             Change change{ChangeKind::kAlter, key, {}};
             if (a.options != b.options) {
               change.properties.push_back(Property::kStorageOptions);
             }
             out.push_back(std::move(change));
           });
}

}  // namespace schemac::diff
