#include "settle.h"

#include <thread>

namespace schemac::bench {

void Settle::Wait() {
  const auto until = last_deletion_ + std::chrono::duration_cast<Clock::duration>(
                                          std::chrono::duration<double>(seconds_));
  const auto now = Clock::now();
  if (until > now) {
    waited_ += std::chrono::duration<double>(until - now).count();
    std::this_thread::sleep_until(until);
  }
}

}  // namespace schemac::bench
