// Slices: runtime.makeslice, runtime.growslice, runtime.slicecopy, called
// through kNativeTable on hand-built argument blocks, and the capacity
// arithmetic (nextslicecap, roundupsize) against real Go.
#include <gtest/gtest.h>

#include "runtime/slice.h"
#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::call_native;
using rttest::ImageBuilder;
using rttest::ld64;
using rttest::st64;

struct Slices : ::testing::Test, EventSink {
  void on_event(const Event& e) override {
    if (e.kind == EventKind::HeapAlloc) allocs.push_back(std::get<HeapAllocEvent>(e.data));
  }
  void SetUp() override { start({}); }
  void start(RuntimeOptions opts) {
    ImageBuilder b;
    main_main = b.func("main.main", 64, 32, 0, {{0, 11}, {20, 12}}).entry;
    t_int = b.type("int", TypeKind::Int, 8, 8);
    t_byte = b.type("uint8", TypeKind::Uint8, 1, 1);
    t_i16x3 = b.type("[3]int16", TypeKind::Array, 6, 2);
    t_s24 = b.type("main.S24", TypeKind::Struct, 24, 8);
    t_ptr = b.type("*int", TypeKind::Pointer, 8, 8);
    t_empty = b.type("struct {}", TypeKind::Struct, 0, 1);
    b.desc(t_ptr).ptrdata = 8;
    b.desc(t_ptr).ptrmask = rttest::bitmap({0});
    image = b.build();
    allocs.clear();
    rt.reset();
    rt = std::make_unique<Runtime>(*image, out, opts);
    rt->events().attach(this);
  }

  // makeslice(et, len, cap): the pointer, or 0 when it did not return Ok.
  Addr makeslice(Addr et, int64_t len, int64_t cap, NativeResult* res = nullptr) {
    std::vector<uint64_t> a = {et, static_cast<uint64_t>(len), static_cast<uint64_t>(cap), 0};
    const NativeResult r = call_native(*rt, NativeId::makeslice, a);
    if (res) *res = r;
    return r == NativeResult::Ok ? a[3] : 0;
  }

  struct Slice {
    Addr ptr = 0;
    int64_t len = 0, cap = 0;
  };
  NativeResult growslice(Slice& s, int64_t num, Addr et) {
    std::vector<uint64_t> a = {s.ptr, static_cast<uint64_t>(s.len + num), static_cast<uint64_t>(s.cap),
                               static_cast<uint64_t>(num), et, 0, 0, 0};
    const NativeResult r = call_native(*rt, NativeId::growslice, a);
    if (r == NativeResult::Ok) s = {a[5], static_cast<int64_t>(a[6]), static_cast<int64_t>(a[7])};
    return r;
  }

  // Appends n elements of `size` bytes one at a time, as compiled code does
  // (growslice only when full), and returns the capacities seen.
  std::vector<int64_t> caps_of_appends(Addr et, uint64_t size, int n) {
    Slice s;
    std::vector<int64_t> caps;
    for (int i = 0; i < n; ++i) {
      if (s.len + 1 > s.cap) {
        EXPECT_EQ(growslice(s, 1, et), NativeResult::Ok);
        caps.push_back(s.cap);
        --s.len;  // the caller stores the new element and keeps len
      }
      if (size == 8) st64(*rt, s.ptr + 8 * s.len, static_cast<uint64_t>(i));
      ++s.len;
    }
    last = s;
    return caps;
  }

  std::unique_ptr<Image> image;
  CaptureOutput out;
  std::unique_ptr<Runtime> rt;
  std::vector<HeapAllocEvent> allocs;
  Addr main_main = 0, t_int = 0, t_byte = 0, t_i16x3 = 0, t_s24 = 0, t_ptr = 0, t_empty = 0;
  Slice last;
};

// Capacities after each growth, printed by real Go 1.19 (identical in
// 1.20+ for these pointer-free elements) for 2000 appends (5000 for
// []byte) of one element:
//
//   var a []int; pc := -1
//   for i := 0; i < 2000; i++ {
//       a = append(a, i)
//       if cap(a) != pc { pc = cap(a); fmt.Print(pc, " ") }
//   }
// and the same for []byte, [][3]int16 and []S24 (type S24 struct{ a, b, c int64 }).
TEST_F(Slices, GrowsliceCapacitiesAreGos) {
  EXPECT_EQ(caps_of_appends(t_int, 8, 2000),
            (std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560}));
  // The old elements were copied at every growth.
  for (int64_t i = 0; i < last.len; ++i) ASSERT_EQ(ld64(*rt, last.ptr + 8 * i), static_cast<uint64_t>(i));
  EXPECT_EQ(caps_of_appends(t_byte, 1, 5000),
            (std::vector<int64_t>{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376}));
  EXPECT_EQ(caps_of_appends(t_i16x3, 6, 2000),
            (std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 896, 1365, 2048}));
  EXPECT_EQ(caps_of_appends(t_s24, 24, 2000),
            (std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048}));
}

