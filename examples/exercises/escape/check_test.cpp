// Checker of the escape exercise: summarize must keep its local s in its
// own frame, and the program must print what it printed before.
//
// How: the compiler's escape decisions are data (CompileResult::escapes,
// what `govm build -m` prints): no decision on summarize's lines may say
// "moved to heap" or "escapes to heap". Its lines are read from the
// program image: from the function's declaration to its last statement.
#include <algorithm>
#include <string>

#include <gtest/gtest.h>
#include <govm/govm.h>

#include "exercise.h"

namespace {

// The source lines of function `name`: [first, last]; {0, 0} if none.
std::pair<uint32_t, uint32_t> func_lines(const govm::Image& image, const std::string& name) {
  for (const govm::FuncInfo& f : image.funcs) {
    if (f.name != name) continue;
    uint32_t last = f.decl_line;
    for (const govm::PcLine& pl : f.lines) last = std::max(last, pl.line);
    return {f.decl_line, last};
  }
  return {0, 0};
}

bool to_heap(const govm::EscapeMessage& m) {
  return m.message.starts_with("moved to heap:") || m.message.ends_with("escapes to heap");
}

TEST(Escape, SummarizeKeepsItsLocalsInItsFrame) {
  govm::CompileResult program = govm::compile_file(exercise_path());
  ASSERT_TRUE(program.ok()) << "the program does not compile:\n" << program.errors_text;

  const auto [first, last] = func_lines(*program.image, "main.summarize");
  ASSERT_NE(first, 0u) << "the program must still have its function summarize";
  for (const govm::EscapeMessage& m : program.escapes) {
    if (m.line < first || m.line > last || !to_heap(m)) continue;
    std::string why;
    for (const std::string& e : m.explanation) why += "\n    " + e;
    ADD_FAILURE() << exercise_path() << ":" << m.line << ":" << m.col << ": " << m.message << why << "\n"
                  << "summarize must keep this in its own frame. The lines above (`govm build -m=2`) say "
                  << "which assignment lets it outlive the call.";
  }

  govm::Session s(program, govm::sandbox_options());
  ASSERT_EQ(s.run(), 0) << "the program failed:\n" << s.stderr_text();
  EXPECT_EQ(s.stdout_text(), "a: 1 9 31\nb: 1 8 28\nlast sum: 28\n")
      << "the program must still print what it printed before";
}

}  // namespace
