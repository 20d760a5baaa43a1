// The go command's look at a file before gc sees it (go/build's readGoInfo).
//
// `go build` and `go run` first read a file's package clause and imports
// with a byte-level reader, parse that prefix with go/parser (ImportsOnly),
// and stop at go/parser's first error: gc never runs. So a malformed header
// is reported in go/parser's words, not gc's:
//
//   prog.go:1:1: expected 'package', found main
//   prog.go:3:8: expected 'STRING', found newline
//
// check_header reproduces that check; parse_file runs it first.
#pragma once

#include <string_view>

#include "compiler/diag.h"

namespace govm {

// Reports the go command's first header error and returns false, or
// returns true when the header is well-formed.
bool check_header(std::string_view source, Diagnostics& diags);

}  // namespace govm
