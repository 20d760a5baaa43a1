// Tracebacks and failure reports on hand-built stacks, in Go's format.
#include <gtest/gtest.h>

#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::ImageBuilder;
using rttest::StackBuilder;

struct Program {
  std::unique_ptr<Image> image;
  Addr main_main, get, show, rec, rt_main, goexit;
};

// main.get(a []int, i int) int; main.show(s string, b bool, x int8, c complex128);
// main.rec(n int) recursing; runtime.main calling main.main.
Program program() {
  ImageBuilder b("/home/student/prog.go");
  const Addr t_int = b.type("int", TypeKind::Int, 8, 8);
  const Addr t_slice = b.type("[]int", TypeKind::Slice, 24, 8);
  const Addr t_str = b.type("string", TypeKind::String, 16, 8);
  const Addr t_bool = b.type("bool", TypeKind::Bool, 1, 1);
  const Addr t_i8 = b.type("int8", TypeKind::Int8, 1, 1);
  const Addr t_c128 = b.type("complex128", TypeKind::Complex128, 16, 8);
  Program p;
  p.main_main = b.func("main.main", 0x40, 64, 0, {{0, 8}, {0x10, 9}, {0x30, 11}}).entry;
  FuncInfo& get = b.func("main.get", 0x40, 16, 40, {{0, 3}, {0x10, 4}});
  get.locals = {{"a", t_slice, 16 + 16, 24, LocalVar::Role::Param, 3},
                {"i", t_int, 16 + 16 + 24, 8, LocalVar::Role::Param, 3},
                {"tmp", t_int, 0, 8, LocalVar::Role::Local, 4}};
  p.get = get.entry;
  FuncInfo& show = b.func("main.show", 0x20, 0, 48, {{0, 14}});
  show.locals = {{"s", t_str, 16, 16, LocalVar::Role::Param, 14},
                 {"b", t_bool, 32, 1, LocalVar::Role::Param, 14},
                 {"x", t_i8, 33, 1, LocalVar::Role::Param, 14},
                 {"c", t_c128, 40, 16, LocalVar::Role::Param, 14}};
  p.show = show.entry;
  p.rec = b.func("main.rec", 0x20, 0, 0, {{0, 20}, {0x8, 21}}).entry;
  p.rt_main = b.func("runtime.main", 0x10, 16, 0, {}, true).entry;
  p.goexit = b.func("runtime.goexit", 0x8, 0, 0, {}, true).entry;
  p.image = b.build();
  return p;
}

struct Traceback : ::testing::Test {
  void SetUp() override {
    p = program();
    rt = std::make_unique<Runtime>(*p.image, out);
    g = &rt->newproc(p.rt_main, 0);
    g->status = GStatus::Running;
    rt->set_current(g);
  }
  // runtime.main -> main.main, stopped in main.main's frame.
  StackBuilder enter_main() {
    StackBuilder s(*rt, *g);
    s.enter(16);
    s.call(p.rt_main + 8);
    s.enter(64);
    return s;
  }
  Program p;
  CaptureOutput out;
  std::unique_ptr<Runtime> rt;
  G* g = nullptr;
};

TEST_F(Traceback, PanicReportAsGoPrintsIt) {
  StackBuilder s = enter_main();
  // main.main calls main.get([]int{ptr, 3, 3}, 5) from +0x14 (line 9).
  s.arg(0, 0xc000010000);
  s.arg(1, 3);
  s.arg(2, 3);
  s.arg(3, 5);
  s.call(p.main_main + 0x14);
  s.enter(16);
  s.sync(p.get + 0x1c);  // the bounds check that fails, line 4
  rt->raise_panic("runtime error: index out of range [5] with length 3");
  EXPECT_EQ(rt->failure(), "panic: runtime error: index out of range [5] with length 3");
  rt->report_failure();
  EXPECT_EQ(out.err,
            "panic: runtime error: index out of range [5] with length 3\n"
            "\n"
            "goroutine 1 [running]:\n"
            "main.get({0xc000010000, 0x3, 0x3}, 0x5)\n"
            "\t/home/student/prog.go:4 +0x1c\n"
            "main.main()\n"
            "\t/home/student/prog.go:9 +0x14\n");
  EXPECT_EQ(rt->exit_kind(), ExitKind::Panic);
  EXPECT_EQ(rt->exit_code(), 2);
}

