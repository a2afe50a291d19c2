// The origins of a catalog's objects kept apart from the objects, so that a large compiled
// catalog can be freed while its normalised twin is read back from the scratch database.
#pragma once

#include <map>

#include "schemac/base/source.h"
#include "schemac/catalog/catalog.h"

namespace schemac::normalize {

class Origins {
 public:
  explicit Origins(const catalog::Catalog& catalog);
  // ApplyTo sets the origin of every object of `target` that the catalog held under the same
  // key (an extension: the same name, wherever the server installed it), its owner to the one the
  // catalog names (none when it names none), a materialized view's WITH [NO] DATA, the hints of
  // every
  // such column and the written text of every such check (Constraint::written_expression);
  // other objects keep theirs, but for the parts of a table the catalog did not hold (what
  // LIKE copied, say), which take their table's place.
  // The origin of function `name` matches by name and arguments, or, when the compiler wrote
  // the argument types otherwise than the server (a type it could not resolve), by name alone if
  // one function of that name was declared.
  void ApplyTo(catalog::Catalog& target) const;
  // WrittenFunction returns the statement a function was declared with, if it was.
  const catalog::Written* WrittenFunction(const catalog::FunctionName& name) const;

 private:
  // The name function `name` was declared under: the same, or the only one of its name.
  const catalog::FunctionName* DeclaredAs(const catalog::FunctionName& name) const;
  // Where the table `object` (a column, constraint, index, ...) belongs to was declared, if it was.
  template <typename Object>
  std::optional<base::SourceRange> TableRange(const catalog::ObjectKey& key,
                                              const Object& object) const;

  std::map<catalog::ObjectKey, catalog::Origin> origins_;
  std::map<catalog::FunctionName, catalog::Written> functions_;
  std::map<catalog::ObjectKey, catalog::ColumnHints> column_hints_;  // the columns that have any
  std::map<catalog::ObjectKey, std::string> check_texts_;  // checks, as the files wrote them
  std::map<catalog::ObjectKey, std::string> owners_;       // the owners the files name
  // Views: WITH [NO] DATA as the files say (the scratch database creates them WITH NO DATA).
  std::map<catalog::ObjectKey, bool> with_data_;
  // Where the privileges of each object named by a GRANT or REVOKE come from, and of the objects
  // of each schema named by ON ALL ... IN SCHEMA.
  std::map<catalog::ObjectKey, base::SourceRange> privileges_;
  std::map<std::string, base::SourceRange> schema_privileges_;
};

}  // namespace schemac::normalize
