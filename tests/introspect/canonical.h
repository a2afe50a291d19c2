// Canonical expressions in an introspected catalog, for comparison with a compiled one.
#pragma once

#include "schemac/catalog/catalog.h"

namespace schemac::testing {

// CanonicaliseExpressions replaces every expression of `catalog` (defaults, generated columns,
// checks, index expressions and predicates), as the server printed it, by the canonical text
// the compiler stores for it: the text is parsed by the real parser and put through
// sema::CanonicalExpression with the column types of its table.
void CanonicaliseExpressions(catalog::Catalog& catalog);

}  // namespace schemac::testing
