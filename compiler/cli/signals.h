// SIGINT, SIGTERM and SIGHUP for the whole CLI: blocked in every thread and taken by a thread of
// their own, which can do what a signal handler cannot (drop a scratch database through libpq).
#pragma once

#include <signal.h>
#include <sys/types.h>

namespace schemac::cli {

// HandleTerminationSignals blocks SIGINT, SIGTERM and SIGHUP in the calling thread, and so in
// every thread started from it afterwards, and starts the thread that takes them. A signal that
// is ignored (nohup's SIGHUP) stays ignored. Call it first in main, before any other thread or
// child process starts.
//
// On such a signal that thread erases the progress line, cancels the statement each session
// is running (pg::CancelAllSessions: an apply's ALTER TABLE stops, and its transaction rolls back
// when the process ends), drops the scratch databases the run
// created on a --dev-db server (normalize::DropScratchDatabases, WITH (FORCE): the sessions
// loading them end), stops the temporary servers and removes their directories
// (pgserver::TearDownAllServers), then ends the process with the signal's default action, so
// that its exit status names the signal. A database it cannot drop is named on standard error.
// A second signal while the databases are being dropped skips the rest of the drops.
void HandleTerminationSignals();

// ChildSignalMask is the signal mask of the process before HandleTerminationSignals, which a
// child process must start with.
const sigset_t& ChildSignalMask();

// SetSandboxChild names the command `sandbox` runs (-1: about to start it, so that a signal the
// command sends at once waits for its process id; 0: none any more): a termination signal that
// a process sent schemac is passed on to it, and the signal thread waits up to ten seconds for it
// to end before it stops the server the command uses. Ctrl-C reaches the command by itself.
void SetSandboxChild(pid_t child);

// WaitIfEnding waits for the end of the process when a termination signal is being handled, and
// returns at once otherwise. What is about to write diagnostics calls it first: the errors the
// ending run causes itself (a scratch database dropped under a load) are not the user's business.
void WaitIfEnding();

// Finish returns `code`, for main to return, after WaitIfEnding; from then on a termination
// signal only stops the temporary servers before it ends the process, since the run is done and
// exit() runs.
int Finish(int code);

}  // namespace schemac::cli
