// The event stream (masks, sequence numbers) and the text trace's lines.
#include <gtest/gtest.h>

#include <algorithm>

#include <sstream>

#include "runtime/trace.h"
#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

struct Recorder : EventSink {
  void on_event(const Event& e) override { seen.push_back(e.seq); }
  std::vector<uint64_t> seen;
};

Event alloc_event() {
  return Event{EventKind::HeapAlloc, 0, 1,
               HeapAllocEvent{0xc000000000, 16, 16, 0, "string", "runtime.concatstring2", 12, "string concatenation"}};
}

TEST(EventStream, MasksAndSequence) {
  EventStream s;
  EXPECT_FALSE(s.any());
  EXPECT_FALSE(s.enabled(EventKind::HeapAlloc));
  Recorder all, grow;
  s.attach(&all);
  s.attach(&grow, 1u << static_cast<unsigned>(EventKind::StackGrow));
  EXPECT_TRUE(s.enabled(EventKind::HeapAlloc));
  s.emit(alloc_event());
  s.emit(Event{EventKind::StackGrow, 0, 1, StackGrowEvent{}});
  s.emit(alloc_event());
  EXPECT_EQ(all.seen, (std::vector<uint64_t>{1, 2, 3}));
  EXPECT_EQ(grow.seen, (std::vector<uint64_t>{2}));
  EXPECT_EQ(s.count(), 3u);
  EXPECT_STREQ(event_kind_name(EventKind::FramePop), "pop");
  EXPECT_STREQ(event_kind_name(EventKind::GlobalInit), "global");

  EventStream only_grow;
  only_grow.attach(&grow, 1u << static_cast<unsigned>(EventKind::StackGrow));
  EXPECT_FALSE(only_grow.enabled(EventKind::HeapAlloc));
  EXPECT_TRUE(only_grow.enabled(EventKind::StackGrow));
}

TEST(TextTrace, OneAlignedLinePerEvent) {
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::GlobalInit, 1, 0,
                                        GlobalInitEvent{"main.counter", Segment::Data, 0x4c2000, 8, "int", "42", false, 3}}),
            "global    load  data  0x4c2000           8 B  main.counter int = 42");
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::GlobalInit, 2, 0,
                                        GlobalInitEvent{"main.greeting", Segment::Bss, 0x4c3000, 16, "string", "", false, 4}}),
            "global    load  bss   0x4c3000          16 B  main.greeting string = \"\"");
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::GlobalInit, 3, 1,
                                        GlobalInitEvent{"main.total", Segment::Bss, 0x4c3010, 8, "int", "55", true, 5}}),
            "global    g1    bss   0x4c3010           8 B  main.total int = 55  (set by init code)");
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::FramePush, 4, 1,
                                        FramePushEvent{"main.fib", 0xc400000760, 0xc4000007a0, 64, 12, 2}}),
            "push      g1    main.fib           [0xc400000760, 0xc4000007a0)    64 B  depth 2  call at line 12");
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::FramePop, 5, 1,
                                        FramePopEvent{"main.fib", 0xc400000760, 0xc4000007a0, 64, 1}}),
            "pop       g1    main.fib           [0xc400000760, 0xc4000007a0)    64 B  depth 1");
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::StackGrow, 6, 1,
                                        StackGrowEvent{2048, 4096, 0xc400000000, 0xc400000800, 0xc400001000,
                                                       0xc400002000, 1856, 29, "main.fib", 29}}),
            "grow      g1    main.fib           stack 2048 -> 4096 B  [0xc400000000, 0xc400000800) -> "
            "[0xc400001000, 0xc400002000)  copied 1856 B, adjusted 29 frame pointers");
  // With pointers found by the stack maps besides the saved frame pointers.
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::StackGrow, 6, 1,
                                        StackGrowEvent{2048, 4096, 0xc400000000, 0xc400000800, 0xc400001000,
                                                       0xc400002000, 1856, 31, "main.fib", 29}}),
            "grow      g1    main.fib           stack 2048 -> 4096 B  [0xc400000000, 0xc400000800) -> "
            "[0xc400001000, 0xc400002000)  copied 1856 B, adjusted 31 pointers: 29 saved frame pointers, 2 in "
            "frames");
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::StackGrow, 6, 1,
                                        StackGrowEvent{2048, 4096, 0xc400000000, 0xc400000800, 0xc400001000,
                                                       0xc400002000, 64, 2, "main.f", 1}}),
            "grow      g1    main.f             stack 2048 -> 4096 B  [0xc400000000, 0xc400000800) -> "
            "[0xc400001000, 0xc400002000)  copied 64 B, adjusted 2 pointers: 1 saved frame pointer, 1 in frames");
  EXPECT_EQ(TextTraceSink::format(alloc_event()),
            "alloc     g1    0xc000000000      16 B  slot 16  string  by runtime.concatstring2 at line 12: string "
            "concatenation");
  // An allocation site found: column, the site's name and its reason.
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::HeapAlloc, 7, 1,
                                        HeapAllocEvent{0xc000002000, 24, 24, 3, "main.Point", "runtime.newobject", 9,
                                                       "escapes to heap", 9, "&Point{...}"}}),
            "alloc     g1    0xc000002000      24 B  slot 24 (class 3)  main.Point  by runtime.newobject at line 9:9 "
            "for &Point{...}: escapes to heap");
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::HeapAlloc, 8, 1,
                                        HeapAllocEvent{0xc000004000, 40, 48, 5, "[5]int", "runtime.makeslice", 4, "",
                                                       12, "make([]int, n)"}}),
            "alloc     g1    0xc000004000      40 B  slot 48 (class 5)  [5]int  by runtime.makeslice at line 4:12 for "
            "make([]int, n)");
  // A reason that starts with the site's name does not repeat it.
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::HeapAlloc, 9, 1,
                                        HeapAllocEvent{0xc000000000, 16, 16, 2, "main.Point", "runtime.newobject", 6,
                                                       "&Point{...} returned from main.newPoint", 9, "&Point{...}"}}),
            "alloc     g1    0xc000000000      16 B  slot 16 (class 2)  main.Point  by runtime.newobject at line 6:9: "
            "&Point{...} returned from main.newPoint");
}

