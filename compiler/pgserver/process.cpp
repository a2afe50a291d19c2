#include "process.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <fmt/format.h>
#include <grp.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "registry.h"

extern char** environ;

namespace schemac::pgserver {
namespace {

// What a child reports through the close-on-exec pipe when it fails before exec.
struct ChildFailure {
  int stage;
  int error_number;
};

enum Stage : int { kRedirect, kChdir, kGroups, kSetGid, kSetUid, kParentDeath, kExec };

const char* StageVerb(int stage) {
  switch (stage) {
    case kRedirect:
      return "redirect the standard streams of";
    case kChdir:
      return "change the working directory of";
    case kGroups:
    case kSetGid:
    case kSetUid:
      return "switch user for";
    case kParentDeath:
      return "watch the parent of";
    default:
      return "execute";
  }
}

// Everything the child needs, prepared before fork: the child may not allocate.
struct ChildPlan {
  const SpawnOptions* options;
  char* const* argv;
  char* const* envp;
  int fds[3];
  int report_fd;
  pid_t parent;
  const sigset_t* mask;
};

[[noreturn]] void FailInChild(const ChildPlan& plan, int stage) {
  const ChildFailure failure{stage, errno};
  ssize_t ignored = write(plan.report_fd, &failure, sizeof failure);
  (void)ignored;
  _exit(127);
}

[[noreturn]] void RunChild(const ChildPlan& plan) {
  const SpawnOptions& options = *plan.options;
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  sigemptyset(&default_action.sa_mask);
  for (int signal_number : kTerminationSignals) {
    sigaction(signal_number, &default_action, nullptr);
  }
  sigaction(SIGPIPE, &default_action, nullptr);
  if (options.own_process_group) {
    setpgid(0, 0);
  }
  for (int target = 0; target < 3; ++target) {
    const int fd = plan.fds[target];
    const int rc = fd == target ? fcntl(fd, F_SETFD, 0) : dup2(fd, target);
    if (rc < 0) {
      FailInChild(plan, kRedirect);
    }
  }
  if (!options.working_dir.empty() && chdir(options.working_dir.c_str()) < 0) {
    FailInChild(plan, kChdir);
  }
  if (options.run_as != nullptr) {
    const Identity& user = *options.run_as;
    if (setgroups(user.groups.size(), user.groups.data()) < 0) {
      FailInChild(plan, kGroups);
    }
    if (setgid(user.gid) < 0) {
      FailInChild(plan, kSetGid);
    }
    if (setuid(user.uid) < 0) {
      FailInChild(plan, kSetUid);
    }
  }
#ifdef __linux__
  // Set after setuid: changing credentials clears it.
  if (options.parent_death_signal != 0) {
    if (prctl(PR_SET_PDEATHSIG, options.parent_death_signal) < 0) {
      FailInChild(plan, kParentDeath);
    }
    if (getppid() != plan.parent) {
      _exit(1);
    }
  }
#endif
#ifdef CLOSE_RANGE_CLOEXEC
  // Descriptors opened elsewhere without O_CLOEXEC (client connections, other servers' pipes)
  // must not leak into a postmaster. Failure on an older kernel is harmless.
  close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
#endif
  sigprocmask(SIG_SETMASK, plan.mask, nullptr);
  execve(plan.argv[0], plan.argv, plan.envp);
  FailInChild(plan, kExec);
}

std::vector<std::string> ChildEnvironment() {
  std::vector<std::string> env;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    const std::string_view variable(*entry);
    // Connection settings from the caller's environment (PGHOST, PGOPTIONS, ...) must not
    // redirect or reconfigure the private server's clients.
    if (variable.starts_with("PG") || variable.starts_with("LC_ALL=") ||
        variable.starts_with("LANGUAGE=")) {
      continue;
    }
    env.emplace_back(variable);
  }
  env.emplace_back("LC_ALL=C");
  return env;
}

std::vector<char*> Pointers(std::vector<std::string>& strings) {
  std::vector<char*> pointers;
  for (std::string& s : strings) {
    pointers.push_back(s.data());
  }
  pointers.push_back(nullptr);
  return pointers;
}

void CloseIfOpen(int& fd) {
  if (fd >= 0) {
    close(fd);
    fd = -1;
  }
}

}  // namespace

