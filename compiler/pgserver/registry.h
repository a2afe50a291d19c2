// The registry of live servers: what the signal and exit handlers stop and remove.
//
// Signal handlers may only make async-signal-safe calls, so the registry is a fixed array of
// slots (a process id and a directory path in a char array) updated with lock-free atomics, and
// the teardown below uses only system calls.
#pragma once

#include <cstddef>

#include <signal.h>
#include <sys/types.h>

namespace schemac::pgserver {

inline constexpr int kMaxLiveServers = 64;
inline constexpr std::size_t kMaxDirLength = 256;  // including the terminating NUL

// InstallCleanupHandlers installs, once per process, the SIGINT/SIGTERM/SIGHUP handlers (not for
// an ignored signal) and the atexit() hook that tear down every slot of this process. Thread-safe.
void InstallCleanupHandlers();

// RegisterDirectory claims a slot for `dir` (removed on teardown); -1 when the registry is full
// or the path too long. Call with the termination signals blocked, right after creating `dir`.
int RegisterDirectory(const char* dir);

// SetSlotProcess records the process to stop on teardown: with `kill_group`, its process group
// gets SIGKILL (initdb and its children); without, it is a postmaster that gets SIGINT (fast
// shutdown), then SIGQUIT after 10 s, then SIGKILL after 5 s more.
void SetSlotProcess(int slot, pid_t pid, bool kill_group);

// TakeSlotProcess clears the slot's process if it is `pid`; true when it was. Whoever takes the
// pid reaps it, so nobody signals a reaped (and maybe reused) pid.
bool TakeSlotProcess(int slot, pid_t pid);

// TearDownSlot stops the slot's process, reaps it and removes the slot's directory; the slot stays
// claimed. Async-signal-safe; safe to race with a signal handler doing the same.
void TearDownSlot(int slot);

// ReleaseSlot frees a slot after TearDownSlot.
void ReleaseSlot(int slot);

// RemoveTree removes `path` and everything below it, without following symbolic links; true
// when it no longer exists. Async-signal-safe: no allocation, only system calls.
bool RemoveTree(const char* path);

// While alive, blocks SIGINT, SIGTERM and SIGHUP in the calling thread, so that a handler cannot
// run between creating a resource and registering it.
class TerminationSignalsBlocked {
 public:
  TerminationSignalsBlocked();
  ~TerminationSignalsBlocked();
  TerminationSignalsBlocked(const TerminationSignalsBlocked&) = delete;
  TerminationSignalsBlocked& operator=(const TerminationSignalsBlocked&) = delete;

  // The mask to restore in a forked child before exec.
  const sigset_t& previous_mask() const { return previous_; }

 private:
  sigset_t previous_;
};

// While alive, TearDownAllServers waits (up to a second): for the time between creating a server
// directory and registering it, in which a thread that takes the termination signals could
// otherwise end the process and leave the directory behind.
class DirectoryBeingCreated {
 public:
  DirectoryBeingCreated();
  ~DirectoryBeingCreated();
  DirectoryBeingCreated(const DirectoryBeingCreated&) = delete;
  DirectoryBeingCreated& operator=(const DirectoryBeingCreated&) = delete;
};

// The signals the cleanup handlers catch.
inline constexpr int kTerminationSignals[] = {SIGINT, SIGTERM, SIGHUP};

}  // namespace schemac::pgserver
