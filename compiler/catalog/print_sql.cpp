#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/print.h"
#include "schemac/catalog/statements.h"

namespace schemac::catalog {

std::string SearchPathSql(const std::vector<std::string>& path) {
  if (path.empty()) {
    return "SET search_path = '';";
  }
  std::string out = "SET search_path = ";
  for (size_t i = 0; i < path.size(); ++i) {
    out += (i == 0 ? "" : ", ") + base::QuoteIdentifier(path[i]);
  }
  return out + ";";
}

std::string PrintSql(const Catalog& catalog, const std::vector<CreateStatement>& statements) {
  // Each group gets a title line; a blank line separates groups. A statement whose expressions
  // were written under another search_path than the one in force gets a SET before it; an
  // expression written under an empty path (pg_dump's) names nothing outside pg_catalog
  // unqualified, and pg_catalog comes first under any path, so it needs none.
  std::string out;
  if (!catalog.functions.empty()) {
    // Function bodies may use what comes after them (as pg_dump's output does).
    out += "SET check_function_bodies = false;\n\n";
  }
  const CreateStatement* previous = nullptr;
  std::vector<std::string> search_path = {"public"};
  for (const CreateStatement& statement : statements) {
    if (previous == nullptr || previous->group != statement.group) {
      out += fmt::format("{}-- {}\n", previous == nullptr ? "" : "\n", GroupTitle(statement.group));
    }
    if (statement.search_path && !statement.search_path->empty() &&
        *statement.search_path != search_path) {
      search_path = *statement.search_path;
      out += SearchPathSql(search_path) + "\n";
    }
    out += statement.sql;
    out += '\n';
    previous = &statement;
  }
  return out;
}

}  // namespace schemac::catalog
