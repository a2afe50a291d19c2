#include "migrate/background.h"

#include <thread>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "support/run.h"

namespace schemac::testing {

namespace fs = std::filesystem;

Background::Background(const std::vector<std::string>& args, const fs::path& cwd,
                       const std::vector<std::pair<std::string, std::string>>& env) {
  std::string pattern = (fs::temp_directory_path() / "schemac-bg-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) {
    return;
  }
  capture_ = pattern;
  std::vector<std::string> argv = {SCHEMAC_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  pid_ = fork();
  if (pid_ == 0) {
    ExecInChild(std::move(argv), cwd, capture_ / "out", capture_ / "err", env);
  }
}

Background::~Background() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  std::error_code ignored;
  fs::remove_all(capture_, ignored);
}

bool Background::Running() const {
  if (pid_ <= 0) {
    return false;
  }
  siginfo_t info{};
  return waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
         info.si_pid == 0;
}

std::optional<int> Background::Wait(std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (pid_ > 0) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      return status;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return std::nullopt;
}

std::string Background::out() const {
  return ReadFile(capture_ / "out");
}

std::string Background::err() const {
  return ReadFile(capture_ / "err");
}

std::string DescribeStatus(int status) {
  if (WIFSIGNALED(status)) {
    return "killed by signal " + std::to_string(WTERMSIG(status));
  }
  if (WIFEXITED(status)) {
    return "exited with status " + std::to_string(WEXITSTATUS(status));
  }
  return "ended with wait status " + std::to_string(status);
}

}  // namespace schemac::testing
