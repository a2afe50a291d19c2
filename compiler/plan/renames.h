// Renames: objects the schema files say were called otherwise until now
// (`-- schemac:renamed-from`), and the names PostgreSQL derived from a renamed table's or
// column's name (a key's, an index's, a serial sequence's). A plan renames them first, then
// diffs the renamed state against the desired one, so that a rename never drops and creates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/catalog/catalog.h"
#include "schemac/plan/plan.h"

namespace schemac::plan {

// Rename is one object renamed, from its key in the current state to its key in the desired
// one (the same kind, schema and, for a part, table), in the order the plan runs them. A label
// of an enum type is renamed under the type's key with the label as sub-name.
struct Rename {
  catalog::ObjectKey from;
  catalog::ObjectKey to;
  // Where the files ask for it: the declaration of the renamed object. Invalid for a name
  // derived from another renamed object's.
  base::SourceRange origin;
};

// FindRenames returns the renames the annotations of `desired` ask for against `current`, with
// the names derived from them, and reports into `sink` an annotation whose old object
// `current` lacks (`unknown-rename`, an error), one whose rename is done already
// (`stale-rename`, a warning), two that rename one object (`duplicate-rename`), renames that
// exchange names (`rename-cycle`, once per cycle), and a drop and a create alike enough to be a
// rename no annotation asked for (`possible-rename`, a warning).
std::vector<Rename> FindRenames(const catalog::Catalog& current, const catalog::Catalog& desired,
                                base::DiagnosticSink& sink);

// RenameObjects returns `catalog` with the renames applied in order, as the server would hold it
// after them (names, the references to them, and the expressions that print them), or, with
// `reverse`, with each renamed back, in the opposite order. With `steps`, it appends the step
// that runs each.
catalog::Catalog RenameObjects(catalog::Catalog catalog, const std::vector<Rename>& renames,
                               bool reverse, std::vector<Step>* steps);

// RewriteQualified returns `text` (SQL as the server prints it under an empty search_path)
// with every reference to `schema`.`old_name` (as a qualified name, or inside a literal cast to
// regclass or regconfig) made one to `schema`.`new_name`.
std::string RewriteQualified(std::string_view text, std::string_view schema,
                             std::string_view old_name, std::string_view new_name);
// RewriteSchema returns `text` with every name qualified by schema `old_schema` (and every
// 'old_schema.name'::regclass or ::regconfig) qualified by `new_schema` instead.
std::string RewriteSchema(std::string_view text, std::string_view old_schema,
                          std::string_view new_schema);
// RewriteColumn returns an expression of one table with its column `old_name` called
// `new_name`: the bare names, not qualified ones, function names or types after "::".
std::string RewriteColumn(std::string_view text, std::string_view old_name,
                          std::string_view new_name);
// RewriteLabel returns `text` with every constant of enum type `schema`.`type` whose label is
// `old_label` ('old_label'::schema.type) made one of `new_label`.
std::string RewriteLabel(std::string_view text, std::string_view schema, std::string_view type,
                         std::string_view old_label, std::string_view new_label);
// RewriteDefinedName returns a definition ("CREATE TRIGGER name ...", "CREATE RULE name ...")
// with the name after `keyword` changed from `old_name` to `new_name`.
std::string RewriteDefinedName(std::string_view text, std::string_view keyword,
                               std::string_view old_name, std::string_view new_name);

}  // namespace schemac::plan