TEST_F(Traceback, ArgumentsByKindAndSize) {
  StackBuilder s = enter_main();
  s.arg(0, 0x4b1000);              // s.ptr
  s.arg(1, 5);                     // s.len
  s.arg(2, 0x12345678'9abcff01);   // b (1 byte: 0x1) and x (1 byte: 0xff) share a word
  s.arg(3, 0x3ff0000000000000);    // c = 1+2i
  s.arg(4, 0x4000000000000000);
  s.call(p.main_main + 0x31);
  s.enter(0);
  s.sync(p.show);
  std::string tb;
  rt->traceback(*g, tb);
  EXPECT_EQ(tb,
            "goroutine 1 [running]:\n"
            "main.show({0x4b1000, 0x5}, 0x1, 0xff, {0x3ff0000000000000, 0x4000000000000000})\n"
            "\t/home/student/prog.go:14\n"
            "main.main()\n"
            "\t/home/student/prog.go:11 +0x31\n");
}

TEST_F(Traceback, AtMostTenArgumentComponents) {
  // main.get's frame as words, but with no locals: params_size / 8 words.
  Image im = *p.image;
  FuncInfo* get = nullptr;
  for (FuncInfo& f : im.funcs)
    if (f.name == "main.get") get = &f;
  get->locals.clear();
  get->params_size = 12 * 8;
  CaptureOutput o;
  Runtime r(im, o);
  G& gg = r.newproc(p.rt_main, 0);
  StackBuilder s(r, gg);
  s.enter(16);
  s.call(p.rt_main + 8);
  s.enter(128);
  for (uint32_t k = 0; k < 12; ++k) s.arg(k, k);
  s.call(p.main_main + 0x14);
  s.enter(16);
  s.sync(p.get + 0x10);
  std::string tb;
  r.traceback(gg, tb);
  EXPECT_NE(tb.find("main.get(0x0, 0x1, 0x2, 0x3, 0x4, 0x5, 0x6, 0x7, 0x8, 0x9, ...)\n"), std::string::npos) << tb;
}

TEST_F(Traceback, DeepStacksElideTheMiddle) {
  StackBuilder s = enter_main();
  s.call(p.main_main + 0x14);
  s.enter(0);  // main.rec: frames of 16 bytes
  for (int i = 1; i < 120; ++i) {
    s.call(p.rec + 0x10);
    s.enter(0);
  }
  s.sync(p.rec + 0x4);
  std::string tb;
  rt->traceback(*g, tb);
  // 120 main.rec frames + main.main = 121: 50 shown, 21 elided, 50 shown.
  size_t frames = 0;
  for (size_t at = tb.find("\n\t"); at != std::string::npos; at = tb.find("\n\t", at + 1)) ++frames;
  EXPECT_EQ(frames, 100u) << tb;
  EXPECT_NE(tb.find("main.rec()\n\t/home/student/prog.go:21 +0x10\n...21 frames elided...\nmain.rec()\n"),
            std::string::npos)
      << tb;
  EXPECT_EQ(tb.rfind("main.main()\n\t/home/student/prog.go:9 +0x14\n"), tb.size() - 43);
  EXPECT_EQ(tb.find("main.rec()\n\t/home/student/prog.go:20 +0x4\n"), 23u);  // innermost first
}

TEST_F(Traceback, HundredFramesAreAllShown) {
  StackBuilder s = enter_main();
  s.call(p.main_main + 0x14);
  s.enter(0);
  for (int i = 1; i < 99; ++i) {
    s.call(p.rec + 0x10);
    s.enter(0);
  }
  s.sync(p.rec + 0x4);
  std::string tb;
  rt->traceback(*g, tb);
  EXPECT_EQ(tb.find("elided"), std::string::npos);
  size_t frames = 0;
  for (size_t at = tb.find("\n\t"); at != std::string::npos; at = tb.find("\n\t", at + 1)) ++frames;
  EXPECT_EQ(frames, 100u);
}

TEST_F(Traceback, OnlyRuntimeFramesAreShownWhenNothingElseIs) {
  std::string tb;
  rt->traceback(*g, tb);  // a goroutine that has not started: only runtime.main
  EXPECT_EQ(tb, "goroutine 1 [running]:\nruntime.main()\n\t?:0\n");
}

TEST_F(Traceback, WaitingGoroutinesShowTheirReason) {
  g->status = GStatus::Waiting;
  g->wait_reason = "chan receive";
  std::string tb;
  rt->traceback(*g, tb);
  EXPECT_EQ(tb.substr(0, 28), "goroutine 1 [chan receive]:\n");
}

TEST_F(Traceback, ACorruptChainEndsTheWalk) {
  StackBuilder s = enter_main();
  s.call(p.main_main + 0x14);
  s.enter(16);
  s.sync(p.get);
  rttest::st64(*rt, g->bp, 0xdeadbeef);  // main.get's saved FP points nowhere
  std::string tb;
  rt->traceback(*g, tb);
  EXPECT_NE(tb.find("main.get("), std::string::npos);
  EXPECT_EQ(tb.find("main.main"), std::string::npos);
}

TEST(Failures, LimitExitAndFirstFailureWins) {
  Image im;
  CaptureOutput out;
  Runtime rt(im, out);
  rt.fatal("all goroutines are asleep - deadlock!");
  rt.raise_panic("ignored");
  EXPECT_EQ(rt.failure(), "fatal error: all goroutines are asleep - deadlock!");
  rt.report_failure();  // no goroutine: no traceback
  EXPECT_EQ(out.err, "fatal error: all goroutines are asleep - deadlock!\n");
  EXPECT_EQ(rt.exit_code(), 2);

  CaptureOutput out2;
  Runtime rt2(im, out2);
  rt2.report_failure();  // nothing pending: nothing happens
  EXPECT_FALSE(rt2.ended());
  rt2.limit_reached("program exceeded --max-steps=100 instructions");
  EXPECT_EQ(out2.err, "govm: program exceeded --max-steps=100 instructions\n");
  EXPECT_EQ(rt2.exit_kind(), ExitKind::Limit);
  EXPECT_EQ(rt2.exit_code(), kExitLimit);

  CaptureOutput out3;
  Runtime rt3(im, out3);
  rt3.exit(3);
  EXPECT_EQ(rt3.exit_kind(), ExitKind::Normal);
  EXPECT_EQ(rt3.exit_code(), 3);
  EXPECT_TRUE(rt3.ended());
}

}  // namespace
}  // namespace govm
