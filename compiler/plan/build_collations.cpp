// Steps for collations, conversions and access methods: CREATE, DROP, and comments.
#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {

void BuildCollationSteps(const Context& context, const diff::Change& change,
                         std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  BuildWholeSteps(
      context, change, "collation", "COLLATION " + name.Quoted(), &catalog::Catalog::collations,
      name,
      [](const catalog::Collation& collation) { return catalog::CreateCollationSql(collation); },
      out);
}

void BuildConversionSteps(const Context& context, const diff::Change& change,
                          std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  BuildWholeSteps(
      context, change, "conversion", "CONVERSION " + name.Quoted(), &catalog::Catalog::conversions,
      name,
      [](const catalog::Conversion& conversion) {
        return catalog::CreateConversionSql(conversion);
      },
      out);
}

void BuildAccessMethodSteps(const Context& context, const diff::Change& change,
                            std::vector<PlannedStep>& out) {
  BuildWholeSteps(
      context, change, "access method", "ACCESS METHOD " + base::QuoteIdentifier(change.key.name),
      &catalog::Catalog::access_methods, change.key.name,
      [](const catalog::AccessMethod& method) { return catalog::CreateAccessMethodSql(method); },
      out);
}

}  // namespace schemac::plan
