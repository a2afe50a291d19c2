// Waiting for the file system to settle between steps that delete and create many files.
//
// On ext4 without a journal (as on some virtual machines), allocating an inode skips the inodes
// deleted in the last seconds, reading each one's inode table block to find out. Right after a
// step deleted tens of thousands of files (a plan drops its scratch database, a size's server is
// removed), creating as many again is several times slower: loading 5,000 tables into a scratch
// database took 9.7 s with the file system settled and 17 to 21 s within 20 s of the previous
// plan's clean-up, on the machine the benchmark was written on. So that every step is measured
// under the same conditions, a step that creates many files starts only once `seconds` have
// passed since the last step that deleted many.
#pragma once

#include <chrono>

namespace schemac::bench {

class Settle {
 public:
  // The run starts as if files had just been deleted: what ran before it is unknown.
  explicit Settle(double seconds) : seconds_(seconds), last_deletion_(Clock::now()) {}

  // Deleted records that a step that deleted many files has just ended.
  void Deleted() { last_deletion_ = Clock::now(); }
  // Wait sleeps until `seconds` have passed since the last deletion.
  void Wait();
  // Waited returns the seconds Wait slept in all.
  double waited() const { return waited_; }

 private:
  using Clock = std::chrono::steady_clock;
  double seconds_;
  Clock::time_point last_deletion_;
  double waited_ = 0;
};

}  // namespace schemac::bench
