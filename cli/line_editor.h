// A small line editor for the stepper's prompt on a terminal (no readline:
// the project depends on nothing beyond its listed Debian packages).
//
// It puts the terminal in raw mode (termios: no echo, no canonical
// buffering, no signals) only while a line is read, and restores it before
// returning, so the program stepped and a Ctrl-C during a long `continue`
// see the terminal as usual. Keys: printable characters insert at the
// cursor; Left/Right and Ctrl-B/Ctrl-F move; Home/End and Ctrl-A/Ctrl-E go
// to the ends; Backspace and Delete erase; Ctrl-K and Ctrl-U cut to the end
// or the whole line; Up/Down walk the history; Ctrl-C abandons the line;
// Ctrl-D on an empty line is end of input. Each edit redraws the line
// ("\r", prompt, text, clear to the end, cursor back).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace govm {

class LineEditor {
 public:
  LineEditor(int in_fd, int out_fd) : in_(in_fd), out_(out_fd) {}
  // One line without its newline; nullopt at end of input (Ctrl-D, EOF).
  std::optional<std::string> read_line(const std::string& prompt);
  // Adds a line to the history (not an empty one, not a repeat of the last).
  void remember(const std::string& line);

 private:
  int in_, out_;
  std::vector<std::string> history_;
};

}  // namespace govm
