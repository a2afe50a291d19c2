// Differs for domains: a new base type or collation makes a new domain; a default, NOT NULL,
// checks and the comment change in place (ALTER DOMAIN).
#include "schemac/catalog/objects.h"

#include "diff_internal.h"

namespace schemac::diff {

void DiffDomains(const catalog::Catalog& from, const catalog::Catalog& to,
                 std::vector<Change>& out) {
  DiffEach(from.domains, to.domains, out, catalog::DomainKey,
           [&](const catalog::ObjectKey& key, const catalog::Domain& a, const catalog::Domain& b) {
             if (a.type != b.type || a.collation != b.collation) {
               out.push_back({ChangeKind::kRecreate, key, {}});
               return;
             }
             Change change{ChangeKind::kAlter, key, {}};
             if (a.not_null != b.not_null) {
               change.properties.push_back(Property::kNotNull);
             }
             if (a.default_expression != b.default_expression) {
               change.properties.push_back(Property::kDefault);
             }
             if (a.checks != b.checks || a.unvalidated_checks != b.unvalidated_checks) {
               change.properties.push_back(Property::kChecks);
             }
             if (a.comment != b.comment || a.check_comments != b.check_comments) {
               change.properties.push_back(Property::kComment);
             }
             out.push_back(std::move(change));
           });
}

}  // namespace schemac::diff
