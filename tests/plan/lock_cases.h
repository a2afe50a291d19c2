// Migrations that make every kind of step the planner writes, with the lock each up step takes
// and its hazards; shared by the table test and the test that checks the locks on a server.
#pragma once

#include <string>
#include <vector>

namespace schemac::testing {

struct LockCase {
  std::string name;
  std::string from;  // the schema before, as SQL
  std::string to;    // the schema after
  // The up plan, one line per step: "<description> | <lock> | <hazard codes, comma separated>".
  std::vector<std::string> up;
};

std::vector<LockCase> LockCases();

}  // namespace schemac::testing