bool LookUpIdentity(const char* name, Identity* identity, std::string* error) {
  std::vector<char> buffer(16384);
  struct passwd entry {};
  struct passwd* found = nullptr;
  const int rc = getpwnam_r(name, &entry, buffer.data(), buffer.size(), &found);
  if (rc != 0 || found == nullptr) {
    *error = rc != 0 ? fmt::format("cannot look up user '{}': {}", name, std::strerror(rc))
                     : fmt::format("no user named '{}'", name);
    return false;
  }
  identity->name = name;
  identity->uid = entry.pw_uid;
  identity->gid = entry.pw_gid;
  int count = 32;
  identity->groups.assign(static_cast<std::size_t>(count), 0);
  while (getgrouplist(name, entry.pw_gid, identity->groups.data(), &count) < 0) {
    identity->groups.assign(static_cast<std::size_t>(count) + 1, 0);
  }
  identity->groups.resize(static_cast<std::size_t>(count));
  return true;
}

pid_t Spawn(const SpawnOptions& options, std::string* error) {
  std::vector<std::string> argv_strings = options.argv;
  std::vector<char*> argv = Pointers(argv_strings);
  std::vector<std::string> env_strings = ChildEnvironment();
  std::vector<char*> envp = Pointers(env_strings);

  int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
  int report[2] = {-1, -1};
  if (null_fd < 0 || pipe2(report, O_CLOEXEC) < 0) {
    *error = fmt::format("cannot start {}: {}", options.argv[0], std::strerror(errno));
    CloseIfOpen(null_fd);
    return -1;
  }
  const int stream_fds[3] = {options.stdin_fd, options.stdout_fd, options.stderr_fd};
  ChildPlan plan{&options, argv.data(), envp.data(), {}, report[1], getpid(), nullptr};
  for (int i = 0; i < 3; ++i) {
    plan.fds[i] = stream_fds[i] >= 0 ? stream_fds[i] : null_fd;
  }

  pid_t pid = -1;
  int fork_errno = 0;
  {
    // Until the child is in the registry, a termination signal must wait: the handler could not
    // stop a child it does not know. The child restores the mask before exec.
    TerminationSignalsBlocked blocked;
    // The caller may block the termination signals for good (to take them on a thread of its
    // own): a child must not inherit that, or it could not be stopped.
    sigset_t child_mask = blocked.previous_mask();
    for (int signal_number : kTerminationSignals) {
      sigdelset(&child_mask, signal_number);
    }
    plan.mask = &child_mask;
    pid = fork();
    if (pid == 0) {
      RunChild(plan);
    }
    fork_errno = errno;
    if (pid > 0) {
      if (options.own_process_group) {
        setpgid(pid, pid);  // also done by the child; whichever runs first wins the race
      }
      if (options.registry_slot >= 0) {
        SetSlotProcess(options.registry_slot, pid, options.registry_kill_group);
      }
    }
  }
  close(report[1]);
  close(null_fd);
  if (pid < 0) {
    close(report[0]);
    *error = fmt::format("cannot start {}: {}", options.argv[0], std::strerror(fork_errno));
    return -1;
  }
  ChildFailure failure{};
  ssize_t got = 0;
  do {
    got = read(report[0], &failure, sizeof failure);
  } while (got < 0 && errno == EINTR);
  close(report[0]);
  if (got == static_cast<ssize_t>(sizeof failure)) {
    Reap(pid, options.registry_slot);
    *error = fmt::format("cannot {} {}: {}", StageVerb(failure.stage), options.argv[0],
                         std::strerror(failure.error_number));
    return -1;
  }
  return pid;
}

bool HasExited(pid_t pid) {
  siginfo_t info{};
  const int rc = waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT);
  return (rc == 0 && info.si_pid == pid) || (rc < 0 && errno == ECHILD);
}

ExitStatus Reap(pid_t pid, int registry_slot) {
  ExitStatus result;
  if (registry_slot >= 0) {
    siginfo_t info{};
    while (waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
    }
    if (!TakeSlotProcess(registry_slot, pid)) {
      result.unknown = true;
      return result;
    }
  }
  int status = 0;
  pid_t rc = 0;
  do {
    rc = waitpid(pid, &status, 0);
  } while (rc < 0 && errno == EINTR);
  if (rc < 0) {
    result.unknown = true;
  } else if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.term_signal = WTERMSIG(status);
  }
  return result;
}