// (issue 4) The collector's lines: the kind column is 10 wide (issue 5: for go-create).
TEST(TextTrace, GcStartLine) {
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::GcStart, 1, 1, GcStartEvent{3, "runtime.GC()", 4096, 4194304}}),
            "gc-start  g1    cycle 3  trigger runtime.GC()  heap 4096 B  goal 4194304 B");
}

// Stack roots name their goroutine; other roots name their kind.
TEST(TextTrace, GcRootsLine) {
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::GcRoots, 2, 1, GcRootsEvent{3, "stack", 2, 12, 5, 4}}),
            "gc-roots  g1    cycle 3  stack of g2: 12 pointer words, 5 to heap objects, 4 greyed");
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::GcRoots, 3, 1, GcRootsEvent{3, "bss", 0, 2, 1, 0}}),
            "gc-roots  g1    cycle 3  bss: 2 pointer words, 1 to heap objects, 0 greyed");
}

TEST(TextTrace, GcGreyLine) {
  EXPECT_EQ(TextTraceSink::format(
                Event{EventKind::GcGrey, 4, 1, GcMarkEvent{3, 0xc000002000, 24, "main.Node", 0xc4000007d8}}),
            "gc-grey   g1    0xc000002000      24 B  main.Node  from 0xc4000007d8");
}

// The same payload as gc-grey; a black line does not say who pointed at it.
TEST(TextTrace, GcBlackLine) {
  EXPECT_EQ(TextTraceSink::format(
                Event{EventKind::GcBlack, 5, 1, GcMarkEvent{3, 0xc000002000, 24, "main.Node", 0xc4000007d8}}),
            "gc-black  g1    0xc000002000      24 B  main.Node");
}

