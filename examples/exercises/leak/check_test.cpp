// Checker of the leak exercise: after the program's last collection
// (its runtime.GC()), the heap must hold little more than the ids it
// keeps: 200 ids of 8 bytes, and the slice of them.
//
// How: run the program from one end of a collection to the next
// (Session::run_until GcEnd). At the pause after each cycle runtime.GC()
// forced, keep the live heap the cycle left (what runtime.ReadMemStats
// reads just after) and the objects still reachable (Machine::heap_objects),
// to say where the memory that survived was allocated. The limit, 256 KiB,
// is far above what 200 ids need and far below what 200 messages of
// 16 KiB take.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <govm/govm.h>

#include "exercise.h"

namespace {

constexpr uint64_t kLimit = 256 << 10;

// The reachable objects of one allocation site, added up.
struct Site {
  uint32_t line = 0;
  std::string text;  // "make([]byte, 16<<10)"
  uint64_t objects = 0, bytes = 0;
};

// The site whose reachable objects take the most bytes.
Site biggest_live_site(const std::vector<govm::HeapObjectView>& heap) {
  std::map<std::pair<uint32_t, std::string>, Site> sites;
  for (const govm::HeapObjectView& o : heap) {
    if (!o.reachable) continue;
    Site& s = sites[{o.line, o.site}];
    s.line = o.line, s.text = o.site;
    s.objects++, s.bytes += o.slot_size;
  }
  Site top;
  for (const auto& [key, s] : sites)
    if (s.bytes > top.bytes) top = s;
  return top;
}

TEST(Leak, HeapIsSmallAfterTheLastCollection) {
  govm::CompileResult program = govm::compile_file(exercise_path());
  ASSERT_TRUE(program.ok()) << "the program does not compile:\n" << program.errors_text;

  govm::Session s(program, govm::sandbox_options());
  std::optional<govm::GcEndEvent> forced;  // the last cycle runtime.GC() ran
  Site top;                                // and what survived it most
  while (s.run_until(govm::EventKind::GcEnd).reason == govm::StopReason::Event) {
    const auto& end = std::get<govm::GcEndEvent>(s->last_event()->data);
    if (end.trigger != "runtime.GC()") continue;
    forced = end;
    top = biggest_live_site(s->heap_objects());
  }
  ASSERT_EQ(s.exit_code(), 0) << "the program failed:\n" << s.stderr_text();

  EXPECT_TRUE(s.stdout_text().starts_with("ids kept: 200 first: abcdefgh last: rstuvwxy\n"))
      << "the program must still keep the id of every message; it printed:\n" << s.stdout_text();
  ASSERT_TRUE(forced) << "the program must still call runtime.GC() before it reads its MemStats";
  if (forced->live >= kLimit)
    ADD_FAILURE() << "the heap still holds " << forced->live << " bytes after the last collection, "
                  << "while the 200 ids take 1600 bytes: something keeps the old messages reachable.\n"
                  << "Most of it: " << top.objects << " objects (" << top.bytes << " bytes) allocated at line "
                  << top.line << " by " << top.text << ", all still reachable. What does ids hold, exactly?";
}

}  // namespace