// More than one element at once, also from real Go:
//   cap(append([]int{1, 2, 3}, 4, 5, 6, 7, 8))                 8
//   cap(append([]byte("hello"), " world, this is long"...))     32
//   cap(append(make([]int, 300), 1))                            608
//   cap(append(make([]S24, 256), make([]S24, 100)...))          512
TEST_F(Slices, GrowsliceSeveralAtOnce) {
  EXPECT_EQ(growslice_cap(8, 8, 3).newcap, 8);
  EXPECT_EQ(growslice_cap(1, 25, 5).newcap, 32);
  EXPECT_EQ(growslice_cap(8, 301, 300).newcap, 608);
  EXPECT_EQ(growslice_cap(24, 356, 256).newcap, 512);
  EXPECT_EQ(growslice_cap(24, 356, 256).capmem, 512u * 24);
  EXPECT_EQ(nextslicecap(301, 300), 567);  // 300 + (300 + 768) / 4, before rounding
  EXPECT_EQ(roundupsize(4536), 4864u);
  EXPECT_EQ(roundupsize(40000), 40960u);  // large: whole pages
  EXPECT_EQ(roundupsize(1), 8u);

  Slice s{makeslice(t_int, 3, 3), 3, 3};
  for (int i = 0; i < 3; ++i) st64(*rt, s.ptr + 8 * i, 10 + i);
  allocs.clear();
  ASSERT_EQ(growslice(s, 5, t_int), NativeResult::Ok);
  EXPECT_EQ(s.len, 8);
  EXPECT_EQ(s.cap, 8);
  for (int i = 0; i < 3; ++i) EXPECT_EQ(ld64(*rt, s.ptr + 8 * i), 10u + i);
  for (int i = 3; i < 8; ++i) EXPECT_EQ(ld64(*rt, s.ptr + 8 * i), 0u);  // zeroed
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].type, "[8]int");  // the capacity allocated
  EXPECT_EQ(allocs[0].size, 64u);
  EXPECT_EQ(allocs[0].func, "runtime.growslice");
}

// Go 1.20+: append to a []struct{} allocates nothing and caps at newLen.
// govm allocates a zero-byte object (mheap.cpp), with the same len and cap.
TEST_F(Slices, GrowsliceOfZeroSizedElements) {
  Slice s;
  ASSERT_EQ(growslice(s, 2, t_empty), NativeResult::Ok);
  EXPECT_NE(s.ptr, 0u);
  EXPECT_EQ(s.len, 2);
  EXPECT_EQ(s.cap, 2);
}

TEST_F(Slices, GrowslicePanics) {
  Slice s{0, 0, 0};
  std::vector<uint64_t> a = {0, static_cast<uint64_t>(-1), 0, static_cast<uint64_t>(-1), t_int, 0, 0, 0};
  EXPECT_EQ(call_native(*rt, NativeId::growslice, a), NativeResult::Panic);
  EXPECT_EQ(rt->failure(), "panic: runtime error: growslice: len out of range");

  start({});
  s = {kArenaBase, 0, int64_t{1} << 50};  // past maxAlloc / 8
  s.len = s.cap;
  EXPECT_EQ(growslice(s, 1, t_int), NativeResult::Panic);
  EXPECT_EQ(rt->failure(), "panic: runtime error: growslice: len out of range");
  EXPECT_TRUE(allocs.empty());
}

TEST_F(Slices, MakesliceAllocatesAZeroedTypedArray) {
  G& g = rt->newproc(main_main, 0);
  rt->set_current(&g);
  g.pc = main_main + 24;
  const Addr p = makeslice(t_int, 3, 5);
  ASSERT_NE(p, 0u);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(ld64(*rt, p + 8 * i), 0u);
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].addr, p);
  EXPECT_EQ(allocs[0].type, "[5]int");
  EXPECT_EQ(allocs[0].size, 40u);
  EXPECT_EQ(allocs[0].slot_size, 48u);
  EXPECT_EQ(allocs[0].size_class, 5u);
  EXPECT_EQ(allocs[0].func, "runtime.makeslice");
  EXPECT_EQ(allocs[0].line, 12u);

  EXPECT_NE(makeslice(t_s24, 0, 2), 0u);
  EXPECT_EQ(allocs.back().type, "[2]main.S24");
  EXPECT_EQ(allocs.back().size, 48u);
}

