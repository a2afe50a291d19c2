#include "schemac/plan/plan.h"

namespace schemac::plan {

Migration PlanMigration(const catalog::Catalog& /*from*/, const catalog::Catalog& /*to*/,
                        base::DiagnosticSink& /*sink*/) {
  return {};
}

}  // namespace schemac::plan
