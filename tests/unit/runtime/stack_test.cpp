// Goroutine stacks: segment allocation (StackAllocator), a new goroutine's
// entry link words (newproc) and stack growth (morestack) on hand-built
// frame chains.
#include <gtest/gtest.h>

#include "runtime/stack.h"
#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::ImageBuilder;
using rttest::ld64;
using rttest::st64;
using rttest::StackBuilder;

TEST(StackAllocator, SizesAreAlignedPowersOfTwo) {
  Image im;
  AddressSpace mem(im);
  StackAllocator st(mem);
  const Stack a = st.stackalloc(2048);
  EXPECT_EQ(a.lo, 0xc400000000u);
  EXPECT_EQ(a.hi, 0xc400000800u);
  const Stack b = st.stackalloc(3000);  // rounds up to 4096, aligned to 4096
  EXPECT_EQ(b.lo, 0xc400001000u);
  EXPECT_EQ(b.size(), 4096u);
  const Stack c = st.stackalloc(100);  // at least kStackMin
  EXPECT_EQ(c.size(), kStackMin);
  EXPECT_EQ(c.lo, 0xc400002000u);
  EXPECT_EQ(st.in_use(), 2048u + 4096 + 2048);
  EXPECT_NE(mem.host(c.lo, c.size()), nullptr);  // committed
  EXPECT_EQ(st.area_end(), c.hi);
}

TEST(StackAllocator, ReusesFreedSegmentsLowestFirst) {
  Image im;
  AddressSpace mem(im);
  StackAllocator st(mem);
  const Stack a = st.stackalloc(2048), b = st.stackalloc(2048), c = st.stackalloc(2048);
  st.stackfree(c);
  st.stackfree(a);
  st.stackfree(b);
  EXPECT_EQ(st.in_use(), 0u);
  EXPECT_EQ(st.stackalloc(2048).lo, a.lo);
  EXPECT_EQ(st.stackalloc(2048).lo, b.lo);
  EXPECT_EQ(st.stackalloc(2048).lo, c.lo);
  EXPECT_EQ(st.stackalloc(2048).lo, c.hi);  // free list empty: bump
  // A freed size does not serve another size.
  st.stackfree(a);
  EXPECT_EQ(st.stackalloc(4096).lo, 0xc400002000u);
}

TEST(StackAllocator, SameCallsSameAddresses) {
  auto run = [] {
    Image im;
    AddressSpace mem(im);
    StackAllocator st(mem);
    std::vector<Addr> seen;
    Stack s = st.stackalloc(2048);
    for (int i = 0; i < 8; ++i) {
      const Stack n = st.stackalloc(s.size() * 2);
      st.stackfree(s);
      s = n;
      seen.push_back(s.lo);
      seen.push_back(st.stackalloc(2048).lo);
    }
    return seen;
  };
  EXPECT_EQ(run(), run());
}

TEST(StackAllocator, BigFreedSegmentsComeBackZeroed) {
  Image im;
  AddressSpace mem(im);
  StackAllocator st(mem);
  const Stack s = st.stackalloc(64 * 1024);
  std::memset(mem.host(s.lo, s.size()), 0x5a, s.size());
  st.stackfree(s);
  const Stack t = st.stackalloc(64 * 1024);
  ASSERT_EQ(t.lo, s.lo);
  const uint8_t* p = mem.host(t.lo, t.size());
  for (uint64_t i = 0; i < t.size(); i += 509) ASSERT_EQ(p[i], 0) << i;
}

// A program with runtime.main -> main.main -> main.f -> main.g.
struct Program {
  std::unique_ptr<Image> image;
  Addr rt_main, main_main, f, g, goexit;
};

Program program() {
  ImageBuilder b;
  Program p;
  p.main_main = b.func("main.main", 64, 32, 0, {{0, 8}, {16, 9}, {40, 10}}).entry;
  p.f = b.func("main.f", 64, 48, 16, {{0, 3}, {12, 4}, {32, 5}}).entry;
  p.g = b.func("main.g", 32, 64, 8, {{0, 12}}).entry;
  p.rt_main = b.func("runtime.main", 16, 16, 0, {}, true).entry;
  p.goexit = b.func("runtime.goexit", 8, 0, 0, {}, true).entry;
  p.image = b.build();
  return p;
}

