// A nil pointer dereference (Runtime::raise_panicmem): Go's report, with
// the signal line, compared with real Go 1.19's stderr for
//
//   type P struct{ a, b int }
//   func get(p *P) int { return p.b }      // line 5
//   func main() { var p *P; println(get(p)) }
//
// built with -gcflags=-l:
//   panic: runtime error: invalid memory address or nil pointer dereference
//   [signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x457c60]
//
//   goroutine 1 [running]:
//   main.get(0x45be40?)
//   	/tmp/x/main.go:5
//   main.main()
//   	/tmp/x/main.go:9 +0x1b
// (exit status 2). The pc is the faulting instruction's address.
#include <gtest/gtest.h>

#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::ImageBuilder;
using rttest::StackBuilder;

TEST(Panicmem, ReportsLikeGo) {
  ImageBuilder b("prog.go");
  const Addr mm = b.func("main.main", 64, 16, 0, {{0, 7}, {8, 9}}).entry;
  const Addr get = b.func("main.get", 32, 0, 8, {{0, 5}}).entry;
  const Addr rt_main = b.func("runtime.main", 16, 0, 0, {}, true).entry;
  b.func("runtime.goexit", 8, 0, 0, {}, true);
  auto im = b.build();
  CaptureOutput out;
  Runtime rt(*im, out);
  G& g = rt.newproc(rt_main, 0);
  rt.set_current(&g);
  g.status = GStatus::Running;
  StackBuilder s(rt, g);
  s.enter(0);  // runtime.main
  s.call(rt_main + 4);
  s.enter(16);  // main.main
  s.arg(0, 0);  // get(nil)
  s.call(mm + 0x1b);
  s.enter(0);  // main.get, faulting at its first instruction
  s.sync(get);

  rt.raise_panicmem(8);
  EXPECT_EQ(rt.failure(), "panic: runtime error: invalid memory address or nil pointer dereference");
  EXPECT_FALSE(rt.ended());
  rt.report_failure();
  EXPECT_EQ(rt.exit_kind(), ExitKind::Panic);
  EXPECT_EQ(rt.exit_code(), 2);
  char pc[32];
  std::snprintf(pc, sizeof pc, "%#llx", static_cast<unsigned long long>(get));
  EXPECT_EQ(out.err,
            "panic: runtime error: invalid memory address or nil pointer dereference\n"
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=" + std::string(pc) + "]\n"
            "\n"
            "goroutine 1 [running]:\n"
            "main.get(0x0)\n"
            "\tprog.go:5\n"
            "main.main()\n"
            "\tprog.go:9 +0x1b\n");
}

TEST(Panicmem, AddrZeroAndPcOfTheFaultingInstruction) {
  ImageBuilder b;
  const Addr mm = b.func("main.main", 64, 16, 0, {{0, 7}}).entry;
  b.func("runtime.goexit", 8, 0, 0, {}, true);
  auto im = b.build();
  CaptureOutput out;
  Runtime rt(*im, out);
  G& g = rt.newproc(mm, 0);
  rt.set_current(&g);
  g.pc = mm + 12;
  rt.raise_panicmem(0);
  rt.report_failure();
  EXPECT_NE(out.err.find("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x40100c]\n\ngoroutine 1"),
            std::string::npos)
      << out.err;
}

TEST(Panicmem, AFatalErrorWinsAndAPlainPanicHasNoSignalLine) {
  ImageBuilder b;
  const Addr mm = b.func("main.main", 64, 16, 0, {{0, 7}}).entry;
  b.func("runtime.goexit", 8, 0, 0, {}, true);
  auto im = b.build();
  CaptureOutput out;
  Runtime rt(*im, out);
  G& g = rt.newproc(mm, 0);
  rt.set_current(&g);
  rt.fatal("stack overflow");
  rt.raise_panicmem(0);  // dropped: the program is already dying
  EXPECT_EQ(rt.failure(), "fatal error: stack overflow");
  rt.report_failure();
  EXPECT_EQ(out.err.find("[signal"), std::string::npos) << out.err;

  CaptureOutput out2;
  Runtime rt2(*im, out2);
  G& g2 = rt2.newproc(mm, 0);
  rt2.set_current(&g2);
  rt2.raise_panicmem(0);
  rt2.raise_panic("boom");  // replaces the pending panic, signal line included
  rt2.report_failure();
  EXPECT_EQ(out2.err.substr(0, 13), "panic: boom\n\n") << out2.err;
}

TEST(Panicmem, OtherPanicsHaveNoSignalLine) {
  ImageBuilder b;
  const Addr mm = b.func("main.main", 64, 16, 0, {{0, 7}}).entry;
  b.func("runtime.goexit", 8, 0, 0, {}, true);
  auto im = b.build();
  CaptureOutput out;
  Runtime rt(*im, out);
  G& g = rt.newproc(mm, 0);
  rt.set_current(&g);
  rt.raise_panic("runtime error: integer divide by zero");
  rt.report_failure();
  EXPECT_EQ(out.err.find("[signal"), std::string::npos);
  EXPECT_EQ(out.err.substr(0, 50), "panic: runtime error: integer divide by zero\n\ngoro");
}

}  // namespace
}  // namespace govm
