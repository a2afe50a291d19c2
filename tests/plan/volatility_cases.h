// Column defaults and whether PostgreSQL computes them per row, which decides whether adding the
// column writes every row of the table. Shared by the table test of the planner's rule and the
// test that checks each case on a server.
#pragma once

#include <string>
#include <vector>

namespace schemac::testing {

struct VolatilityCase {
  std::string name;
  std::string type;      // the column's type
  std::string default_;  // the default, as written
  bool volatile_ = false;
};

// kVolatilityFunctions creates the functions the cases call besides the built-in ones.
extern const char* const kVolatilityFunctions;

std::vector<VolatilityCase> VolatilityCases();

}  // namespace schemac::testing
