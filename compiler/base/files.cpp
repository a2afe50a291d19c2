#include "schemac/base/files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <system_error>
#include <tuple>

#include <dirent.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace schemac::base {
namespace {

namespace fs = std::filesystem;

// Returns the offset of the first byte that does not start or continue a valid UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are invalid), or npos.
size_t FindInvalidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t length = 0;
    uint32_t min = 0;
    uint32_t code = 0;
    if ((c & 0xE0) == 0xC0) {
      length = 2, min = 0x80, code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      length = 3, min = 0x800, code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      length = 4, min = 0x10000, code = c & 0x07;
    } else {
      return i;
    }
    if (i + length > text.size()) {
      return i;
    }
    for (size_t k = 1; k < length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) {
        return i;
      }
      code = (code << 6) | (next & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

SourceRange RangeAt(const std::shared_ptr<const SourceFile>& file, size_t offset) {
  return SourceRange{file, file->LineOfOffset(offset), file->ColumnOfOffset(offset), 1};
}

std::string Reason(int error) {
  return std::strerror(error);
}

// What a file that is neither a directory nor a regular file is, for a message.
const char* KindOf(mode_t mode) {
  if (S_ISCHR(mode)) {
    return "a character device";
  }
  if (S_ISBLK(mode)) {
    return "a block device";
  }
  if (S_ISFIFO(mode)) {
    return "a named pipe";
  }
  if (S_ISSOCK(mode)) {
    return "a socket";
  }
  return "a special file";
}

// A directory by device and inode: the same directory whatever the path (or link) it is
// reached by.
struct DirectoryId {
  dev_t device = 0;
  ino_t inode = 0;
  bool operator<(const DirectoryId& other) const {
    return std::tie(device, inode) < std::tie(other.device, other.inode);
  }
  bool operator==(const DirectoryId& other) const {
    return device == other.device && inode == other.inode;
  }
};

// Walks a schema directory in sorted name order, following links to directories, and collects
// the paths of its .sql files. Everything it cannot read is an io-error.
class Walker {
 public:
  explicit Walker(DiagnosticSink& sink) : sink_(sink) {}

  void Walk(const fs::path& directory, const struct stat& status) {
    DirectoryId id{status.st_dev, status.st_ino};
    for (const auto& [ancestor_id, ancestor] : ancestors_) {
      if (ancestor_id == id) {
        // Every file below the link is read already, under the ancestor: nothing is lost.
        sink_.Warning("directory-loop", {},
                      fmt::format("{}: links back to {}, which contains it; not followed (its "
                                  "files are read once, under {})",
                                  directory.string(), ancestor.string(), ancestor.string()));
        return;
      }
    }
    auto [seen, inserted] = visited_.emplace(id, directory);
    if (!inserted) {
      sink_.Warning("duplicate-directory", {},
                    fmt::format("{}: the same directory as {}, which is read already; not read "
                                "twice (remove one of the links)",
                                directory.string(), seen->second.string()));
      return;
    }
    std::vector<std::string> names;
    if (!ListDirectory(directory, names)) {
      return;
    }
    ancestors_.emplace_back(id, directory);
    for (const std::string& name : names) {
      Visit(directory / name);
    }
    ancestors_.pop_back();
  }

  std::vector<fs::path> TakeFiles() { return std::move(files_); }
  // SqlEntries counts the .sql entries found, whether they could be read or not.
  size_t sql_entries() const { return sql_entries_; }
  bool failed() const { return failed_; }

 private:
  void Error(const std::string& message) {
    sink_.Error("io-error", {}, message);
    failed_ = true;
  }

  // Lists the names in `directory`, sorted; reports and returns false when it cannot be read.
  bool ListDirectory(const fs::path& directory, std::vector<std::string>& names) {
    DIR* handle = opendir(directory.c_str());
    if (handle == nullptr) {
      Error(
          fmt::format("{}: directory cannot be read ({}); make it readable, the schema is "
                      "incomplete without it",
                      directory.string(), Reason(errno)));
      return false;
    }
    errno = 0;
    while (const dirent* entry = readdir(handle)) {
      std::string_view name = entry->d_name;
      if (name != "." && name != "..") {
        names.emplace_back(name);
      }
      errno = 0;
    }
    int error = errno;
    closedir(handle);
    if (error != 0) {
      Error(
          fmt::format("{}: directory cannot be read to the end ({}); make it readable, the "
                      "schema is incomplete without it",
                      directory.string(), Reason(error)));
      return false;
    }
    std::sort(names.begin(), names.end());
    return true;
  }

  void Visit(const fs::path& path) {
    bool sql = path.extension() == ".sql";
    struct stat status {};
    if (stat(path.c_str(), &status) != 0) {
      int error = errno;
      struct stat link {};
      if (lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        // A dangling link may have pointed at a schema file or directory: never skip it.
        std::error_code ignored;
        Error(fmt::format("{}: link to {} cannot be followed ({}); fix or remove the link",
                          path.string(), fs::read_symlink(path, ignored).string(), Reason(error)));
      } else {
        Error(
            fmt::format("{}: cannot be read ({}); make it readable", path.string(), Reason(error)));
      }
      sql_entries_ += sql ? 1 : 0;
      return;
    }
    if (S_ISDIR(status.st_mode)) {
      Walk(path, status);
      return;
    }
    if (!sql) {
      return;
    }
    ++sql_entries_;
    if (S_ISREG(status.st_mode)) {
      files_.push_back(path);
    } else {
      Error(fmt::format("{}: is {}, not a regular file; remove it or fix the link", path.string(),
                        KindOf(status.st_mode)));
    }
  }

  DiagnosticSink& sink_;
  std::vector<fs::path> files_;
  size_t sql_entries_ = 0;
  bool failed_ = false;
  std::map<DirectoryId, fs::path> visited_;
  std::vector<std::pair<DirectoryId, fs::path>> ancestors_;
};

// Reads a regular file whole, checking its size before reading it; reports and returns nullptr
// when it cannot be read or is too large.
std::shared_ptr<const SourceFile> ReadSourceFile(const fs::path& path, DiagnosticSink& sink) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    sink.Error(
        "io-error", {},
        fmt::format("{}: cannot be read ({}); make it readable", path.string(), Reason(errno)));
    return nullptr;
  }
  struct stat status {};
  std::string text;
  std::string error;
  if (fstat(fd, &status) != 0) {
    error = Reason(errno);
  } else if (!S_ISREG(status.st_mode)) {
    error = fmt::format("{}, not a regular file", KindOf(status.st_mode));
  } else if (static_cast<uint64_t>(status.st_size) <= kMaxSourceFileBytes) {
    // Read at most one byte past the limit, in case the file grows while it is read.
    text.resize(static_cast<size_t>(status.st_size) + 1);
    size_t length = 0;
    while (true) {
      if (length == text.size()) {
        if (text.size() > kMaxSourceFileBytes) {
          break;
        }
        text.resize(std::min<size_t>(text.size() * 2, kMaxSourceFileBytes + 1));
      }
      ssize_t got = read(fd, text.data() + length, text.size() - length);
      if (got < 0 && errno == EINTR) {
        continue;
      }
      if (got < 0) {
        error = Reason(errno);
        break;
      }
      if (got == 0) {
        break;
      }
      length += static_cast<size_t>(got);
    }
    text.resize(length);
  }
  close(fd);
  if (!error.empty()) {
    sink.Error("io-error", {}, fmt::format("{}: cannot be read ({})", path.string(), error));
    return nullptr;
  }
  uint64_t size = std::max<uint64_t>(static_cast<uint64_t>(status.st_size), text.size());
  if (size > kMaxSourceFileBytes) {
    sink.Error("file-too-large", {},
               fmt::format("{}: file is {} bytes, more than the limit of {} bytes; split the "
                           "schema into several files",
                           path.string(), size, kMaxSourceFileBytes));
    return nullptr;
  }
  return std::make_shared<const SourceFile>(path.string(), std::move(text));
}

}  // namespace

