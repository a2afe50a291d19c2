// RemoveTree without opendir/readdir (they allocate) or nftw, so a signal handler can use it.
#include <cerrno>
#include <cstddef>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "registry.h"

namespace schemac::pgserver {
namespace {

// A data directory is a few levels deep; a deeper tree is not ours to remove.
constexpr int kMaxDepth = 24;

bool IsDotOrDotDot(const char* name) {
  return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

bool RemoveEntry(int dir_fd, const char* name, unsigned char type, int depth);

// Entries are unlinked while the directory is being read, which may make the listing skip some,
// so it is read again until a pass removes nothing.
constexpr int kMaxPasses = 8;

// RemoveContents empties the directory open as `dir_fd`.
bool RemoveContents(int dir_fd, int depth) {
  alignas(8) char buffer[2048];
  for (int pass = 0; pass < kMaxPasses; ++pass) {
    if (lseek(dir_fd, 0, SEEK_SET) < 0) {
      return false;
    }
    bool removed_any = false;
    bool failed = false;
    for (;;) {
      const ssize_t length = getdents64(dir_fd, buffer, sizeof buffer);
      if (length < 0) {
        return false;
      }
      if (length == 0) {
        break;
      }
      for (ssize_t offset = 0; offset < length;) {
        unsigned short record_length = 0;
        unsigned char type = DT_UNKNOWN;
        std::memcpy(&record_length, buffer + offset + offsetof(struct dirent64, d_reclen),
                    sizeof record_length);
        std::memcpy(&type, buffer + offset + offsetof(struct dirent64, d_type), sizeof type);
        const char* name = buffer + offset + offsetof(struct dirent64, d_name);
        offset += record_length;
        if (IsDotOrDotDot(name)) {
          continue;
        }
        if (RemoveEntry(dir_fd, name, type, depth)) {
          removed_any = true;
        } else {
          failed = true;
        }
      }
    }
    if (!removed_any) {
      return !failed;
    }
  }
  return false;
}

bool RemoveEntry(int dir_fd, const char* name, unsigned char type, int depth) {
  if (type == DT_UNKNOWN) {
    struct stat status {};
    if (fstatat(dir_fd, name, &status, AT_SYMLINK_NOFOLLOW) < 0) {
      return errno == ENOENT;
    }
    type = S_ISDIR(status.st_mode) ? DT_DIR : DT_REG;
  }
  if (type != DT_DIR) {
    return unlinkat(dir_fd, name, 0) == 0 || errno == ENOENT;
  }
  if (depth >= kMaxDepth) {
    return false;
  }
  const int child_fd = openat(dir_fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (child_fd < 0) {
    return errno == ENOENT;
  }
  RemoveContents(child_fd, depth + 1);
  close(child_fd);
  return unlinkat(dir_fd, name, AT_REMOVEDIR) == 0 || errno == ENOENT;
}

}  // namespace

bool RemoveTree(const char* path) {
  const int saved_errno = errno;
  bool removed = false;
  const int fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    removed = errno == ENOENT || unlink(path) == 0;
  } else {
    RemoveContents(fd, 0);
    close(fd);
    removed = rmdir(path) == 0 || errno == ENOENT;
  }
  errno = saved_errno;
  return removed;
}

}  // namespace schemac::pgserver
