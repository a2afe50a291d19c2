#include "schemac/base/files.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

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
  std::error_code error;
  if (fs::is_directory(root, error)) {
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
      if (it->path().extension() != ".sql" || it->is_directory(error)) {
        continue;
      }
      if (it->is_regular_file(error)) {
        paths.push_back(it->path());
      } else {
        // A dangling link or a special file: say so rather than skip a schema file silently.
        sink.Error("io-error", {},
                   fmt::format("{}: not a readable regular file; remove it or fix the link",
                               it->path().string()));
      }
    }
  } else if (fs::is_regular_file(root, error)) {
    paths.push_back(root);
  } else {
    sink.Error("no-such-path", {},
               fmt::format("{}: no such file or directory; pass a schema directory or .sql file",
                           root.string()));
    return {};
  }
  if (error) {
    sink.Error("io-error", {}, fmt::format("{}: {}", root.string(), error.message()));
  }
  std::sort(paths.begin(), paths.end(), [](const fs::path& a, const fs::path& b) {
    return a.generic_string() < b.generic_string();
  });

  std::vector<std::shared_ptr<const SourceFile>> files;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      sink.Error("io-error", {}, fmt::format("{}: cannot be read", path.string()));
      continue;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    auto file = std::make_shared<const SourceFile>(path.string(), std::move(buffer).str());
    if (CheckText(file, sink)) {
      files.push_back(std::move(file));
    }
  }
  return files;
}

}  // namespace schemac::base