bool CheckText(const std::shared_ptr<const SourceFile>& file, DiagnosticSink& sink) {
  const std::string& text = file->text();
  if (text.size() > kMaxSourceFileBytes) {
    sink.Error("file-too-large", SourceRange{file, 0, 0, 0},
               fmt::format("{}: file is {} bytes, more than the limit of {} bytes; split the "
                           "schema into several files",
                           file->path(), text.size(), kMaxSourceFileBytes));
    return false;
  }
  size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    sink.Error("binary-file", RangeAt(file, nul),
               "file contains a NUL byte and is not a text file; schema files must be UTF-8 text");
    return false;
  }
  size_t bad = FindInvalidUtf8(text);
  if (bad != std::string_view::npos) {
    sink.Error("invalid-utf8", RangeAt(file, bad),
               fmt::format("invalid UTF-8 byte 0x{:02x}; schema files must be UTF-8 encoded",
                           static_cast<unsigned char>(text[bad])));
    return false;
  }
  return true;
}

std::vector<std::shared_ptr<const SourceFile>> LoadSchemaSources(const fs::path& root,
                                                                 DiagnosticSink& sink) {
  std::vector<fs::path> paths;
  struct stat status {};
  if (stat(root.c_str(), &status) != 0) {
    int error = errno;
    struct stat link {};
    if (error == ENOENT && lstat(root.c_str(), &link) != 0) {
      sink.Error("no-such-path", {},
                 fmt::format("{}: no such file or directory; pass a schema directory or .sql file",
                             root.string()));
    } else {
      sink.Error("io-error", {},
                 fmt::format("{}: cannot be read ({}); make it readable, or pass another schema "
                             "directory or .sql file",
                             root.string(), Reason(error)));
    }
    return {};
  }
  if (S_ISDIR(status.st_mode)) {
    Walker walker(sink);
    walker.Walk(root, status);
    if (walker.sql_entries() == 0 && !walker.failed()) {
      sink.Error("no-schema-files", {},
                 fmt::format("{}: no .sql files in this directory or below; check the path (an "
                             "empty schema is an empty .sql file)",
                             root.string()));
      return {};
    }
    paths = walker.TakeFiles();
  } else if (S_ISREG(status.st_mode)) {
    paths.push_back(root);
  } else {
    sink.Error("io-error", {},
               fmt::format("{}: is {}, not a directory or a file; pass a schema directory or "
                           ".sql file",
                           root.string(), KindOf(status.st_mode)));
    return {};
  }
  std::sort(paths.begin(), paths.end(), [](const fs::path& a, const fs::path& b) {
    return a.generic_string() < b.generic_string();
  });

  std::vector<std::shared_ptr<const SourceFile>> files;
  for (const fs::path& path : paths) {
    auto file = ReadSourceFile(path, sink);
    if (file != nullptr && CheckText(file, sink)) {
      files.push_back(std::move(file));
    }
  }
  return files;
}

}  // namespace schemac::base