TEST(Newproc, WritesTheEntryLinkWords) {
  Program p = program();
  CaptureOutput out;
  Runtime rt(*p.image, out);
  G& g = rt.newproc(p.rt_main, 0);
  EXPECT_EQ(g.id, 1u);
  EXPECT_EQ(g.stack.size(), kStackMin);
  EXPECT_EQ(g.stack.lo, kStackAreaBase);
  EXPECT_EQ(g.pc, p.rt_main);
  EXPECT_EQ(g.sp, g.stack.hi);
  EXPECT_EQ(g.bp, g.stack.hi - 16);
  EXPECT_EQ(ld64(rt, g.stack.hi - 8), p.goexit);  // return address
  EXPECT_EQ(ld64(rt, g.stack.hi - 16), 0u);       // no caller
  EXPECT_EQ(g.status, GStatus::Runnable);  // (issue 5) in runnext, as Go's newproc leaves it
  G& g2 = rt.newproc(p.main_main, 1);
  EXPECT_EQ(g2.id, 2u);
  EXPECT_EQ(g2.creator, 1u);
  EXPECT_EQ(g2.stack.lo, g.stack.hi);
  EXPECT_EQ(rt.goroutines().size(), 2u);
}

// Builds runtime.main -> main.main -> main.f(5, 2) and stops in main.f's
// prologue-to-be of main.g: the state ENTER leaves for morestack.
struct Chain {
  Addr link_main, link_mm, link_f, link_g;  // link words of each frame
};

Chain build_chain(Runtime& rt, G& g, const Program& p) {
  StackBuilder s(rt, g);
  Chain c;
  s.enter(16);  // runtime.main
  c.link_main = s.bp();
  s.call(p.rt_main + 4);
  s.enter(32);  // main.main
  c.link_mm = s.bp();
  s.arg(0, 5);
  s.arg(1, 2);
  s.call(p.main_main + 20);
  s.enter(48);  // main.f
  c.link_f = s.bp();
  st64(rt, s.fp() + 40, 0xc4000007d0);  // a stack-looking value that is not a saved FP
  s.arg(0, 77);
  s.call(p.f + 36);  // main.f calls main.g; main.g's ENTER has no room
  c.link_g = s.fp() - 16;
  s.sync_for_morestack(p.g);
  return c;
}

struct Grow : ::testing::Test, EventSink {
  void on_event(const Event& e) override { events.push_back(e); }
  std::vector<Event> events;
};

