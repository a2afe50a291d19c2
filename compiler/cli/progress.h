// The progress line: on a terminal, what a long command is doing, on standard error.
//
// While a command works, one line on standard error says what each running task has done so far
// and how long the command has run:
//
//   [4.2s] loading the scratch database: 2300 of 12000 statements; reading the database
//
// The line is rewritten in place: a carriage return, the text cut to the terminal's width, then
// "erase to the end of the line" (ESC [ K). It is redrawn when a task starts or ends, and ten
// times a second by a thread of its own (so counts reach the terminal at most ten times a
// second); it is erased when no task runs, before anything else is written (ClearProgress) and
// when the command ends (StopProgress), so that nothing of it remains.
//
// Nothing is drawn unless StartProgress was called: main calls it only when standard error is a
// terminal and --quiet is not given. Every function is thread-safe.
#pragma once

#include <cstdint>
#include <string>

namespace schemac::cli {

// StartProgress starts drawing; the elapsed time counts from here.
void StartProgress();

// StopProgress erases the line and stops drawing for good.
void StopProgress();

// ClearProgress erases the line, and keeps it erased until a task starts, ends or changes its
// text: call it before writing to standard output or standard error.
void ClearProgress();

// ProgressTask is one task of the line, from its construction to its destruction.
class ProgressTask {
 public:
  explicit ProgressTask(std::string text);
  ~ProgressTask();
  ProgressTask(const ProgressTask&) = delete;
  ProgressTask& operator=(const ProgressTask&) = delete;

  // Set replaces the task's text (with a new count, say); it shows at the next redraw.
  void Set(std::string text);

 private:
  uint64_t id_;
};

}  // namespace schemac::cli
