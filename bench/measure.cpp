#include "measure.h"

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <fstream>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char** environ;

namespace schemac::bench {

std::string Outcome::Describe(double timeout_seconds) const {
  if (!started) {
    return "cannot run: " + start_error;
  }
  if (timed_out) {
    return fmt::format("timed out after {:g} s", timeout_seconds);
  }
  if (signal != 0) {
    return fmt::format("killed by signal {} ({})", signal, strsignal(signal));
  }
  return fmt::format("exit {}", exit_code);
}

Outcome RunMeasured(const Command& command) {
  Outcome outcome;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  const int output_flags = O_WRONLY | O_CREAT | O_TRUNC;
  posix_spawn_file_actions_addopen(
      &actions, 1, command.stdout_path.empty() ? "/dev/null" : command.stdout_path.c_str(),
      output_flags, 0644);
  posix_spawn_file_actions_addopen(
      &actions, 2, command.stderr_path.empty() ? "/dev/null" : command.stderr_path.c_str(),
      output_flags, 0644);
  std::vector<char*> argv;
  for (const std::string& argument : command.argv) {
    argv.push_back(const_cast<char*>(argument.c_str()));
  }
  argv.push_back(nullptr);
  std::vector<char*> environment;
  for (char** variable = environ; *variable != nullptr; ++variable) {
    if (std::strncmp(*variable, "PG", 2) != 0) {
      environment.push_back(*variable);
    }
  }
  environment.push_back(nullptr);

  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int spawned =
      posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environment.data());
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) {
    outcome.start_error = fmt::format("{}: {}", command.argv[0], std::strerror(spawned));
    return outcome;
  }
  outcome.started = true;

  // A watchdog kills the child on timeout. The child is only reaped after the watchdog has
  // stopped, so the signal can never reach a recycled process id.
  std::mutex mutex;
  std::condition_variable exited;
  bool finished = false;
  std::thread watchdog;
  if (command.timeout_seconds > 0) {
    watchdog = std::thread([&] {
      std::unique_lock<std::mutex> lock(mutex);
      const auto limit = std::chrono::duration<double>(command.timeout_seconds);
      if (!exited.wait_for(lock, limit, [&] { return finished; })) {
        kill(pid, SIGKILL);
        outcome.timed_out = true;
      }
    });
  }
  siginfo_t info{};
  while (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR) {
  }
  const auto end = std::chrono::steady_clock::now();
  {
    std::lock_guard<std::mutex> lock(mutex);
    finished = true;
  }
  exited.notify_all();
  if (watchdog.joinable()) {
    watchdog.join();
  }
  int status = 0;
  struct rusage usage {};
  while (wait4(pid, &status, 0, &usage) == -1 && errno == EINTR) {
  }
  outcome.wall_seconds = std::chrono::duration<double>(end - start).count();
  auto seconds = [](const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
  };
  outcome.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  outcome.max_rss_kib = usage.ru_maxrss;  // kibibytes on Linux
  if (WIFEXITED(status)) {
    outcome.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    outcome.signal = WTERMSIG(status);
  }
  return outcome;
}

PairedRuns MeasurePaired(const Command& base, const Command& large, int pairs) {
  PairedRuns runs;
  runs.completed = true;
  for (int i = 0; i < pairs; ++i) {
    for (const Command* command : {&base, &large}) {
      const Outcome outcome = RunMeasured(*command);
      runs.completed = runs.completed && outcome.started && !outcome.timed_out &&
                       outcome.signal == 0 && outcome.exit_code == 0;
      (command == &base ? runs.base_seconds : runs.large_seconds).push_back(outcome.wall_seconds);
    }
  }
  return runs;
}

std::string ReadFile(const std::string& path, size_t limit) {
  std::ifstream in(path, std::ios::binary);
  std::string text(limit, '\0');
  in.read(text.data(), static_cast<std::streamsize>(limit));
  text.resize(static_cast<size_t>(in.gcount()));
  return text;
}

}  // namespace schemac::bench
