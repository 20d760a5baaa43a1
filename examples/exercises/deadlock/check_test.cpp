// Checker of the deadlock exercise: the program must end normally and
// print the sum; when it deadlocks, the checker says who was waiting for
// what, where, as the student would read it in the goroutines' tracebacks.
//
// How: run the program to its end (Session::run). A deadlock ends it with
// Go's fatal error ("fatal error: all goroutines are asleep - deadlock!",
// exit reason "fatal") and leaves the machine inspectable: every goroutine
// that still exists is parked, with its wait reason and the line it waits
// at (Machine::goroutines). The explanation groups them by what they wait
// for.
#include <map>
#include <string>
#include <tuple>

#include <gtest/gtest.h>
#include <govm/govm.h>

#include "exercise.h"

namespace {

// "goroutine 1 waits in sync.WaitGroup.Wait at line 31 (main.main);
//  3 goroutines wait in chan send at line 14 (main.worker)"
std::string who_waits(const std::vector<govm::GoroutineView>& gs) {
  std::map<std::tuple<std::string, uint32_t, std::string>, std::vector<uint64_t>> groups;
  for (const govm::GoroutineView& g : gs) groups[{g.wait_reason, g.line, g.func}].push_back(g.id);
  std::string out;
  for (const auto& [key, ids] : groups) {
    const auto& [reason, line, func] = key;
    if (!out.empty()) out += ";\n";
    out += ids.size() == 1 ? "goroutine " + std::to_string(ids[0]) + " waits"
                           : std::to_string(ids.size()) + " goroutines wait";
    out += " in " + reason + " at line " + std::to_string(line) + " (" + func + ")";
  }
  return out;
}

TEST(Deadlock, TheProgramFinishesAndPrintsTheSum) {
  govm::CompileResult program = govm::compile_file(exercise_path());
  ASSERT_TRUE(program.ok()) << "the program does not compile:\n" << program.errors_text;

  govm::Session s(program, govm::sandbox_options());
  s.run();
  if (std::string(s.exit_reason()) == "fatal" &&
      s.stderr_text().starts_with("fatal error: all goroutines are asleep - deadlock!")) {
    FAIL() << "the program deadlocked: every goroutine is blocked and none can wake the others.\n"
           << who_waits(s->goroutines()) << ".\n"
           << "Who receives the results while the workers send them?";
  }
  ASSERT_EQ(s.exit_code(), 0) << "the program failed (" << s.exit_reason() << "):\n" << s.stderr_text();
  EXPECT_EQ(s.stdout_text(), "sum of squares: 385\n");
}

}  // namespace
