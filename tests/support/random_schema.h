// Random pairs of schemas for randomised migration tests.
//
// GenerateRandomPair builds a schema from a seed (schemas, enum types, sequences, tables with
// columns of many types, identity and serial columns, defaults, keys, foreign keys, checks,
// indexes and comments, with quoted names here and there), then applies one to six random
// changes to a copy of it: tables, columns, types, keys, indexes, enum labels, sequence options
// and comments are added, dropped or altered, never renamed. Both schemas are written as plain
// SQL that schemac compiles without diagnostics and psql loads into an empty database.
//
// The output depends on the seed only: the random engine is std::mt19937_64, whose sequence the
// standard fixes, and bounded values are drawn by the generator itself rather than by the
// distributions of the standard library, whose results differ between implementations.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace schemac::testing {

struct RandomSchemaPair {
  std::string from_sql;
  std::string to_sql;
  // One line per change from `from_sql` to `to_sql`, in the order they were made, for failure
  // messages ("add column sales.orders.note text", ...).
  std::vector<std::string> mutations;
};

RandomSchemaPair GenerateRandomPair(uint64_t seed);

// Describe returns the seed, the mutations and both SQL texts, for assertion messages.
std::string Describe(uint64_t seed, const RandomSchemaPair& pair);

}  // namespace schemac::testing
