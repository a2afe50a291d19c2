#include "registry.h"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iterator>
#include <mutex>

#include <sys/wait.h>
#include <unistd.h>

#include "schemac/pgserver/server.h"

namespace schemac::pgserver {
namespace {

static_assert(std::atomic<int>::is_always_lock_free);
static_assert(std::atomic<pid_t>::is_always_lock_free);

enum SlotState : int { kFree = 0, kClaimed = 1, kLive = 2 };

struct Slot {
  std::atomic<int> state{kFree};
  std::atomic<pid_t> owner{0};  // the process that registered it: a forked child leaves it alone
  std::atomic<pid_t> pid{0};
  std::atomic<int> kill_group{0};
  char dir[kMaxDirLength] = {};
};

Slot g_slots[kMaxLiveServers];

// The DirectoryBeingCreated objects alive.
std::atomic<int> g_directories_being_created{0};

// Serialises whole-registry teardowns between threads (two signals at once, or a signal during
// exit()), so that the second one does not re-raise and end the process mid-teardown.
std::atomic<int> g_teardown_busy{0};

constexpr int kSignalCount = static_cast<int>(std::size(kTerminationSignals));
struct sigaction g_previous[kSignalCount];

constexpr long kNanosPerMilli = 1000 * 1000;

long NowMillis() {
  timespec now{};
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec * 1000 + now.tv_nsec / kNanosPerMilli;
}

void SleepMillis(long millis) {
  timespec delay{};
  delay.tv_sec = millis / 1000;
  delay.tv_nsec = (millis % 1000) * kNanosPerMilli;
  nanosleep(&delay, nullptr);
}

struct Pending {
  int slot;
  pid_t pid;
  bool kill_group;
  bool done;
};

void SendToAll(Pending* pending, int count, int signal_for_postmaster, int signal_for_group) {
  for (int i = 0; i < count; ++i) {
    if (pending[i].done) {
      continue;
    }
    if (pending[i].kill_group) {
      kill(-pending[i].pid, signal_for_group);
      kill(pending[i].pid, signal_for_group);
    } else {
      kill(pending[i].pid, signal_for_postmaster);
    }
  }
}

// WaitForAll polls until every pending process has exited (without reaping it) or another party
// took it from its slot; false when `timeout_millis` passed first.
bool WaitForAll(Pending* pending, int count, long timeout_millis) {
  const long deadline = NowMillis() + timeout_millis;
  for (;;) {
    bool all_done = true;
    for (int i = 0; i < count; ++i) {
      Pending& p = pending[i];
      if (p.done) {
        continue;
      }
      if (g_slots[p.slot].pid.load() != p.pid) {
        p.done = true;
        continue;
      }
      siginfo_t info{};
      const int rc = waitid(P_PID, static_cast<id_t>(p.pid), &info, WEXITED | WNOHANG | WNOWAIT);
      if ((rc == 0 && info.si_pid == p.pid) || (rc < 0 && errno == ECHILD)) {
        p.done = true;
        continue;
      }
      all_done = false;
    }
    if (all_done) {
      return true;
    }
    if (NowMillis() >= deadline) {
      return false;
    }
    SleepMillis(5);
  }
}

// TearDownSlots stops the processes of `slots` in parallel, reaps them and removes their
// directories. Only async-signal-safe calls.
void TearDownSlots(const int* slots, int count) {
  Pending pending[kMaxLiveServers];
  int pending_count = 0;
  for (int i = 0; i < count; ++i) {
    const pid_t pid = g_slots[slots[i]].pid.load();
    if (pid > 0) {
      pending[pending_count++] = {slots[i], pid, g_slots[slots[i]].kill_group.load() != 0, false};
    }
  }
  SendToAll(pending, pending_count, SIGINT, SIGKILL);
  if (!WaitForAll(pending, pending_count, 10 * 1000)) {
    SendToAll(pending, pending_count, SIGQUIT, SIGKILL);
    if (!WaitForAll(pending, pending_count, 5 * 1000)) {
      SendToAll(pending, pending_count, SIGKILL, SIGKILL);
      WaitForAll(pending, pending_count, 10 * 1000);
    }
  }
  for (int i = 0; i < pending_count; ++i) {
    if (TakeSlotProcess(pending[i].slot, pending[i].pid)) {
      while (waitpid(pending[i].pid, nullptr, 0) < 0 && errno == EINTR) {
      }
    }
  }
  for (int i = 0; i < count; ++i) {
    RemoveTree(g_slots[slots[i]].dir);
  }
}

void TearDownAllOfThisProcess() {
  const int saved_errno = errno;
  while (g_teardown_busy.exchange(1) != 0) {
    SleepMillis(1);
  }
  const pid_t self = getpid();
  int slots[kMaxLiveServers];
  int count = 0;
  for (int i = 0; i < kMaxLiveServers; ++i) {
    if (g_slots[i].state.load() == kLive && g_slots[i].owner.load() == self) {
      slots[count++] = i;
    }
  }
  TearDownSlots(slots, count);
  g_teardown_busy.store(0);
  errno = saved_errno;
}

int SignalIndex(int signal_number) {
  for (int i = 0; i < kSignalCount; ++i) {
    if (kTerminationSignals[i] == signal_number) {
      return i;
    }
  }
  return -1;
}

void HandleTerminationSignal(int signal_number, siginfo_t* info, void* context) {
  TearDownAllOfThisProcess();
  const int index = SignalIndex(signal_number);
  if (index < 0) {
    return;
  }
  const struct sigaction& previous = g_previous[index];
  if ((previous.sa_flags & SA_SIGINFO) != 0) {
    previous.sa_sigaction(signal_number, info, context);
  } else if (previous.sa_handler == SIG_DFL) {
    // The signal stays blocked until this handler returns; it is then delivered with the
    // default action, so the process ends with the status of that signal.
    sigaction(signal_number, &previous, nullptr);
    raise(signal_number);
  } else if (previous.sa_handler != SIG_IGN) {
    previous.sa_handler(signal_number);
  }
}

void TearDownAtExit() {
  // A signal arriving during this teardown on the same thread would wait for it forever.
  TerminationSignalsBlocked blocked;
  TearDownAllOfThisProcess();
}

}  // namespace

void InstallCleanupHandlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    std::atexit(TearDownAtExit);
    struct sigaction action {};
    action.sa_sigaction = HandleTerminationSignal;
    action.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int signal_number : kTerminationSignals) {
      sigaddset(&action.sa_mask, signal_number);
    }
    for (int i = 0; i < kSignalCount; ++i) {
      sigaction(kTerminationSignals[i], nullptr, &g_previous[i]);
      if ((g_previous[i].sa_flags & SA_SIGINFO) == 0 && g_previous[i].sa_handler == SIG_IGN) {
        continue;  // nohup and the like: keep ignoring it
      }
      sigaction(kTerminationSignals[i], &action, nullptr);
    }
  });
}

