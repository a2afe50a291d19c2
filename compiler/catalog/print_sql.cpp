#include <fmt/format.h>

#include "schemac/catalog/print.h"
#include "schemac/catalog/statements.h"

namespace schemac::catalog {

std::string PrintSql(const Catalog& catalog) {
  // Each group gets a title line; a blank line separates groups.
  std::string out;
  const CreateStatement* previous = nullptr;
  for (const CreateStatement& statement : CreateStatements(catalog)) {
    if (previous == nullptr || previous->group != statement.group) {
      out += fmt::format("{}-- {}\n", out.empty() ? "" : "\n", GroupTitle(statement.group));
    }
    out += statement.sql;
    out += '\n';
    previous = &statement;
  }
  return out;
}

}  // namespace schemac::catalog
