// Reading a schema directory: the only file-system access of the compiler front end.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "schemac/base/diagnostics.h"
#include "schemac/base/source.h"

namespace schemac::base {

// Files larger than this are refused with a diagnostic rather than parsed.
inline constexpr size_t kMaxSourceFileBytes = 32u * 1024u * 1024u;

// LoadSchemaSources reads `root`: a single .sql file, or a directory whose .sql files are read
// recursively in sorted path order. Paths in the returned files are as given (root joined with
// the relative path). Links to directories are followed; a link back to a directory that
// contains it ("directory-loop") and a second path to a directory already read
// ("duplicate-directory") are warnings and not followed, since their files are read once
// anyway. Everything that cannot be read is reported into `sink` as an io-error (a directory or
// file without permission, a dangling link, a .sql entry that is a special file, a root that is
// neither a directory nor a file), as is a directory holding no .sql file at all
// ("no-schema-files"). A file's size is checked before it is read; a file that is not valid UTF-8
// text (NUL bytes, invalid sequences) or is too large is reported and left out.
std::vector<std::shared_ptr<const SourceFile>> LoadSchemaSources(const std::filesystem::path& root,
                                                                 DiagnosticSink& sink);

// CheckText reports why `file` cannot be parsed as text (a NUL byte, invalid UTF-8, too large);
// returns false when it reported anything.
bool CheckText(const std::shared_ptr<const SourceFile>& file, DiagnosticSink& sink);

}  // namespace schemac::base
