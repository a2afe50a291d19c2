// Canonical expressions for catalogs read from a database.
#pragma once

#include "schemac/catalog/catalog.h"

namespace schemac::sema {

// CanonicalizeExpressions replaces every expression of `catalog` as the server printed it
// (defaults, generated columns, checks, index expressions and predicates) by the canonical text
// the compiler stores for the same expression, using the column types of its table, so that a
// catalog read from a database compares with a compiled one. A text the canonicaliser does not
// understand is kept as it is.
void CanonicalizeExpressions(catalog::Catalog& catalog);

}  // namespace schemac::sema
