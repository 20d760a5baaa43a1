// Escape analysis (issue 3, in progress): this placeholder leaves every
// decision undecided (EscapeDecision::None), which code generation treats
// as "on the heap", always safe. The analysis replaces it.
#include "compiler/escape.h"

#include "compiler/compiler.h"
#include "compiler/types.h"

namespace govm {

std::string site_name(const Expr* site) { return expr_string(site); }

void analyze_escapes(CheckedPackage&) {}

}  // namespace govm
