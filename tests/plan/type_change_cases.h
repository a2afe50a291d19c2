// The expected conversion of every pair of the types the planner knows (compiler/plan/types.h),
// shared by the table test and the test that checks the table against a server.
#pragma once

#include <string>
#include <vector>

#include "schemac/catalog/catalog.h"

#include "types.h"

namespace schemac::testing {

// The enum types of the cases, both in schema public: mood ('sad', 'ok', 'happy') and size
// ('ok', 'happy', 'large'), which share two labels.
bool IsCaseEnum(const std::string& type);

// TypeChangeCase is one pair and what the planner must say of it, as one letter:
//   '-' assignment, no loss       'c' USING column::type, no loss    't' USING column::text::type
//   'f' assignment, changes form  'F' USING column::type, changes form
//   'd' assignment, loses content 'D' USING column::type, loses content
//   'x' no conversion (the schema must give one)
struct TypeChangeCase {
  std::string from;
  std::string to;
  char expected = '-';
};

// TypeChangeCases returns every ordered pair of distinct types of the two tables: the scalar
// types, and arrays with the scalars they convert to and from.
std::vector<TypeChangeCase> TypeChangeCases();

// Letter returns the letter of an analysis, as the cases write it.
char Letter(const plan::TypeChange& change);

// CatalogWithColumn returns a catalog of schema public with the enum types of the cases and table
// public.t of one column c of `type`, with `hints`, declared on line `line` of a file t.sql when
// `line` is not 0.
catalog::Catalog CatalogWithColumn(const std::string& type, const catalog::ColumnHints& hints = {},
                                   int line = 0);

}  // namespace schemac::testing