TEST_F(Grow, CopiesFramesAndRelocatesSavedFramePointers) {
  Program p = program();
  CaptureOutput out;
  Runtime rt(*p.image, out);
  rt.events().attach(this);
  G& g = rt.newproc(p.rt_main, 0);
  const Chain c = build_chain(rt, g, p);
  const Stack old = g.stack;
  const uint64_t used = old.hi - g.sp;
  EXPECT_EQ(used, 16u + 16 + 16 + 32 + 16 + 48 + 16);

  ASSERT_TRUE(rt.morestack(g, 64 + kStackGuard));
  EXPECT_EQ(g.stack.size(), 4096u);
  EXPECT_EQ(g.stack.lo, 0xc400001000u);
  const uint64_t delta = g.stack.hi - old.hi;
  EXPECT_EQ(g.sp, c.link_g + delta);
  EXPECT_EQ(g.bp, c.link_g + delta);
  EXPECT_EQ(g.pc, p.g);
  // The chain, relocated: each link word names the next one up, 0 at the end.
  EXPECT_EQ(ld64(rt, c.link_g + delta), c.link_f + delta);
  EXPECT_EQ(ld64(rt, c.link_f + delta), c.link_mm + delta);
  EXPECT_EQ(ld64(rt, c.link_mm + delta), c.link_main + delta);
  EXPECT_EQ(ld64(rt, c.link_main + delta), 0u);
  // Return addresses and other words are copied unchanged.
  EXPECT_EQ(ld64(rt, c.link_g + delta + 8), p.f + 36);
  EXPECT_EQ(ld64(rt, c.link_main + delta + 8), p.goexit);
  EXPECT_EQ(ld64(rt, c.link_f + 16 + delta), 5u);  // main.f's arguments
  EXPECT_EQ(ld64(rt, c.link_f + 24 + delta), 2u);
  EXPECT_EQ(ld64(rt, c.link_f - 48 + 40 + delta), 0xc4000007d0u);
  // The old segment went back to the allocator.
  EXPECT_EQ(rt.stacks().in_use(), 4096u);

  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.kind, EventKind::StackGrow);
  EXPECT_EQ(e.goid, 1u);
  EXPECT_EQ(e.seq, 1u);
  const auto& sg = std::get<StackGrowEvent>(e.data);
  EXPECT_EQ(sg.old_size, 2048u);
  EXPECT_EQ(sg.new_size, 4096u);
  EXPECT_EQ(sg.old_lo, old.lo);
  EXPECT_EQ(sg.old_hi, old.hi);
  EXPECT_EQ(sg.new_lo, g.stack.lo);
  EXPECT_EQ(sg.new_hi, g.stack.hi);
  EXPECT_EQ(sg.copied, used);
  EXPECT_EQ(sg.adjusted, 3u);
  EXPECT_EQ(sg.saved_fps, 3u);
  EXPECT_EQ(sg.func, "main.g");
}

TEST_F(Grow, DoublesUntilTheFrameFits) {
  Program p = program();
  CaptureOutput out;
  Runtime rt(*p.image, out);
  G& g = rt.newproc(p.rt_main, 0);
  build_chain(rt, g, p);
  const uint64_t used = g.stack.hi - g.sp;
  ASSERT_TRUE(rt.morestack(g, 10000 + kStackGuard));
  EXPECT_EQ(g.stack.size(), 16384u);
  EXPECT_GE(g.stack.size() - used, 10000 + kStackGuard);
  EXPECT_EQ(g.stack.lo % 16384, 0u);
  // Growing again keeps the chain intact.
  ASSERT_TRUE(rt.morestack(g, 64));
  EXPECT_EQ(g.stack.size(), 32768u);
  int links = 0;
  for (Addr l = g.bp; l != 0; l = ld64(rt, l)) {
    ASSERT_GE(l, g.stack.lo);
    ASSERT_LT(l, g.stack.hi);
    ++links;
  }
  EXPECT_EQ(links, 4);
}

TEST_F(Grow, PastTheLimitIsAStackOverflow) {
  Program p = program();
  CaptureOutput out;
  RuntimeOptions opts;
  opts.max_stack = 4096;
  Runtime rt(*p.image, out, opts);
  G& g = rt.newproc(p.rt_main, 0);
  rt.set_current(&g);
  g.status = GStatus::Running;
  build_chain(rt, g, p);
  ASSERT_TRUE(rt.morestack(g, 64 + kStackGuard));  // 4096: at the limit, allowed
  const Addr sp = g.sp;
  const Stack s = g.stack;
  EXPECT_FALSE(rt.morestack(g, 64 + kStackGuard));  // 8192 > 4096
  EXPECT_EQ(g.stack.lo, s.lo);                      // nothing moved
  EXPECT_EQ(g.sp, sp);
  EXPECT_EQ(rt.failure(), "fatal error: stack overflow");
  EXPECT_FALSE(rt.ended());  // reported when the interpreter unwinds
  rt.report_failure();
  EXPECT_EQ(rt.exit_kind(), ExitKind::Fatal);
  EXPECT_EQ(rt.exit_code(), 2);
  char expect[256];
  std::snprintf(expect, sizeof expect,
                "runtime: goroutine stack exceeds 4096-byte limit\n"
                "runtime: sp=%#llx stack=[%#llx, %#llx]\n"
                "fatal error: stack overflow\n\n"
                "goroutine 1 [running]:\n"
                "main.g(0x4d)\n",
                static_cast<unsigned long long>(sp), static_cast<unsigned long long>(s.lo),
                static_cast<unsigned long long>(s.hi));
  EXPECT_EQ(out.err.substr(0, std::strlen(expect)), expect) << out.err;
  // A runtime throw shows each frame's fp, sp and pc, as Go's does.
  EXPECT_NE(out.err.find(" fp=0x"), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("main.main()\n\t/tmp/prog.go:9 +0x14 fp="), std::string::npos) << out.err;
  EXPECT_EQ(out.out, "");
}

