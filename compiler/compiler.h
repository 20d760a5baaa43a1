// The compiler: Go source to a program image, in four passes.
//
//   parse (parser.cpp)      source  -> File (syntax tree), syntax errors
//   check (check*.cpp)      File    -> CheckedPackage: types, objects, init order, errors
//   generate (codegen*.cpp) checked -> bytecode per function
//   link (link.cpp)         code    -> Image: segments laid out at their addresses
//
// Errors are values (Diagnostics), printed in gc's format.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/diag.h"
#include "runtime/image.h"

namespace govm {

struct File;
struct CheckedPackage;

// (issue 3) One escape-analysis decision as `govm build -m` prints it:
// "prog.go:8:2: moved to heap: x"; explanation holds the lines -m=2 adds.
struct EscapeMessage {
  uint32_t line = 0, col = 0;
  std::string message;
  std::vector<std::string> explanation;
};

struct CompileResult {
  std::shared_ptr<const Image> image;  // null when there were errors
  std::vector<EscapeMessage> escapes;  // (issue 3) sorted as gc's -m output
  std::vector<Diagnostic> diagnostics; // sorted, at most kMaxErrors
  std::string errors_text;             // as gc prints them, one per line
  bool ok() const { return image != nullptr; }
};

// `path` is how the file is named in messages and tracebacks.
CompileResult compile_source(const std::string& path, const std::string& source);
// Reads the file; an unreadable file is a diagnostic, not an exception.
CompileResult compile_file(const std::string& path);

// The passes, for tests.
// parse_file returns nullptr when the go command would not run gc at all:
// the package clause or imports are malformed, reported in go/parser's
// words as `go build` prints them (header.h). Otherwise it returns the
// tree, complete or not; syntax errors are counted by diags.syntax_errors().
std::unique_ptr<File> parse_file(const std::string& path, const std::string& source, Diagnostics& diags);
// Returns nullptr when there were errors.
std::unique_ptr<CheckedPackage> check_file(File& file, Diagnostics& diags);
// (issue 3) Escape analysis (escape.cpp): decides stack or heap for every
// variable and allocation site of a checked package, filling
// Object::storage, Expr::escape and CheckedPackage::escape_notes.
void analyze_escapes(CheckedPackage& pkg);
// Code generation and linking; reports constructs it cannot compile as
// diagnostics (never miscompiles). Returns null on error.
std::shared_ptr<const Image> generate(const CheckedPackage& pkg, Diagnostics& diags);

}  // namespace govm
