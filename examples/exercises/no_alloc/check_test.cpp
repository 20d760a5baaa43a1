// Checker of the no_alloc exercise: the hot function main.digitSum must
// allocate nothing on the heap.
//
// How: run the program from one heap allocation to the next
// (Session::run_until stops after the instruction that allocated) and look
// at goroutine 1's frames there. An allocation made while main.digitSum is
// on the stack, by itself or by a function it calls, counts against it.
// The first such allocation is shown with its site and the reason the
// compiler put it on the heap, as `govm run --trace-memory` prints them.
#include <optional>
#include <string>

#include <gtest/gtest.h>
#include <govm/govm.h>

#include "exercise.h"

namespace {

const char* const kHot = "main.digitSum";

// Whether func is on goroutine 1's stack (the program has no other).
bool on_stack(const govm::Session& s, const std::string& func) {
  for (const govm::FrameView& f : s->frames(1))
    if (f.func == func) return true;
  return false;
}

TEST(NoAlloc, DigitSumAllocatesNothing) {
  govm::CompileResult program = govm::compile_file(exercise_path());
  ASSERT_TRUE(program.ok()) << "the program does not compile:\n" << program.errors_text;

  govm::Session s(program, govm::sandbox_options());
  uint64_t allocs = 0;
  std::optional<govm::HeapAllocEvent> first;
  while (s.run_until(govm::EventKind::HeapAlloc).reason == govm::StopReason::Event) {
    if (!on_stack(s, kHot)) continue;
    if (allocs++ == 0) first = std::get<govm::HeapAllocEvent>(s->last_event()->data);
  }

  ASSERT_EQ(s.exit_code(), 0) << "the program failed:\n" << s.stderr_text();
  EXPECT_EQ(s.stdout_text(), "sum of the digit sums of 1..1000: 13501\n")
      << "digitSum must still return the sum of n's digits";
  if (allocs != 0)
    ADD_FAILURE() << "digitSum allocated " << allocs << " objects on the heap; it must allocate none.\n"
                  << "The first one, at line " << first->line << ": " << first->reason << " (" << first->type
                  << ", " << first->size << " bytes, by " << first->func << ").\n"
                  << "Run `govm build -m " << exercise_path() << "` to see every escape decision.";
}

}  // namespace