// Go's messages and their order (checked with Go 1.19, recovering each):
//   make([]int, -1)                 makeslice: len out of range
//   make([]int, 2, 1)               makeslice: cap out of range
//   make([]int, 0, 1<<62)           makeslice: cap out of range
//   make([]int, 1<<62)              makeslice: len out of range
//   make([]struct{}, 0, -1)         makeslice: cap out of range
//   make([]byte, 1<<48+1)           makeslice: len out of range
TEST_F(Slices, MakeslicePanics) {
  struct Case {
    Addr* et;
    int64_t len, cap;
    const char* msg;
  } cases[] = {
      {&t_int, -1, -1, "len"},
      {&t_int, 2, 1, "cap"},
      {&t_int, 0, int64_t{1} << 62, "cap"},
      {&t_int, int64_t{1} << 62, int64_t{1} << 62, "len"},
      {&t_empty, 0, -1, "cap"},
      {&t_byte, (int64_t{1} << 48) + 1, (int64_t{1} << 48) + 1, "len"},
  };
  for (const Case& c : cases) {
    start({});
    NativeResult r;
    EXPECT_EQ(makeslice(*c.et, c.len, c.cap, &r), 0u);
    EXPECT_EQ(r, NativeResult::Panic);
    EXPECT_EQ(rt->failure(), std::string("panic: runtime error: makeslice: ") + c.msg + " out of range")
        << c.len << " " << c.cap;
    EXPECT_TRUE(allocs.empty());
  }
}

TEST_F(Slices, MaxHeapAppliesToSlices) {
  RuntimeOptions opts;
  opts.max_heap = 1024;
  opts.gc.gogc = -1;  // the frames here are not a real goroutine's: no collection
  start(opts);
  EXPECT_NE(makeslice(t_int, 100, 100), 0u);  // 800 B
  NativeResult r;
  EXPECT_EQ(makeslice(t_int, 100, 100, &r), 0u);
  EXPECT_EQ(r, NativeResult::Fatal);
  EXPECT_EQ(rt->exit_kind(), ExitKind::Limit);
  EXPECT_EQ(rt->limit_kind(), LimitKind::Heap);
  EXPECT_NE(out.err.find("--max-heap=1K"), std::string::npos) << out.err;
}

TEST_F(Slices, SlicecopyIsAMemmove) {
  const Addr p = makeslice(t_int, 8, 8);
  for (int i = 0; i < 8; ++i) st64(*rt, p + 8 * i, i);
  auto copy = [&](Addr to, int64_t to_len, Addr from, int64_t from_len, uint64_t width) {
    std::vector<uint64_t> a = {to, static_cast<uint64_t>(to_len), from, static_cast<uint64_t>(from_len), width, 99};
    EXPECT_EQ(call_native(*rt, NativeId::slicecopy, a), NativeResult::Ok);
    return static_cast<int64_t>(a[5]);
  };
  // copy(s[1:], s): overlapping, upwards.
  EXPECT_EQ(copy(p + 8, 7, p, 8, 8), 7);
  for (int i = 1; i < 8; ++i) EXPECT_EQ(ld64(*rt, p + 8 * i), static_cast<uint64_t>(i - 1));
  EXPECT_EQ(ld64(*rt, p), 0u);
  // copy(s, s[5:]): fewer from, downwards.
  EXPECT_EQ(copy(p, 8, p + 40, 3, 8), 3);
  EXPECT_EQ(ld64(*rt, p), 4u);
  EXPECT_EQ(ld64(*rt, p + 16), 6u);
  EXPECT_EQ(ld64(*rt, p + 24), 2u);  // untouched
  EXPECT_EQ(copy(p, 0, p + 8, 3, 8), 0);
  EXPECT_EQ(copy(p, 3, p + 8, 0, 8), 0);
  EXPECT_EQ(copy(0, 3, 0, 5, 0), 3);  // zero-width elements: n, no memory touched
  // From rodata into a byte slice (copy(b, "str")).
  const Addr b = makeslice(t_byte, 4, 4);
  EXPECT_EQ(copy(b, 4, image->rodata_base, 3, 1), 3);  // "int": the first type name
  EXPECT_EQ(std::memcmp(rt->mem().host(b, 3), "int", 3), 0);
}

TEST_F(Slices, BadTypeArgumentIsAnInternalError) {
  std::vector<uint64_t> a = {0x1234, 1, 1, 0};
  EXPECT_EQ(call_native(*rt, NativeId::makeslice, a), NativeResult::Fatal);
  EXPECT_EQ(rt->exit_kind(), ExitKind::Internal);
}

}  // namespace
}  // namespace govm
