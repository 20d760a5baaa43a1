// A source string parsed and type-checked, for the compiler's unit tests:
// check(src) keeps the diagnostics, the tree and the checked package
// together (pkg is null when parsing or checking failed).
#pragma once

#include <memory>
#include <string>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/diag.h"

namespace govm {

struct Checked {
  Diagnostics diags{"prog.go"};
  std::unique_ptr<File> file;
  std::unique_ptr<CheckedPackage> pkg;
};

inline std::unique_ptr<Checked> check(const std::string& src) {
  auto c = std::make_unique<Checked>();
  c->file = parse_file("prog.go", src, c->diags);
  if (c->file != nullptr && !c->diags.has_errors()) c->pkg = check_file(*c->file, c->diags);
  return c;
}

}  // namespace govm