int RegisterDirectory(const char* dir) {
  const std::size_t length = std::strlen(dir);
  if (length >= kMaxDirLength) {
    return -1;
  }
  for (int i = 0; i < kMaxLiveServers; ++i) {
    int expected = kFree;
    if (!g_slots[i].state.compare_exchange_strong(expected, kClaimed)) {
      continue;
    }
    std::memcpy(g_slots[i].dir, dir, length + 1);
    g_slots[i].owner.store(getpid());
    g_slots[i].pid.store(0);
    g_slots[i].kill_group.store(0);
    g_slots[i].state.store(kLive);
    return i;
  }
  return -1;
}

void SetSlotProcess(int slot, pid_t pid, bool kill_group) {
  g_slots[slot].kill_group.store(kill_group ? 1 : 0);
  g_slots[slot].pid.store(pid);
}

bool TakeSlotProcess(int slot, pid_t pid) {
  pid_t expected = pid;
  return g_slots[slot].pid.compare_exchange_strong(expected, 0);
}

void TearDownAllServers() {
  const long deadline = NowMillis() + 1000;
  while (g_directories_being_created.load() > 0 && NowMillis() < deadline) {
    SleepMillis(1);
  }
  TearDownAllOfThisProcess();
}

void TearDownSlot(int slot) {
  TearDownSlots(&slot, 1);
}

void ReleaseSlot(int slot) {
  g_slots[slot].pid.store(0);
  g_slots[slot].state.store(kFree);
}

DirectoryBeingCreated::DirectoryBeingCreated() {
  g_directories_being_created.fetch_add(1);
}

DirectoryBeingCreated::~DirectoryBeingCreated() {
  g_directories_being_created.fetch_sub(1);
}

TerminationSignalsBlocked::TerminationSignalsBlocked() {
  sigset_t block;
  sigemptyset(&block);
  for (int signal_number : kTerminationSignals) {
    sigaddset(&block, signal_number);
  }
  pthread_sigmask(SIG_BLOCK, &block, &previous_);
}

TerminationSignalsBlocked::~TerminationSignalsBlocked() {
  pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
}

}  // namespace schemac::pgserver
