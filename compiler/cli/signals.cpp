#include "signals.h"

#include <chrono>
#include <condition_variable>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "schemac/normalize/normalize.h"
#include "schemac/pg/session.h"
#include "schemac/pgserver/server.h"

#include "progress.h"

namespace schemac::cli {
namespace {

constexpr int kTerminationSignals[] = {SIGINT, SIGTERM, SIGHUP};

struct State {
  std::mutex mutex;
  bool ending = false;   // a termination signal is being handled
  bool exiting = false;  // main has returned its exit code
  pid_t child = 0;       // the command `sandbox` runs, while it runs; -1 while it starts
  sigset_t waited;       // the signals the thread takes
  sigset_t child_mask;
};

// Never destroyed: the signal thread uses it while the process exits.
State& TheState() {
  static State* state = new State();
  return *state;
}

[[noreturn]] void WaitForEver() {
  for (;;) {
    std::this_thread::sleep_for(std::chrono::hours(1));
  }
}

// EndWith ends the process with the default action of `signal_number`.
[[noreturn]] void EndWith(int signal_number) {
  struct sigaction action {};
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  sigaction(signal_number, &action, nullptr);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, signal_number);
  // Pending for this thread, where it is blocked: delivered, and fatal, once unblocked.
  raise(signal_number);
  pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
  _exit(128 + signal_number);
}

// DropScratchDatabases drops them on a thread of its own, so that a second signal can cut the
// wait for a server that does not answer.
void DropScratchDatabases(const sigset_t& waited) {
  struct Outcome {
    std::mutex mutex;
    bool done = false;
    std::vector<std::string> failures;
  };
  auto outcome = std::make_shared<Outcome>();
  std::thread([outcome] {
    std::vector<std::string> failures = normalize::DropScratchDatabases();
    std::lock_guard<std::mutex> lock(outcome->mutex);
    outcome->failures = std::move(failures);
    outcome->done = true;
  }).detach();
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(outcome->mutex);
      if (outcome->done) {
        for (const std::string& failure : outcome->failures) {
          std::cerr << "error: " << failure << " [scratch-database-failed]\n";
        }
        return;
      }
    }
    timespec poll{0, 50 * 1000 * 1000};
    if (sigtimedwait(&waited, nullptr, &poll) > 0) {
      return;
    }
  }
}

// ForwardToChild passes a signal that a process sent schemac alone (not the terminal's Ctrl-C,
// which its process group gets, the command included) on to the command `sandbox` runs, and
// waits up to ten seconds for that command to end, before the server it uses goes.
void ForwardToChild(pid_t child, const siginfo_t& info) {
  if (child == 0) {
    return;
  }
  if (info.si_code == SI_USER || info.si_code == SI_QUEUE) {
    kill(child, info.si_signo);
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (kill(child, 0) == 0 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

void TakeSignals() {
  State& state = TheState();
  siginfo_t info{};
  while (sigwaitinfo(&state.waited, &info) < 0) {
  }
  int signal_number = info.si_signo;
  bool exiting = false;
  pid_t child = 0;
  {
    std::lock_guard<std::mutex> lock(state.mutex);
    state.ending = true;
    exiting = state.exiting;
    child = state.child;
  }
  // The command may signal schemac before posix_spawn has returned its process id.
  for (int i = 0; child < 0 && i < 100; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    std::lock_guard<std::mutex> lock(state.mutex);
    child = state.child;
  }
  ForwardToChild(child < 0 ? 0 : child, info);
  if (!exiting) {
    StopProgress();
    pg::CancelAllSessions();
    DropScratchDatabases(state.waited);
  }
  pgserver::TearDownAllServers();
  EndWith(signal_number);
}

}  // namespace

void HandleTerminationSignals() {
  State& state = TheState();
  sigemptyset(&state.waited);
  for (int signal_number : kTerminationSignals) {
    struct sigaction current {};
    sigaction(signal_number, nullptr, &current);
    if ((current.sa_flags & SA_SIGINFO) == 0 && current.sa_handler == SIG_IGN) {
      continue;  // blocked, an ignored signal would be kept pending, and taken
    }
    sigaddset(&state.waited, signal_number);
  }
  pthread_sigmask(SIG_BLOCK, &state.waited, &state.child_mask);
  if (sigisemptyset(&state.waited) == 0) {
    std::thread(TakeSignals).detach();
  }
}

const sigset_t& ChildSignalMask() {
  return TheState().child_mask;
}

void SetSandboxChild(pid_t child) {
  State& state = TheState();
  std::lock_guard<std::mutex> lock(state.mutex);
  state.child = child;
}

void WaitIfEnding() {
  State& state = TheState();
  bool ending = false;
  {
    std::lock_guard<std::mutex> lock(state.mutex);
    ending = state.ending;
  }
  if (ending) {
    WaitForEver();
  }
}

int Finish(int code) {
  State& state = TheState();
  bool ending = false;
  {
    std::lock_guard<std::mutex> lock(state.mutex);
    ending = state.ending;
    state.exiting = !ending;
  }
  if (ending) {
    WaitForEver();
  }
  return code;
}

}  // namespace schemac::cli
