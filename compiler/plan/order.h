// Ordering steps through a dependency graph (Boost.Graph): edges from what each step needs,
// provides and removes; cycles of tables linked by foreign keys are broken by adding (or
// dropping) those foreign keys in steps of their own; the order is Kahn's algorithm with a
// priority tie-break, so the same changes always give the same order.
#pragma once

#include <vector>

#include "schemac/base/diagnostics.h"

#include "builder.h"

namespace schemac::plan {

// OrderSteps returns the steps in an order that respects every dependency, or reports
// `plan-cycle` into `sink` and returns nothing when a cycle cannot be broken.
std::vector<Step> OrderSteps(const Context& context, std::vector<PlannedStep> steps,
                             base::DiagnosticSink& sink);

}  // namespace schemac::plan