TEST_F(Grow, ABrokenChainIsAnInternalError) {
  Program p = program();
  CaptureOutput out;
  Runtime rt(*p.image, out);
  G& g = rt.newproc(p.rt_main, 0);
  const Chain c = build_chain(rt, g, p);
  st64(rt, c.link_f, c.link_g - 64);  // points down: not a chain
  EXPECT_FALSE(rt.morestack(g, 64));
  EXPECT_EQ(rt.exit_kind(), ExitKind::Internal);
  EXPECT_EQ(rt.exit_code(), kExitInternal);
  EXPECT_NE(out.err.find("govm: internal error: morestack"), std::string::npos);
}

// The same program with stack maps: main.main has a pointer to its own
// local and passes main.f a pointer to it; main.f passes main.g a pointer
// into its own frame; other marked words hold a heap pointer, nil, and
// old.hi (one past the stack: not into it).
Program program_with_maps(uint32_t f_frame = 48) {
  ImageBuilder b;
  Program p;
  {
    FuncInfo& mm = b.func("main.main", 64, 32, 0, {{0, 8}, {16, 9}, {40, 10}});
    mm.frame_ptrs = rttest::bitmap({0, 3});  // outgoing arg 0 (f's p), local at +24
    p.main_main = mm.entry;
  }
  {
    FuncInfo& f = b.func("main.f", 64, f_frame, 16, {{0, 3}, {12, 4}, {32, 5}});
    f.args_ptrs = rttest::bitmap({0});           // p *int
    f.frame_ptrs = rttest::bitmap({0, 1, 2, 3});  // g's argument, heap ptr, old.hi, nil
    p.f = f.entry;
  }
  {
    FuncInfo& g = b.func("main.g", 32, 64, 8, {{0, 12}});
    g.args_ptrs = rttest::bitmap({0});
    p.g = g.entry;
  }
  p.rt_main = b.func("runtime.main", 16, 16, 0, {}, true).entry;
  p.goexit = b.func("runtime.goexit", 8, 0, 0, {}, true).entry;
  p.image = b.build();
  return p;
}

