// schemac sandbox: a temporary PostgreSQL server for one command.
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>

#include "schemac/pgserver/server.h"

#include "commands.h"
#include "signals.h"

extern char** environ;

namespace schemac::cli {
namespace {

// PercentEncoded writes every byte but letters, digits and "-._~/" as %XX, for a URI.
std::string PercentEncoded(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    out += plain ? std::string(1, c) : fmt::format("%{:02X}", static_cast<unsigned char>(c));
  }
  return out;
}

}  // namespace

int RunSandbox(const SandboxOptions& options) {
  pgserver::ServerOptions server_options;
  server_options.bin_dir = options.pg_bindir;
  std::string error;
  auto server = pgserver::EphemeralServer::Start(server_options, &error);
  if (server == nullptr) {
    std::cerr << "error: cannot start a temporary PostgreSQL server: " << error << "\n";
    return 1;
  }
  if (!server->CreateDatabase(options.database, &error)) {
    std::cerr << "error: " << error << "\n";
    return 1;
  }
  const std::string& dir = server->socket_dir();
  setenv("PGHOST", dir.c_str(), 1);
  setenv("PGPORT", std::to_string(server->port()).c_str(), 1);
  setenv("PGUSER", "postgres", 1);
  setenv("PGDATABASE", options.database.c_str(), 1);
  std::string url =
      fmt::format("postgresql:///{}?host={}&port={}&user=postgres",
                  PercentEncoded(options.database), PercentEncoded(dir), server->port());
  setenv("DATABASE_URL", url.c_str(), 1);

  std::vector<char*> argv;
  for (const std::string& arg : options.command) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  pid_t child = 0;
  // The command starts with the signal mask schemac started with, not the one that leaves the
  // termination signals to schemac's signal thread.
  posix_spawnattr_t attributes;
  posix_spawnattr_init(&attributes);
  posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
  posix_spawnattr_setsigmask(&attributes, &ChildSignalMask());
  SetSandboxChild(-1);
  int spawned = posix_spawnp(&child, argv[0], nullptr, &attributes, argv.data(), environ);
  posix_spawnattr_destroy(&attributes);
  SetSandboxChild(spawned == 0 ? child : 0);
  if (spawned != 0) {
    std::cerr << fmt::format("error: cannot run {}: {}\n", options.command[0],
                             std::strerror(spawned));
    return 1;
  }
  int status = 0;
  while (waitpid(child, &status, 0) < 0) {
    if (errno != EINTR) {
      return 1;
    }
  }
  SetSandboxChild(0);
  server->Stop();
  if (WIFEXITED(status)) {
    return WEXITSTATUS(status);
  }
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

}  // namespace schemac::cli
