// The layout drawing: segments top to bottom (stacks, heap, bss, data,
// rodata, text) with their contents and real addresses.
#include <gtest/gtest.h>

#include <sstream>

#include "runtime/layout.h"
#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

std::unique_ptr<Image> image() {
  rttest::ImageBuilder b("prog.go");
  const Addr t_int = b.type("int", TypeKind::Int, 8, 8);
  const Addr t_str = b.type("string", TypeKind::String, 16, 8);
  b.func("main.main", 0x40, 32, 0, {{0, 5}});
  b.func("main.fib", 0x80, 48, 8, {{0, 9}});
  b.func("runtime.main", 0x10, 0, 0, {}, true);
  b.func("runtime.concatstring2", 0x8, 0, 0, {}, true);
  b.string_lit("hello, world");
  b.string_lit(std::string(100, 'x'));
  b.global("main.counter", t_int, 8, Segment::Data, {42});
  b.global("main.greeting", t_str, 16, Segment::Bss);
  return b.build();
}

size_t at(const std::string& s, const std::string& what) {
  const size_t p = s.find(what);
  EXPECT_NE(p, std::string::npos) << "missing " << what << " in\n" << s;
  return p;
}

TEST(Layout, SegmentsFromTheTopDown) {
  auto im = image();
  const std::string d = draw_layout(*im, nullptr);
  const size_t stacks = at(d, "| stacks"), heap = at(d, "| heap"), bss = at(d, "| bss"), data = at(d, "| data"),
               rodata = at(d, "| rodata"), text = at(d, "| text");
  EXPECT_LT(stacks, heap);
  EXPECT_LT(heap, bss);
  EXPECT_LT(bss, data);
  EXPECT_LT(data, rodata);
  EXPECT_LT(rodata, text);
  // Contents, with addresses.
  EXPECT_GT(at(d, "0x420000  main.counter  int  8 B"), data);
  EXPECT_GT(at(d, "0x421000  main.greeting  string  16 B"), bss);
  EXPECT_GT(at(d, "\"hello, world\"  (12 B)"), rodata);
  at(d, "\"" + std::string(32, 'x') + "\"...  (100 B)");
  at(d, "types: int, string");
  EXPECT_GT(at(d, "0x401000  main.main  [0x401000, 0x401040)  64 B"), text);
  at(d, "0x401040  main.fib   [0x401040, 0x4010c0)  128 B");
  at(d, "runtime: 2 entries");
  EXPECT_EQ(d.find("| runtime.concatstring2"), std::string::npos);  // summarized
  // Segment bounds on the borders: base below each box.
  at(d, "0x401000        +");
  at(d, "0xc000000000    +");
  at(d, "0xc400000000    +");
  EXPECT_EQ(d.substr(0, 17), "memory layout of ");
}

TEST(Layout, LiveHeapAndStacks) {
  auto im = image();
  CaptureOutput out;
  Runtime rt(*im, out);
  G& g = rt.newproc(im->funcs[0].entry, 0);
  g.sp = g.stack.hi - 96;
  g.status = GStatus::Running;
  rt.mallocgc(24, "string", NativeId::concatstring2, "test");
  const std::string d = draw_layout(*im, &rt);
  at(d, "heap  24 B in use: 1 object in 1 span  (8192 B pages; grows up)");
  at(d, "0xc000002000    +");  // the heap's end: one page
  const size_t cls = at(d, "|   class 3  24 B slots: 1 span, 1/341 objects");
  EXPECT_GT(at(d, "|     [0xc000000000, 0xc000002000)  1/341 objects"), cls);
  at(d, "stacks  2048 B in use");
  at(d, "g1 running  [0xc400000000, 0xc400000800)  2048 B, 96 B used (sp 0xc4000007a0)");
  // Every box line closes on the same column.
  size_t width = 0;
  std::istringstream lines(d);
  for (std::string l; std::getline(lines, l);) {
    if (l.empty() || l.back() != '|' || l.find("| ") == std::string::npos) continue;
    if (width == 0) width = l.size();
    EXPECT_EQ(l.size(), width) << l;
  }
  EXPECT_GT(width, 0u);
}

