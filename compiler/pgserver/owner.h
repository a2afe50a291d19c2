// The owner of a server directory: the process that made it, recorded in the directory so that a
// later process can tell a directory whose owner is gone (killed with SIGKILL) and remove it.
#pragma once

#include <string>
#include <string_view>

namespace schemac::pgserver {

// The file in a server directory that names its owner: "<pid> <start time> <pid namespace>\n",
// the start time being field 22 of /proc/<pid>/stat (clock ticks since boot), or 0 where /proc
// is missing, and the namespace the target of /proc/self/ns/pid ("pid:[4026531836]"), or "-".
inline constexpr std::string_view kOwnerFile = "owner";

// WriteOwnerFile records the calling process as the owner of the server directory `dir`; false
// with *error when the file cannot be written.
bool WriteOwnerFile(const std::string& dir, std::string* error);

// RemoveStaleDirectories removes the server directories of `base` whose owner is gone: those
// named schemac-XXXXXX (not links) that hold an owner file written by this OS user, naming a
// process of this pid namespace that no longer runs, runs as a zombie, or started at another time
// (its pid was reused).
// A postmaster still running in such a directory (the process of its postmaster.pid, when its
// working directory is that data directory) gets SIGQUIT, then SIGKILL; a directory whose
// postmaster does not stop is left. Does nothing where /proc cannot be read.
void RemoveStaleDirectories(const std::string& base);

}  // namespace schemac::pgserver
