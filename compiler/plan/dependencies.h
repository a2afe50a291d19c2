// What each object of a catalog depends on: the edges the planner orders steps by. The catalog's
// shape gives some (an object depends on its schema, a part on its table, a key or an index on
// the columns it lists, a foreign key on the key it references); the server gives the rest
// (what expressions call, read and cast to, the types of columns), as it recorded them in
// pg_depend for the database the catalog was read from. Expressions are never scanned for names.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "schemac/catalog/catalog.h"
#include "schemac/catalog/objects.h"

#include "key_graph.h"

namespace schemac::plan {

using catalog::ObjectKey;
using catalog::ObjectKind;

// The sub-name of a sequence's ownership, an object of its own: a sequence is created before
// the table whose default uses it, and owned by one of its columns after that.
inline constexpr std::string_view kOwnedBy = " owned by";

using catalog::ColumnKey;
using catalog::ConstraintKey;
using catalog::EnumKey;
using catalog::IndexKeyOf;
using catalog::ParentKey;  // also the sequence of an ownership
using catalog::SchemaKey;
using catalog::SequenceKey;
using catalog::TableKey;
ObjectKey OwnedByKey(const catalog::QualifiedName& sequence);

// SequencesInExpression returns the sequences named by nextval('...'::regclass) calls in a
// server-printed expression, or by nextval('...') calls in a compiled one: what a column's
// values come from (sequences.h), not what orders steps.
std::vector<catalog::QualifiedName> SequencesInExpression(std::string_view expression);

// DependencyIndex holds, for one catalog, what every object depends on and the reverse.
class DependencyIndex {
 public:
  explicit DependencyIndex(const catalog::Catalog& catalog);

  std::vector<ObjectKey> DependenciesOf(const ObjectKey& key) const;
  std::vector<ObjectKey> DependentsOf(const ObjectKey& key) const;

  // UsesItsTable says whether `part`, a column (its default) or a check constraint, calls a
  // function or an aggregate that uses the part's own table, directly or through other objects
  // (a default calling a function whose SQL-standard body reads the table): no CREATE TABLE can
  // hold such a part, since neither can be created first; it is set by a statement of its own.
  bool UsesItsTable(const ObjectKey& part) const;
  // PartsUsingTheirTable returns the columns and check constraints of `catalog` (whose index this
  // is) that UsesItsTable.
  std::set<ObjectKey> PartsUsingTheirTable(const catalog::Catalog& catalog) const;

 private:
  void Add(const ObjectKey& from, const ObjectKey& to);
  void AddTable(const catalog::Catalog& catalog, const catalog::Table& table);

  KeyGraph graph_;  // an edge from each object to what it depends on
};

// EnumOfType returns the enum type a column type names ("s.e" or "s.e[]"), if the catalog has it.
const catalog::EnumType* EnumOfType(const catalog::Catalog& catalog, const std::string& type);

// ReferencedKey returns the name of the primary key or unique constraint of the referenced table
// whose columns a foreign key references, or "" when there is none (a unique index then).
std::string ReferencedKey(const catalog::Catalog& catalog, const catalog::Constraint& foreign_key);

}  // namespace schemac::plan
