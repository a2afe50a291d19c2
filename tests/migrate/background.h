// Running schemac in the background, to signal it while it works.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <sys/types.h>

namespace schemac::testing {

class Background {
 public:
  // Starts the built schemac with `args` in `cwd`, standard input empty, standard output and
  // error into files, the environment with `env` set on top.
  Background(const std::vector<std::string>& args, const std::filesystem::path& cwd,
             const std::vector<std::pair<std::string, std::string>>& env = {});
  // Kills the process with SIGKILL if it still runs.
  ~Background();
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;

  pid_t pid() const { return pid_; }
  // Running says whether the process has not ended yet.
  bool Running() const;
  // Wait waits up to `timeout` for the process to end and returns its wait status; nullopt when
  // it still runs.
  std::optional<int> Wait(std::chrono::seconds timeout);
  std::string out() const;
  std::string err() const;

 private:
  std::filesystem::path capture_;
  pid_t pid_ = -1;
};

// DescribeStatus says how a process ended, from its wait status, for test messages.
std::string DescribeStatus(int status);

}  // namespace schemac::testing
