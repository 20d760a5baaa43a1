// Diagnostics: compile errors as values, printed in gc's format.
//
//   prog.go:7:3: govm does not support goto yet
//
// The compiler collects up to kMaxErrors errors (as gc does, then
// "too many errors"), sorted by position.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace govm {

struct Pos {
  uint32_t line = 0;  // 1-based; 0 = unknown
  uint32_t col = 0;   // 1-based byte column, as gc counts
  bool valid() const { return line != 0; }
  friend bool operator<(Pos a, Pos b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }
  friend bool operator==(Pos a, Pos b) { return a.line == b.line && a.col == b.col; }
};

struct Diagnostic {
  std::string file;
  Pos pos;
  std::string message;
  std::string format() const;  // "file:line:col: message"
};

inline constexpr size_t kMaxErrors = 10;

class Diagnostics {
 public:
  explicit Diagnostics(std::string file) : file_(std::move(file)) {}
  void error(Pos pos, std::string message);  // may be dropped by gc's filters (below)
  // "govm does not support WHAT yet", for valid Go outside the subset.
  void unsupported(Pos pos, const std::string& what);
  bool has_errors() const { return !list_.empty(); }
  size_t count() const { return list_.size(); }
  // Sorted by position, at most kMaxErrors (the first reported); a final
  // "too many errors" line is added by format_all once kMaxErrors were
  // reported, at the position of the last of them, as gc does.
  std::vector<Diagnostic> sorted() const;
  std::string format_all() const;
  const std::string& file() const { return file_; }
  // Errors whose message starts "syntax error" (counted before the
  // one-per-line filter, as gc's numSyntaxErrors). gc stops before type
  // checking when there are any; lexical errors ("newline in string") and
  // other parser errors do not stop it.
  size_t syntax_errors() const { return syntax_errors_; }

 private:
  std::string file_;
  std::vector<Diagnostic> list_;  // in report order, after gc's filters
  // gc's filters (base.ErrorfAt): one syntax error per line; a non-syntax
  // error equal to the previous one on the same line is dropped.
  uint32_t last_syntax_line_ = 0;
  uint32_t last_other_line_ = 0;
  std::string last_other_message_;
  size_t syntax_errors_ = 0;
};

}  // namespace govm
