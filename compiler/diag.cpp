// Diagnostics: compile errors as values, filtered and printed as gc does.
//
// gc (cmd/compile/internal/base/print.go) reports every error through one
// function that applies two filters before counting it:
//   - only the first syntax error on a line is kept ("syntax error: ..."
//     messages; later ones on the same line add nothing useful);
//   - a non-syntax error identical to the previous one on the same line is
//     dropped.
// When the tenth error is counted, gc sorts what it has by position, prints
// it, prints "file:line:col: too many errors" at the position of that tenth
// error (in report order, not sorted order), and exits. Diagnostics keeps
// the list in report order and reproduces that at print time: sorted()
// takes the first kMaxErrors reported, sorts them (stably) and drops exact
// repeats; format_all() adds the "too many errors" line.
#include "compiler/diag.h"

#include <algorithm>

namespace govm {
namespace {

bool is_syntax_error(const std::string& message) { return message.rfind("syntax error", 0) == 0; }

std::string format_pos(const std::string& file, Pos pos) {
  if (!pos.valid()) return file;  // a message about the file as a whole
  std::string s = file + ":" + std::to_string(pos.line);
  if (pos.col != 0) s += ":" + std::to_string(pos.col);
  return s;
}

}  // namespace

std::string Diagnostic::format() const {
  if (file.empty() && !pos.valid()) return message;
  return format_pos(file, pos) + ": " + message;
}

void Diagnostics::error(Pos pos, std::string message) {
  if (is_syntax_error(message)) {
    syntax_errors_++;
    if (pos.valid() && pos.line == last_syntax_line_) return;
    last_syntax_line_ = pos.line;
  } else {
    if (pos.valid() && pos.line == last_other_line_ && message == last_other_message_) return;
    last_other_line_ = pos.line;
    last_other_message_ = message;
  }
  list_.push_back(Diagnostic{file_, pos, std::move(message)});
}

void Diagnostics::unsupported(Pos pos, const std::string& what) {
  error(pos, "govm does not support " + what + " yet");
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  size_t n = std::min(list_.size(), kMaxErrors);
  std::vector<Diagnostic> out(list_.begin(), list_.begin() + static_cast<std::ptrdiff_t>(n));
  std::stable_sort(out.begin(), out.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  auto same = [](const Diagnostic& a, const Diagnostic& b) {
    return a.pos == b.pos && a.message == b.message;
  };
  out.erase(std::unique(out.begin(), out.end(), same), out.end());
  return out;
}

std::string Diagnostics::format_all() const {
  std::string out;
  for (const Diagnostic& d : sorted()) out += d.format() + "\n";
  if (list_.size() >= kMaxErrors) {
    out += format_pos(file_, list_[kMaxErrors - 1].pos) + ": too many errors\n";
  }
  return out;
}

}  // namespace govm