std::string DescribeExit(const ExitStatus& status) {
  if (status.term_signal != 0) {
    const char* name = sigabbrev_np(status.term_signal);
    return name != nullptr ? fmt::format("was killed by SIG{}", name)
                           : fmt::format("was killed by signal {}", status.term_signal);
  }
  if (status.exit_code >= 0) {
    return fmt::format("exited with status {}", status.exit_code);
  }
  return "ended";
}

bool Run(const SpawnOptions& options, std::string_view input, RunResult* result,
         std::string* error) {
  int input_fds[2] = {-1, -1};
  int output_fds[2] = {-1, -1};
  int error_fds[2] = {-1, -1};
  // A socket rather than a pipe for the input: send(MSG_NOSIGNAL) to a child that stopped
  // reading fails with EPIPE instead of raising SIGPIPE in this process.
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, input_fds) < 0 ||
      pipe2(output_fds, O_CLOEXEC) < 0 || pipe2(error_fds, O_CLOEXEC) < 0) {
    *error = fmt::format("cannot start {}: {}", options.argv[0], std::strerror(errno));
    for (int* fds : {input_fds, output_fds, error_fds}) {
      CloseIfOpen(fds[0]);
      CloseIfOpen(fds[1]);
    }
    return false;
  }
  SpawnOptions with_pipes = options;
  with_pipes.stdin_fd = input_fds[1];
  with_pipes.stdout_fd = output_fds[1];
  with_pipes.stderr_fd = error_fds[1];
  const pid_t pid = Spawn(with_pipes, error);
  CloseIfOpen(input_fds[1]);
  CloseIfOpen(output_fds[1]);
  CloseIfOpen(error_fds[1]);
  if (pid < 0) {
    CloseIfOpen(input_fds[0]);
    CloseIfOpen(output_fds[0]);
    CloseIfOpen(error_fds[0]);
    return false;
  }
  fcntl(input_fds[0], F_SETFL, O_NONBLOCK);
  if (input.empty()) {
    CloseIfOpen(input_fds[0]);
  }
  result->output.clear();
  result->errors.clear();
  std::size_t written = 0;
  char buffer[8192];
  while (output_fds[0] >= 0 || error_fds[0] >= 0) {
    pollfd polled[3] = {
        {input_fds[0], POLLOUT, 0}, {output_fds[0], POLLIN, 0}, {error_fds[0], POLLIN, 0}};
    if (poll(polled, 3, -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    if (polled[0].revents != 0) {
      const ssize_t sent =
          send(input_fds[0], input.data() + written, input.size() - written, MSG_NOSIGNAL);
      if (sent > 0) {
        written += static_cast<std::size_t>(sent);
      }
      if ((sent < 0 && errno != EAGAIN && errno != EINTR) || written == input.size()) {
        CloseIfOpen(input_fds[0]);
      }
    }
    for (int i = 1; i < 3; ++i) {
      if (polled[i].revents == 0) {
        continue;
      }
      int& fd = i == 1 ? output_fds[0] : error_fds[0];
      const ssize_t got = read(fd, buffer, sizeof buffer);
      if (got > 0) {
        (i == 1 ? result->output : result->errors).append(buffer, static_cast<std::size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        CloseIfOpen(fd);
      }
    }
  }
  CloseIfOpen(input_fds[0]);
  CloseIfOpen(output_fds[0]);
  CloseIfOpen(error_fds[0]);
  result->status = Reap(pid, options.registry_slot);
  return true;
}

std::string LastLines(std::string_view text, int count) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) {
      lines.push_back(line);
    }
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  std::string out;
  const std::size_t wanted = static_cast<std::size_t>(count);
  const std::size_t first = lines.size() > wanted ? lines.size() - wanted : 0;
  for (std::size_t i = first; i < lines.size(); ++i) {
    out += "\n  ";
    out += lines[i];
  }
  return out;
}

}  // namespace schemac::pgserver
