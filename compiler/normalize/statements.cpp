#include "schemac/catalog/statements.h"

#include "schemac/normalize/normalize.h"

namespace schemac::normalize {

std::vector<LoadStatement> LoadStatements(const catalog::Catalog& catalog) {
  std::vector<LoadStatement> statements;
  for (catalog::CreateStatement& statement :
       catalog::CreateStatements(catalog, catalog::ExpressionForm::kWritten)) {
    statements.push_back({std::move(statement.sql), std::move(statement.origin),
                          std::move(statement.line_origins), statement.group,
                          std::move(statement.subject), std::move(statement.search_path),
                          std::move(statement.written)});
  }
  return statements;
}

}  // namespace schemac::normalize
