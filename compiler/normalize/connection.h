// Names for scratch databases.
#pragma once

#include <string>

namespace schemac::normalize {

// ScratchDatabaseName returns a name no other call returns, in this process or another:
// `schemac_scratch_<pid>_<counter>_<random hex>`.
std::string ScratchDatabaseName();

}  // namespace schemac::normalize
