// pgserver_signal_helper [exit]: starts an ephemeral server, prints "<directory> <postmaster pid>"
// on one line, then waits for a signal; with "exit", calls exit(0) instead, without stopping the
// server.
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <unistd.h>

#include "schemac/pgserver/server.h"

int main(int argc, char** argv) {
  std::string error;
  auto server = schemac::pgserver::EphemeralServer::Start({}, &error);
  if (server == nullptr) {
    std::fprintf(stderr, "pgserver_signal_helper: %s\n", error.c_str());
    return 1;
  }
  std::printf("%s %d\n", server->socket_dir().c_str(), static_cast<int>(server->postmaster_pid()));
  std::fflush(stdout);
  if (argc > 1 && std::strcmp(argv[1], "exit") == 0) {
    server.release();  // left to the exit hook
    std::exit(0);
  }
  for (;;) {
    pause();
  }
}
