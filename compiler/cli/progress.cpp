#include "progress.h"

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace schemac::cli {
namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
constexpr size_t kDefaultColumns = 80;
constexpr std::string_view kEraseLine = "\r\x1b[K";

struct State {
  std::mutex mutex;
  std::condition_variable stop;
  bool enabled = false;
  bool stopping = false;
  bool shown = false;   // the line is on the terminal
  bool hidden = false;  // erased by ClearProgress, until a task changes
  Clock::time_point start;
  std::vector<std::pair<uint64_t, std::string>> tasks;  // in the order they started
  uint64_t next_id = 1;
  std::thread redrawer;
};

// Never destroyed: a task may end on another thread while the process exits.
State& TheState() {
  static State* state = new State();
  return *state;
}

void WriteToStderr(std::string_view text) {
  while (!text.empty()) {
    const ssize_t written = write(STDERR_FILENO, text.data(), text.size());
    if (written < 0 && errno == EINTR) {
      continue;
    }
    if (written <= 0) {
      return;
    }
    text.remove_prefix(static_cast<size_t>(written));
  }
}

size_t Columns() {
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
    return size.ws_col;
  }
  return kDefaultColumns;
}

// The functions below run with the state's mutex held.

void Erase(State& state) {
  if (state.shown) {
    WriteToStderr(kEraseLine);
    state.shown = false;
  }
}

void Draw(State& state) {
  if (!state.enabled || state.hidden) {
    return;
  }
  if (state.tasks.empty()) {
    Erase(state);
    return;
  }
  // What the command wrote to standard output before goes to the terminal before the line.
  std::fflush(stdout);
  const double seconds = std::chrono::duration<double>(Clock::now() - state.start).count();
  std::string line = fmt::format("[{:.1f}s] ", seconds);
  for (size_t i = 0; i < state.tasks.size(); ++i) {
    line += (i == 0 ? "" : "; ") + state.tasks[i].second;
  }
  // A line as wide as the terminal would wrap, and the carriage return would rewrite only its
  // last part.
  const size_t width = Columns() - 1;
  if (line.size() > width) {
    line.resize(width);
  }
  WriteToStderr(fmt::format("\r{}\x1b[K", line));
  state.shown = true;
}

void Redraw() {
  State& state = TheState();
  std::unique_lock<std::mutex> lock(state.mutex);
  while (!state.stopping) {
    state.stop.wait_for(lock, kRedrawInterval);
    if (!state.stopping) {
      Draw(state);
    }
  }
}

}  // namespace

void StartProgress() {
  State& state = TheState();
  std::lock_guard<std::mutex> lock(state.mutex);
  if (state.enabled || state.stopping) {
    return;
  }
  state.enabled = true;
  state.start = Clock::now();
  state.redrawer = std::thread(Redraw);
}

void StopProgress() {
  State& state = TheState();
  std::thread redrawer;
  {
    std::lock_guard<std::mutex> lock(state.mutex);
    Erase(state);
    state.enabled = false;
    state.stopping = true;
    redrawer = std::move(state.redrawer);
  }
  state.stop.notify_all();
  if (redrawer.joinable()) {
    redrawer.join();
  }
}

void ClearProgress() {
  State& state = TheState();
  std::lock_guard<std::mutex> lock(state.mutex);
  Erase(state);
  state.hidden = true;
}

ProgressTask::ProgressTask(std::string text) {
  State& state = TheState();
  std::lock_guard<std::mutex> lock(state.mutex);
  id_ = state.next_id++;
  state.tasks.emplace_back(id_, std::move(text));
  state.hidden = false;
  Draw(state);
}

ProgressTask::~ProgressTask() {
  State& state = TheState();
  std::lock_guard<std::mutex> lock(state.mutex);
  std::erase_if(state.tasks, [&](const auto& task) { return task.first == id_; });
  state.hidden = false;
  Draw(state);
}

void ProgressTask::Set(std::string text) {
  State& state = TheState();
  std::lock_guard<std::mutex> lock(state.mutex);
  for (auto& task : state.tasks) {
    if (task.first == id_) {
      task.second = std::move(text);
    }
  }
  state.hidden = false;
}

}  // namespace schemac::cli
