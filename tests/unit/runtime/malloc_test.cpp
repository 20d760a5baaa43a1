// runtime.newobject and the typed allocation path (malloc.cpp): the
// HeapAlloc event's type, site, line, column and reason, found from the
// goroutine's pc through the image's allocation sites; --max-heap.
#include <gtest/gtest.h>

#include "runtime/trace.h"
#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::call_native;
using rttest::ImageBuilder;
using rttest::ld64;

struct Malloc : ::testing::Test, EventSink {
  void on_event(const Event& e) override {
    if (e.kind == EventKind::HeapAlloc) allocs.push_back(e);
  }
  void SetUp() override { start({}); }
  void start(RuntimeOptions opts) {
    ImageBuilder b;
    main_main = b.func("main.main", 64, 32, 0, {{0, 7}, {16, 9}, {32, 12}}).entry;
    t_int = b.type("int", TypeKind::Int, 8, 8);
    t_point = b.type("main.Point", TypeKind::Struct, 24, 8);
    b.desc(t_point).named = true;
    t_big = b.type("[5000]int", TypeKind::Array, 40000, 8);
    b.alloc_site(main_main + 16, 9, 7, "&Point{...}", "escapes to heap: returned from main.newPoint");
    b.alloc_site(main_main + 36, 12, 14, "new(int)", "");
    image = b.build();
    allocs.clear();
    rt.reset();
    rt = std::make_unique<Runtime>(*image, out, opts);
    rt->events().attach(this);
    G& g = rt->newproc(main_main, 0);
    rt->set_current(&g);
    g.status = GStatus::Running;
  }
  // runtime.newobject(typ) at pc; the result, 0 when not Ok.
  Addr newobject(Addr typ, Addr pc, NativeResult* res = nullptr) {
    rt->current()->pc = pc;
    std::vector<uint64_t> a = {typ, 0};
    const NativeResult r = call_native(*rt, NativeId::newobject, a);
    if (res) *res = r;
    return r == NativeResult::Ok ? a[1] : 0;
  }
  const HeapAllocEvent& alloc(size_t i) { return std::get<HeapAllocEvent>(allocs.at(i).data); }

  std::unique_ptr<Image> image;
  CaptureOutput out;
  std::unique_ptr<Runtime> rt;
  std::vector<Event> allocs;
  Addr main_main = 0, t_int = 0, t_point = 0, t_big = 0;
};

TEST_F(Malloc, NewobjectAtASiteSaysWhereAndWhy) {
  const Addr p = newobject(t_point, main_main + 16);
  ASSERT_EQ(p, kArenaBase);
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].goid, 1u);
  const HeapAllocEvent& e = alloc(0);
  EXPECT_EQ(e.addr, p);
  EXPECT_EQ(e.size, 24u);
  EXPECT_EQ(e.slot_size, 24u);
  EXPECT_EQ(e.size_class, 3u);
  EXPECT_EQ(e.type, "main.Point");
  EXPECT_EQ(e.func, "runtime.newobject");
  EXPECT_EQ(e.line, 9u);
  EXPECT_EQ(e.col, 7u);
  EXPECT_EQ(e.site, "&Point{...}");
  EXPECT_EQ(e.reason, "escapes to heap: returned from main.newPoint");
  EXPECT_EQ(TextTraceSink::format(allocs[0]),
            "alloc     g1    0xc000000000      24 B  slot 24 (class 3)  main.Point  by runtime.newobject at line 9:7 "
            "for &Point{...}: escapes to heap: returned from main.newPoint");
}

TEST_F(Malloc, ObjectsAreZeroedAndDistinct) {
  const Addr a = newobject(t_int, main_main + 36);
  const Addr b = newobject(t_int, main_main + 36);
  EXPECT_EQ(b, a + 8);
  EXPECT_EQ(ld64(*rt, a), 0u);
  EXPECT_EQ(alloc(1).site, "new(int)");
  EXPECT_EQ(alloc(1).col, 14u);
  EXPECT_EQ(alloc(1).reason, "");  // the site gave none
}

TEST_F(Malloc, WithoutASiteTheLineComesFromThePc) {
  newobject(t_int, main_main + 40);  // no site there; line 12 from the pc table
  const HeapAllocEvent& e = alloc(0);
  EXPECT_EQ(e.line, 12u);
  EXPECT_EQ(e.col, 0u);
  EXPECT_EQ(e.site, "");
  EXPECT_EQ(TextTraceSink::format(allocs[0]),
            "alloc     g1    0xc000000000       8 B  slot 8 (class 1)  int  by runtime.newobject at line 12");
}

TEST_F(Malloc, SiteReasonOverridesTheEntrysOwn) {
  rt->current()->pc = main_main + 16;
  rt->mallocgc(5, "string", NativeId::concatstring2, "string concatenation");
  EXPECT_EQ(alloc(0).reason, "escapes to heap: returned from main.newPoint");
  rt->current()->pc = main_main + 36;
  rt->mallocgc(5, "string", NativeId::concatstring2, "string concatenation");
  EXPECT_EQ(alloc(1).reason, "string concatenation");  // the site has no reason
}

TEST_F(Malloc, LargeObjectsGetASpan) {
  const Addr p = newobject(t_big, main_main + 4);
  EXPECT_EQ(p, kArenaBase);
  EXPECT_EQ(alloc(0).size_class, 0u);
  EXPECT_EQ(alloc(0).slot_size, 40960u);
  EXPECT_EQ(alloc(0).type, "[5000]int");
  EXPECT_EQ(alloc(0).line, 7u);
}

TEST_F(Malloc, MaxHeapStopsNewobject) {
  RuntimeOptions opts;
  opts.max_heap = 32768;
  opts.gc.gogc = -1;  // the frames here are not a real goroutine's: no collection
  start(opts);
  NativeResult r;
  EXPECT_EQ(newobject(t_big, main_main, &r), 0u);
  EXPECT_EQ(r, NativeResult::Fatal);
  EXPECT_EQ(rt->exit_kind(), ExitKind::Limit);
  EXPECT_EQ(rt->exit_code(), kExitLimit);
  EXPECT_NE(out.err.find("govm: program exceeded --max-heap=32K (heap would reach 40000 bytes)"), std::string::npos)
      << out.err;
  EXPECT_TRUE(allocs.empty());
}

TEST_F(Malloc, NoTypeDescriptorIsAnInternalError) {
  NativeResult r;
  EXPECT_EQ(newobject(t_int + 8, main_main, &r), 0u);
  EXPECT_EQ(r, NativeResult::Fatal);
  EXPECT_EQ(rt->exit_kind(), ExitKind::Internal);
  EXPECT_NE(out.err.find("govm: internal error: runtime.newobject: no type descriptor"), std::string::npos);
}

TEST_F(Malloc, NewarrayNamesTheArray) {
  const TypeDesc* t = image->type_at(t_point);
  ASSERT_NE(t, nullptr);
  rt->current()->pc = main_main;
  EXPECT_NE(rt->newarray(*t, 3, NativeId::makeslice), 0u);
  EXPECT_EQ(alloc(0).type, "[3]main.Point");
  EXPECT_EQ(alloc(0).size, 72u);
  EXPECT_EQ(alloc(0).slot_size, 80u);
}

}  // namespace
}  // namespace govm