TEST_F(Grow, AdjustsPointersFoundByTheStackMaps) {
  Program p = program_with_maps();
  CaptureOutput out;
  Runtime rt(*p.image, out);
  rt.events().attach(this);
  G& g = rt.newproc(p.rt_main, 0);
  const Chain c = build_chain(rt, g, p);
  const Stack old = g.stack;
  const Addr fp_mm = c.link_mm - 32, fp_f = c.link_f - 48;
  st64(rt, fp_mm + 24, fp_mm + 16);  // main.main: q := &local
  st64(rt, fp_mm + 0, fp_mm + 24);   // main.f(&q, 2): marked twice (mm's outgoing area, f's args)
  st64(rt, fp_f + 0, fp_f + 40);     // main.g(&x): marked twice (f's outgoing area, g's args)
  st64(rt, fp_f + 8, 0xc000000010);  // a heap pointer: stays
  st64(rt, fp_f + 16, old.hi);       // not in [lo, hi): stays
  st64(rt, fp_f + 24, 0);            // nil: stays
  // fp_f + 40 holds 0xc4000007d0 (build_chain): stack-looking, unmarked: stays.

  ASSERT_TRUE(rt.morestack(g, 64 + kStackGuard));
  const uint64_t d = g.stack.hi - old.hi;
  EXPECT_EQ(ld64(rt, fp_mm + 24 + d), fp_mm + 16 + d);
  EXPECT_EQ(ld64(rt, fp_mm + 0 + d), fp_mm + 24 + d);  // adjusted once, not twice
  EXPECT_EQ(ld64(rt, fp_mm + 8 + d), 2u);
  EXPECT_EQ(ld64(rt, fp_f + 0 + d), fp_f + 40 + d);
  EXPECT_EQ(ld64(rt, fp_f + 8 + d), 0xc000000010u);
  EXPECT_EQ(ld64(rt, fp_f + 16 + d), old.hi);
  EXPECT_EQ(ld64(rt, fp_f + 24 + d), 0u);
  EXPECT_EQ(ld64(rt, fp_f + 40 + d), 0xc4000007d0u);
  // Following the adjusted pointers lands on the same values as before.
  EXPECT_EQ(ld64(rt, ld64(rt, fp_mm + d)), fp_mm + 16 + d);

  ASSERT_EQ(events.size(), 1u);
  const auto& sg = std::get<StackGrowEvent>(events[0].data);
  EXPECT_EQ(sg.saved_fps, 3u);
  EXPECT_EQ(sg.adjusted, 3u + 3);

  // A second growth adjusts them again, from the new places.
  ASSERT_TRUE(rt.morestack(g, 4096));
  const uint64_t d2 = g.stack.hi - old.hi;
  EXPECT_EQ(ld64(rt, fp_mm + d2), fp_mm + 24 + d2);
  EXPECT_EQ(ld64(rt, fp_f + d2), fp_f + 40 + d2);
  EXPECT_EQ(std::get<StackGrowEvent>(events[1].data).adjusted, 6u);
}

TEST_F(Grow, TheInnermostFunctionsArgumentsAreAdjusted) {
  // main.g's argument, a pointer into main.f's frame, is marked only by
  // main.g's args_ptrs (no frame has a map): the function being entered
  // has no frame yet, but its arguments are adjusted too.
  ImageBuilder b;
  Program p;
  p.main_main = b.func("main.main", 64, 32, 0, {{0, 8}}).entry;
  p.f = b.func("main.f", 64, 48, 16, {{0, 3}}).entry;
  {
    FuncInfo& g = b.func("main.g", 32, 64, 8, {{0, 12}});
    g.args_ptrs = rttest::bitmap({0});
    p.g = g.entry;
  }
  p.rt_main = b.func("runtime.main", 16, 16, 0, {}, true).entry;
  p.goexit = b.func("runtime.goexit", 8, 0, 0, {}, true).entry;
  p.image = b.build();
  CaptureOutput out;
  Runtime rt(*p.image, out);
  G& g = rt.newproc(p.rt_main, 0);
  const Chain c = build_chain(rt, g, p);
  const Addr fp_f = c.link_f - 48;
  st64(rt, fp_f, fp_f + 40);
  const Stack old = g.stack;
  ASSERT_TRUE(rt.morestack(g, 64 + kStackGuard));
  const uint64_t d = g.stack.hi - old.hi;
  EXPECT_EQ(ld64(rt, fp_f + d), fp_f + 40 + d);
}

TEST_F(Grow, AFrameThatDisagreesWithTheTableIsAnInternalError) {
  Program p = program_with_maps(40);  // the table says 40; the stack has 48
  CaptureOutput out;
  Runtime rt(*p.image, out);
  G& g = rt.newproc(p.rt_main, 0);
  build_chain(rt, g, p);
  const Stack old = g.stack;
  const Addr sp = g.sp;
  EXPECT_FALSE(rt.morestack(g, 64));
  EXPECT_EQ(rt.exit_kind(), ExitKind::Internal);
  EXPECT_NE(out.err.find("govm: internal error: morestack: frame at "), std::string::npos) << out.err;
  EXPECT_NE(out.err.find("(main.f) does not end at its link words"), std::string::npos) << out.err;
  // Nothing moved, nothing allocated.
  EXPECT_EQ(g.stack.lo, old.lo);
  EXPECT_EQ(g.sp, sp);
  EXPECT_EQ(rt.stacks().in_use(), old.size());
}

}  // namespace
}  // namespace govm
