#include "connection.h"

#include <atomic>
#include <random>

#include <fmt/format.h>
#include <unistd.h>

namespace schemac::normalize {

std::string ScratchDatabaseName() {
  static std::atomic<unsigned> counter{0};
  std::random_device random;
  return fmt::format("schemac_scratch_{}_{}_{:08x}", getpid(), counter++,
                     static_cast<uint32_t>(random()));
}

}  // namespace schemac::normalize