TEST(TextTrace, FreeLine) {
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::HeapFree, 6, 1,
                                        HeapFreeEvent{3, 0xc000002018, 20, 24, 3, "main.Node", 2, 9, 7, "&Node{...}",
                                                      "runtime.newobject"}}),
            "free      g1    0xc000002018      20 B  slot 24 (class 3)  main.Node  allocated by g2 in "
            "runtime.newobject at line 9:7 for &Node{...}");
  // No allocation site known: no position, no site.
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::HeapFree, 7, 1,
                                        HeapFreeEvent{3, 0xc000100000, 40000, 40960, 0, "[5000]int", 1, 0, 0, "",
                                                      "runtime.makeslice"}}),
            "free      g1    0xc000100000   40000 B  slot 40960 (large)  [5000]int  allocated by g1 in runtime.makeslice");
}

TEST(TextTrace, GcEndLine) {
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::GcEnd, 8, 1,
                                        GcEndEvent{3, "heap goal", 4194400, 1024, 1024, 12, 4096, 4194304, 8192, 64,
                                                   1234}}),
            "gc-end    g1    cycle 3  heap 4194400 -> 1024 B (live 1024 B), freed 12 objects (4096 B), next goal "
            "4194304 B, pause 1234 ns");
  EXPECT_EQ(TextTraceSink::format(
                Event{EventKind::GcEnd, 9, 1, GcEndEvent{4, "runtime.GC()", 48, 32, 32, 1, 16, 4194304, 0, 0, 7}}),
            "gc-end    g1    cycle 4  heap 48 -> 32 B (live 32 B), freed 1 object (16 B), next goal 4194304 B, pause "
            "7 ns");
}

TEST(TextTrace, ShrinkLine) {
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::StackShrink, 10, 2,
                                        StackShrinkEvent{8192, 4096, 0xc400004000, 0xc400006000, 0xc400001000,
                                                         0xc400002000, 800, 3}}),
            "shrink    g2    stack 8192 -> 4096 B  [0xc400004000, 0xc400006000) -> [0xc400001000, 0xc400002000)  "
            "used 800 B, adjusted 3 pointers");
  EXPECT_EQ(TextTraceSink::format(Event{EventKind::StackShrink, 11, 1,
                                        StackShrinkEvent{4096, 2048, 0xc400001000, 0xc400002000, 0xc400000000,
                                                         0xc400000800, 96, 1}}),
            "shrink    g1    stack 4096 -> 2048 B  [0xc400001000, 0xc400002000) -> [0xc400000000, 0xc400000800)  "
            "used 96 B, adjusted 1 pointer");
}

TEST(TextTrace, WritesToStreamsAndFiles) {
  std::ostringstream os;
  TextTraceSink sink(os);
  EventStream s;
  s.attach(&sink);
  s.emit(alloc_event());
  s.emit(alloc_event());
  const std::string text = os.str();
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  EXPECT_EQ(text.substr(0, 9), "alloc    ");

  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  TextTraceSink fsink(f);
  fsink.on_event(alloc_event());
  std::fflush(f);
  std::rewind(f);
  char buf[256] = {};
  ASSERT_NE(std::fgets(buf, sizeof buf, f), nullptr);
  EXPECT_EQ(std::string(buf), TextTraceSink::format(alloc_event()) + "\n");
  std::fclose(f);
}

TEST(TextTrace, GlobalsAnnouncedByTheRuntime) {
  rttest::ImageBuilder b;
  const Addr t_int = b.type("int", TypeKind::Int, 8, 8);
  const Addr t_str = b.type("string", TypeKind::String, 16, 8);
  b.global("main.counter", t_int, 8, Segment::Data, {42});
  b.global("main.name", t_str, 16, Segment::Bss);
  auto im = b.build();
  CaptureOutput out;
  Runtime rt(*im, out);
  std::ostringstream os;
  TextTraceSink sink(os);
  rt.events().attach(&sink);
  rt.announce_globals();
  EXPECT_EQ(os.str(),
            "global    load  data  0x420000           8 B  main.counter int = 42\n"
            "global    load  bss   0x421000          16 B  main.name string = \"\"\n");
  // Init code sets main.counter: announced again, by the goroutine.
  rttest::st64(rt, rttest::kData, 7);
  os.str("");
  rt.global_initialized(rttest::kData);
  EXPECT_EQ(os.str(), "global    load  data  0x420000           8 B  main.counter int = 7  (set by init code)\n");
}

}  // namespace
}  // namespace govm
