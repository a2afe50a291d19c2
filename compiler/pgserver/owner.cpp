#include "owner.h"

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "registry.h"

namespace schemac::pgserver {
namespace {

constexpr std::string_view kDirectoryPrefix = "schemac-";
constexpr size_t kDirectoryNameLength = 14;  // the prefix and mkdtemp's six characters
constexpr size_t kMaxOwnerFileBytes = 64;

struct ProcessStat {
  char state = '?';
  unsigned long long start = 0;
};

// ReadProcessStat reads the state and start time of process `pid`; nullopt when there is no such
// process (or no /proc).
std::optional<ProcessStat> ReadProcessStat(pid_t pid) {
  std::ifstream in(fmt::format("/proc/{}/stat", pid));
  std::string text;
  std::getline(in, text);
  // The command name (field 2) is in parentheses and may itself hold spaces and parentheses.
  const size_t name_end = text.rfind(')');
  if (name_end == std::string::npos) {
    return std::nullopt;
  }
  std::istringstream fields(text.substr(name_end + 1));
  ProcessStat stat;
  fields >> stat.state;
  std::string skipped;
  for (int field = 4; field <= 21; ++field) {
    fields >> skipped;
  }
  fields >> stat.start;
  if (!fields) {
    return std::nullopt;
  }
  return stat;
}

// PidNamespace names the pid namespace of this process, e.g. "pid:[4026531836]"; "-" when it
// cannot be read.
std::string PidNamespace() {
  char link[256];
  const ssize_t length = readlink("/proc/self/ns/pid", link, sizeof link);
  if (length <= 0 || static_cast<size_t>(length) >= sizeof link) {
    return "-";
  }
  return std::string(link, static_cast<size_t>(length));
}

struct Owner {
  pid_t pid = 0;
  unsigned long long start = 0;
  std::string pid_namespace;
};

// ReadOwner reads the owner file of `dir`; nullopt when there is none, it is not a regular file
// of this user, or it does not hold an owner.
std::optional<Owner> ReadOwner(const std::string& dir) {
  const std::string path = fmt::format("{}/{}", dir, kOwnerFile);
  const int fd = open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    return std::nullopt;
  }
  struct stat status {};
  char buffer[kMaxOwnerFileBytes + 1] = {};
  ssize_t length = -1;
  if (fstat(fd, &status) == 0 && S_ISREG(status.st_mode) && status.st_uid == geteuid()) {
    length = read(fd, buffer, kMaxOwnerFileBytes);
  }
  close(fd);
  if (length <= 0) {
    return std::nullopt;
  }
  std::istringstream fields(std::string(buffer, static_cast<size_t>(length)));
  long long pid = 0;
  Owner owner;
  if (!(fields >> pid >> owner.start >> owner.pid_namespace) || pid <= 0 || pid > INT_MAX) {
    return std::nullopt;
  }
  owner.pid = static_cast<pid_t>(pid);
  return owner;
}

bool OwnerIsGone(const Owner& owner) {
  if (owner.start == 0) {
    // Written without /proc: the pid is all there is.
    return kill(owner.pid, 0) < 0 && errno == ESRCH;
  }
  std::optional<ProcessStat> stat = ReadProcessStat(owner.pid);
  return !stat || stat->start != owner.start || stat->state == 'Z' || stat->state == 'X';
}

// RunsIn says whether process `pid` has `dir` as its working directory: a pid read from a
// postmaster.pid of a server that crashed may belong to any process by now.
bool RunsIn(pid_t pid, const std::string& dir) {
  char link[PATH_MAX];
  const ssize_t length = readlink(fmt::format("/proc/{}/cwd", pid).c_str(), link, sizeof link - 1);
  return length > 0 && std::string_view(link, static_cast<size_t>(length)) == dir;
}

bool StopsWithin(pid_t pid, const std::string& dir, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (RunsIn(pid, dir)) {
    if (std::chrono::steady_clock::now() >= deadline) {
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

// StopPostmaster stops the postmaster still running in the server directory `dir`, if any;
// false when it does not stop.
bool StopPostmaster(const std::string& dir) {
  const std::string data_dir = dir + "/data";
  std::ifstream in(data_dir + "/postmaster.pid");
  long long pid = 0;
  if (!(in >> pid) || pid <= 0 || pid > INT_MAX) {
    return true;
  }
  char* resolved = realpath(data_dir.c_str(), nullptr);
  if (resolved == nullptr) {
    return true;
  }
  const std::string cwd = resolved;
  std::free(resolved);
  const pid_t postmaster = static_cast<pid_t>(pid);
  if (!RunsIn(postmaster, cwd)) {
    return true;
  }
  // SIGQUIT: immediate shutdown; nothing in a scratch server needs to be kept.
  kill(postmaster, SIGQUIT);
  if (StopsWithin(postmaster, cwd, std::chrono::seconds(5))) {
    return true;
  }
  kill(postmaster, SIGKILL);
  return StopsWithin(postmaster, cwd, std::chrono::seconds(5));
}

}  // namespace

bool WriteOwnerFile(const std::string& dir, std::string* error) {
  const std::optional<ProcessStat> self = ReadProcessStat(getpid());
  const std::string text =
      fmt::format("{} {} {}\n", getpid(), self ? self->start : 0, PidNamespace());
  const std::string path = fmt::format("{}/{}", dir, kOwnerFile);
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
  const bool written =
      fd >= 0 && write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  const int saved_errno = errno;
  if (fd >= 0 && close(fd) != 0 && written) {
    *error = fmt::format("cannot write {}: {}", path, std::strerror(errno));
    return false;
  }
  if (!written) {
    *error = fmt::format("cannot write {}: {}", path, std::strerror(saved_errno));
    return false;
  }
  return true;
}

void RemoveStaleDirectories(const std::string& base) {
  if (!ReadProcessStat(getpid())) {
    return;  // without /proc, a living owner cannot be told from a pid reused by another
  }
  const std::string pid_namespace = PidNamespace();
  DIR* listing = opendir(base.c_str());
  if (listing == nullptr) {
    return;
  }
  std::vector<std::string> stale;
  while (const dirent* entry = readdir(listing)) {
    const std::string_view name = entry->d_name;
    if (!name.starts_with(kDirectoryPrefix) || name.size() != kDirectoryNameLength) {
      continue;
    }
    const std::string path = fmt::format("{}/{}", base == "/" ? "" : base, name);
    struct stat status {};
    if (lstat(path.c_str(), &status) != 0 || !S_ISDIR(status.st_mode)) {
      continue;
    }
    std::optional<Owner> owner = ReadOwner(path);
    // A process of another pid namespace (a container sharing the directory) cannot be seen.
    if (owner && owner->pid_namespace == pid_namespace && OwnerIsGone(*owner)) {
      stale.push_back(path);
    }
  }
  closedir(listing);
  for (const std::string& path : stale) {
    if (StopPostmaster(path)) {
      RemoveTree(path.c_str());
    }
  }
}

}  // namespace schemac::pgserver
