// Connections: no part of a password in a connection string is ever printed, by any command
// that takes a connection, in any output format, whatever the mistake in the string; and a server
// that never answers cannot hang a run.

#include <arpa/inet.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

// Pieces of the password "MyP@ss/w0rd" that a mistaken string could let through.
constexpr const char* kPieces[] = {"MyP", "ss/w0rd", "w0rd", "MyPss"};

// Connection strings that cannot connect, each with a password in it: written unencoded in a URI
// ("@" and "/" end libpq's user information early, so the rest becomes the host, port or
// database), encoded, in key=value settings, and in strings libpq cannot parse at all.
std::vector<std::string> BadConnections() {
  return {
      "postgresql://deploy:MyP@ss/w0rd@127.0.0.1:1/app",
      "postgresql://deploy:MyP@ssw0rd@127.0.0.1:1/app",
      "postgresql://deploy:MyPss/w0rd@127.0.0.1:1/app",
      "postgresql://deploy:MyP%40ss%2Fw0rd@127.0.0.1:1/app",
      "postgresql://deploy@127.0.0.1:1/app?password=MyP%40ss%2Fw0rd",
      "host=127.0.0.1 port=1 user=deploy password='MyP@ss/w0rd' dbname=app",
      "host=127.0.0.1 port=1 password=MyP@ss/w0rd w0rd",
      "postgresql://deploy:MyP%40ss%2Fw0rd@[::1/app",
      "postgresql://deploy:MyP%zzss%2Fw0rd@127.0.0.1:1/app",
  };
}

class ConnectionTest : public MigrateTest {};

TEST_F(ConnectionTest, NoPartOfAPasswordIsEverPrinted) {
  WriteShopV1(Dir() / "v1");
  std::string good = Url("postgres");
  size_t runs = 0;
  std::vector<std::string> bad_connections = BadConnections();
  for (size_t i = 0; i < bad_connections.size(); ++i) {
    const std::string& bad = bad_connections[i];
    // Every format for the first strings; the error comes before any report is rendered, so the
    // other strings are tried in one.
    std::vector<std::string> formats = {"human"};
    if (i < 2) {
      formats = {"human", "json", "markdown", "sql"};
    }
    std::vector<std::vector<std::string>> commands = {
        {"plan", "--schema", "v1", "--db", bad, "--dev-db", good},
        {"plan", "--schema", "v1", "--db", good, "--dev-db", bad},
        {"apply", "--schema", "v1", "--db", bad, "--dev-db", good},
        {"apply", "--schema", "v1", "--db", good, "--dev-db", bad, "--dry-run"},
        {"diff", "--from", bad, "--to", "v1", "--dev-db", good},
        {"diff", "--from", "v1", "--to", bad, "--dev-db", good},
        {"dump", "--db", bad},
        {"dump", "--db", bad, "-o", "out"},
    };
    for (std::vector<std::string> command : commands) {
      for (const std::string& format : formats) {
        std::vector<std::string> args = command;
        if (args[0] != "dump") {
          args.insert(args.end(), {"--format", format, "--timings"});
        } else if (format != "human") {
          continue;
        }
        CommandResult result = Run(args);
        ++runs;
        std::string shown = result.out + result.err;
        EXPECT_EQ(result.exit_code, 1) << fmt::format("{}", fmt::join(args, " ")) << "\n" << shown;
        EXPECT_TRUE(Contains(result.err, "[connection-failed]")) << shown;
        for (const char* piece : kPieces) {
          EXPECT_FALSE(Contains(shown, piece))
              << piece << " shown by: " << fmt::format("{}", fmt::join(args, " ")) << "\n"
              << shown;
        }
      }
    }
  }
  EXPECT_GT(runs, 90u);
}

// A server that accepts the connection and never answers: the kernel completes the handshake of
// a listening socket nobody accepts on.
class SilentServer {
 public:
  SilentServer() {
    fd_ = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    bool ok = fd_ >= 0 && bind(fd_, reinterpret_cast<sockaddr*>(&address), length) == 0 &&
              listen(fd_, 16) == 0 &&
              getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &length) == 0;
    port_ = ok ? ntohs(address.sin_port) : 0;
  }
  ~SilentServer() {
    if (fd_ >= 0) {
      close(fd_);
    }
  }
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

TEST_F(ConnectionTest, ServerThatNeverAnswersTimesOut) {
  SilentServer silent;
  ASSERT_NE(silent.port(), 0);
  // Without a connect_timeout, libpq waits for ever (CTest's timeout would end the test); with
  // the default one it gives up after 10 s and says so.
  CommandResult dump =
      Run({"dump", "--db", fmt::format("postgresql://app@127.0.0.1:{}/app", silent.port())});
  EXPECT_EQ(dump.exit_code, 1) << dump.out << dump.err;
  EXPECT_TRUE(Contains(dump.err, "[connection-failed]")) << dump.err;
  EXPECT_TRUE(Contains(dump.err, "timeout expired")) << dump.err;
}

}  // namespace
}  // namespace schemac::testing
