// Checker of the stack_growths exercise: the number the student wrote in
// the global predictedGrowths must be how many times goroutine 1's stack
// grew during the run.
//
// How: run the program (Session::run), count the growths (Stats), read the
// prediction from the global itself (Machine::globals(), its value as %v),
// and, for the explanation when they differ, follow the frames pushed and
// popped (FramePush, FramePop events) to find the deepest the stack got.
// The message never gives the answer away: it gives what the answer is
// computed from.
#include <algorithm>
#include <cstdint>
#include <string>

#include <gtest/gtest.h>
#include <govm/govm.h>

#include "exercise.h"

namespace {

// The bytes of frames on the stack, and the most there ever were.
struct StackDepth {
  uint64_t now = 0, peak = 0;
  uint64_t down_frame = 0;  // the size of one frame of main.down
  void on_event(const govm::Event& e) {
    if (const auto* push = std::get_if<govm::FramePushEvent>(&e.data)) {
      now += push->size;
      peak = std::max(peak, now);
      if (push->func == "main.down") down_frame = push->size;
    } else if (const auto* pop = std::get_if<govm::FramePopEvent>(&e.data)) {
      now -= pop->size;
    }
  }
};

// The value of global `name`, as %v; "" when the program has none.
std::string global_value(const govm::Session& s, const std::string& name) {
  for (const govm::GlobalView& g : s->globals())
    if (g.name == name) return g.value;
  return "";
}

TEST(StackGrowths, PredictionIsRight) {
  govm::CompileResult program = govm::compile_file(exercise_path());
  ASSERT_TRUE(program.ok()) << "the program does not compile:\n" << program.errors_text;

  govm::Session s(program, govm::sandbox_options());
  StackDepth depth;
  s.on_event([&](const govm::Event& e) { depth.on_event(e); },
             govm::kind_mask({govm::EventKind::FramePush, govm::EventKind::FramePop}));
  ASSERT_EQ(s.run(), 0) << "the program failed:\n" << s.stderr_text();
  ASSERT_TRUE(s.stdout_text().starts_with("down(100) = 5050\n"))
      << "predict the growths of the program as given: change only predictedGrowths";

  const std::string predicted = global_value(s, "main.predictedGrowths");
  ASSERT_NE(predicted, "") << "write your prediction into the global: var predictedGrowths = N";
  const uint64_t grew = s.stats().stack_growths;
  // Not EXPECT_EQ: its message would show the answer.
  if (predicted != std::to_string(grew))
    ADD_FAILURE() << "you predicted " << predicted << " stack growths, but the stack grew "
                  << (std::stoll(predicted) < static_cast<long long>(grew) ? "more" : "fewer")
                  << " times than that.\n"
                  << "Each frame of main.down takes " << depth.down_frame << " bytes; at the deepest point of "
                  << "the run the frames on the stack took " << depth.peak << " bytes in all. A goroutine's "
                  << "stack starts at 2048 bytes, and each growth doubles it (copying the frames to the new "
                  << "stack), until the frames fit with a small guard area to spare.";
}

}  // namespace