TEST(Layout, HeapSpansBySizeClass) {
  auto im = image();
  CaptureOutput out;
  Runtime rt(*im, out);
  rt.mallocgc(40000, "[40000]byte", NativeId::concatstring2, "test");  // large: the first pages
  for (int i = 0; i < 600; ++i) rt.mallocgc(16, "string", NativeId::concatstring2, "test");
  rt.mallocgc(8, "int", NativeId::concatstring2, "test");
  const std::string d = draw_layout(*im, &rt);
  at(d, "heap  50568 B in use: 602 objects in 4 spans");
  // Classes in increasing order, each with its spans by address; large
  // objects last, although their span is the lowest.
  const size_t c1 = at(d, "|   class 1  8 B slots: 1 span, 1/1024 objects");
  const size_t s1 = at(d, "|     [0xc00000e000, 0xc000010000)  1/1024 objects");
  const size_t c2 = at(d, "|   class 2  16 B slots: 2 spans, 600/1024 objects");
  const size_t s2a = at(d, "|     [0xc00000a000, 0xc00000c000)  512/512 objects");
  const size_t s2b = at(d, "|     [0xc00000c000, 0xc00000e000)  88/512 objects");
  const size_t lg = at(d, "|   large objects (a span each): 1 object, 40960 B");
  const size_t l1 = at(d, "|     [0xc000000000, 0xc00000a000)  40960 B  (5 pages)");
  EXPECT_LT(c1, s1);
  EXPECT_LT(s1, c2);
  EXPECT_LT(c2, s2a);
  EXPECT_LT(s2a, s2b);
  EXPECT_LT(s2b, lg);
  EXPECT_LT(lg, l1);
  at(d, "0xc000010000    +");
  // Same allocations, same drawing.
  Runtime again(*im, out);
  again.mallocgc(40000, "[40000]byte", NativeId::concatstring2, "test");
  for (int i = 0; i < 600; ++i) again.mallocgc(16, "string", NativeId::concatstring2, "test");
  again.mallocgc(8, "int", NativeId::concatstring2, "test");
  EXPECT_EQ(draw_layout(*im, &again), d);
}

TEST(Layout, FreePageRunsAreListed) {
  auto im = image();
  CaptureOutput out;
  Runtime rt(*im, out);
  const Addr big = rt.mallocgc(40000, "[40000]byte", NativeId::concatstring2, "test");
  rt.mallocgc(8, "int", NativeId::concatstring2, "test");
  ASSERT_TRUE(const_cast<MHeap&>(rt.heap()).free(big));
  const std::string d = draw_layout(*im, &rt);
  at(d, "|   free  [0xc000000000, 0xc00000a000)  5 pages");
  EXPECT_EQ(d.find("large objects"), std::string::npos);
}

TEST(Layout, LongSpanListsAreCut) {
  auto im = image();
  CaptureOutput out;
  Runtime rt(*im, out);
  for (uint64_t size = 8; size <= 8 * 40; size += 8) rt.mallocgc(size, "x", NativeId::concatstring2, "test");
  const std::string d = draw_layout(*im, &rt);
  at(d, "in 20 spans");  // 8..320 bytes: classes 1 to 20
  EXPECT_EQ(d.find("... and"), std::string::npos);
  // Eleven spans of class 2: eight listed. Nine large objects: the box
  // lists 32 spans in all, so only five of them.
  for (int i = 0; i < 512 * 10; ++i) rt.mallocgc(16, "x", NativeId::concatstring2, "test");
  for (int i = 0; i < 9; ++i) rt.mallocgc(40000, "x", NativeId::concatstring2, "test");
  const std::string e = draw_layout(*im, &rt);
  at(e, "|   class 2  16 B slots: 11 spans, 5121/5632 objects");
  at(e, "|     ... and 3 more spans");
  at(e, "|   large objects (a span each): 9 objects, 368640 B");
  at(e, "|     ... and 4 more spans");
}

}  // namespace
}  // namespace govm
