// Heap allocation for runtime entries (mallocgc), Go strings (make_string,
// go_string) and string concatenation (runtime.concatstring*).
#include <gtest/gtest.h>

#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::ImageBuilder;
using rttest::ld64;
using rttest::st64;

struct Heap : ::testing::Test, EventSink {
  void on_event(const Event& e) override { events.push_back(e); }
  void SetUp() override {
    ImageBuilder b;
    main_main = b.func("main.main", 64, 32, 0, {{0, 11}, {20, 12}}).entry;
    lit = b.string_lit("rodata!");
    image = b.build();
    rt = std::make_unique<Runtime>(*image, out);
    rt->events().attach(this, 1u << static_cast<unsigned>(EventKind::HeapAlloc));
  }
  std::string str(const uint8_t* hdr) { return std::string(rt->go_string(hdr)); }

  std::unique_ptr<Image> image;
  CaptureOutput out;
  std::unique_ptr<Runtime> rt;
  std::vector<Event> events;
  Addr main_main = 0, lit = 0;
};

TEST_F(Heap, MallocgcIsAlignedZeroedAndAnnounced) {
  EXPECT_EQ(rt->mallocgc(1, "byte", NativeId::concatstring2, "r"), kArenaBase);
  EXPECT_EQ(rt->mallocgc(16, "string", NativeId::concatstring2, "r"), kArenaBase + 16);  // 16-aligned
  EXPECT_EQ(rt->mallocgc(8, "int", NativeId::concatstring2, "r"), kArenaBase + 32);
  const Addr a = rt->mallocgc(17, "x", NativeId::concatstring3, "because");
  EXPECT_EQ(a, kArenaBase + 48);
  EXPECT_EQ(rt->mallocgc(9, "y", NativeId::concatstring2, "r"), kArenaBase + 80);  // rounds to 16: 16-aligned
  const uint8_t* p = rt->mem().host(a, 24);
  ASSERT_NE(p, nullptr);
  for (int i = 0; i < 24; ++i) EXPECT_EQ(p[i], 0);
  EXPECT_EQ(rt->heap().in_use(), 8u + 16 + 8 + 24 + 16);
  EXPECT_EQ(rt->heap().arena_used_end(), kArenaBase + 96);

  ASSERT_EQ(events.size(), 5u);
  const auto& e = std::get<HeapAllocEvent>(events[3].data);
  EXPECT_EQ(events[3].kind, EventKind::HeapAlloc);
  EXPECT_EQ(events[3].goid, 0u);  // no goroutine running
  EXPECT_EQ(e.addr, a);
  EXPECT_EQ(e.size, 17u);
  EXPECT_EQ(e.slot_size, 24u);
  EXPECT_EQ(e.size_class, 0u);
  EXPECT_EQ(e.type, "x");
  EXPECT_EQ(e.func, "runtime.concatstring3");
  EXPECT_EQ(e.reason, "because");
  EXPECT_EQ(e.line, 0u);
}

TEST_F(Heap, AllocationEventsCarryTheGoroutineAndLine) {
  G& g = rt->newproc(main_main, 0);
  rt->set_current(&g);
  g.pc = main_main + 24;
  rt->mallocgc(32, "string", NativeId::concatstring2, "string concatenation");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].goid, 1u);
  EXPECT_EQ(std::get<HeapAllocEvent>(events[0].data).line, 12u);
}

TEST_F(Heap, NoSinkNoEvents) {
  CaptureOutput o;
  Runtime quiet(*image, o);
  quiet.mallocgc(8, "int", NativeId::concatstring2, "r");
  EXPECT_EQ(quiet.events().count(), 0u);
}

TEST_F(Heap, MakeStringAndGoString) {
  uint8_t hdr[16];
  ASSERT_TRUE(rt->make_string(hdr, "héllo", NativeId::concatstring2));
  EXPECT_EQ(str(hdr), "héllo");
  uint64_t ptr;
  std::memcpy(&ptr, hdr, 8);
  EXPECT_EQ(ptr, kArenaBase);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(std::get<HeapAllocEvent>(events[0].data).type, "string");
  EXPECT_EQ(std::get<HeapAllocEvent>(events[0].data).reason, "string concatenation");
  ASSERT_TRUE(rt->make_string(hdr, "", NativeId::concatstring2));
  uint64_t w[2];
  std::memcpy(w, hdr, 16);
  EXPECT_EQ(w[0], 0u);
  EXPECT_EQ(w[1], 0u);
  EXPECT_EQ(events.size(), 1u);  // the empty string allocates nothing
  // A header pointing nowhere reads as empty rather than crashing.
  const uint64_t bad[2] = {0xdead0000, 5};
  EXPECT_EQ(str(reinterpret_cast<const uint8_t*>(bad)), "");
  const uint64_t neg[2] = {lit, static_cast<uint64_t>(-1)};
  EXPECT_EQ(str(reinterpret_cast<const uint8_t*>(neg)), "");
}

// Calls concatstring<n> on operands given as (ptr, len) pairs.
struct Concat {
  std::vector<uint64_t> block;
  explicit Concat(std::vector<std::pair<Addr, uint64_t>> ops) {
    for (auto [p, n] : ops) {
      block.push_back(p);
      block.push_back(n);
    }
    block.push_back(0xbad);  // the result slot
    block.push_back(0xbad);
  }
  NativeResult run(Runtime& rt, NativeId id) { return kNativeTable[static_cast<int>(id)](rt, reinterpret_cast<uint8_t*>(block.data())); }
  Addr ptr() const { return block[block.size() - 2]; }
  uint64_t len() const { return block.back(); }
};

TEST_F(Heap, ConcatAllocatesTheResult) {
  uint8_t a[16], b[16];
  rt->make_string(a, "go", NativeId::concatstring2);
  rt->make_string(b, "pher", NativeId::concatstring2);
  events.clear();
  Addr pa, pb;
  std::memcpy(&pa, a, 8);
  std::memcpy(&pb, b, 8);
  Concat c({{pa, 2}, {pb, 4}, {lit, 7}});
  ASSERT_EQ(c.run(*rt, NativeId::concatstring3), NativeResult::Ok);
  EXPECT_EQ(c.len(), 13u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(rt->mem().host(c.ptr(), 13)), 13), "gopherrodata!");
  ASSERT_EQ(events.size(), 1u);
  const auto& e = std::get<HeapAllocEvent>(events[0].data);
  EXPECT_EQ(e.func, "runtime.concatstring3");
  EXPECT_EQ(e.size, 13u);
  EXPECT_EQ(e.slot_size, 16u);
  EXPECT_EQ(e.type, "string");
  EXPECT_EQ(e.reason, "string concatenation");
}

TEST_F(Heap, ConcatWithOneNonEmptyOperandReturnsIt) {
  Concat c({{0, 0}, {lit, 7}, {0, 0}, {lit, 0}});
  ASSERT_EQ(c.run(*rt, NativeId::concatstring4), NativeResult::Ok);
  EXPECT_EQ(c.ptr(), lit);
  EXPECT_EQ(c.len(), 7u);
  EXPECT_TRUE(events.empty());
  // ...unless its bytes are on a stack: the result may outlive the frame.
  G& g = rt->newproc(main_main, 0);
  const Addr on_stack = g.stack.lo + 100;
  std::memcpy(rt->mem().host(on_stack, 3), "abc", 3);
  Concat d({{on_stack, 3}, {0, 0}});
  ASSERT_EQ(d.run(*rt, NativeId::concatstring2), NativeResult::Ok);
  EXPECT_EQ(d.ptr(), kArenaBase);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(rt->mem().host(d.ptr(), 3)), 3), "abc");
  EXPECT_EQ(events.size(), 1u);
}

TEST_F(Heap, ConcatOfEmptiesIsTheEmptyString) {
  Concat c({{0, 0}, {lit, 0}, {0, 0}, {0, 0}, {0, 0}});
  ASSERT_EQ(c.run(*rt, NativeId::concatstring5), NativeResult::Ok);
  EXPECT_EQ(c.ptr(), 0u);
  EXPECT_EQ(c.len(), 0u);
  EXPECT_TRUE(events.empty());
}

TEST_F(Heap, ConcatstringsTakesASlice) {
  // []string{"rod", "", "ata!"} in the heap.
  const Addr arr = rt->mallocgc(48, "[3]string", NativeId::concatstrings, "test");
  st64(*rt, arr, lit);
  st64(*rt, arr + 8, 3);
  st64(*rt, arr + 32, lit + 3);
  st64(*rt, arr + 40, 4);
  events.clear();
  uint64_t block[5] = {arr, 3, 3, 0, 0};
  ASSERT_EQ(kNativeTable[static_cast<int>(NativeId::concatstrings)](*rt, reinterpret_cast<uint8_t*>(block)),
            NativeResult::Ok);
  EXPECT_EQ(block[4], 7u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(rt->mem().host(block[3], 7)), 7), "rodata!");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(std::get<HeapAllocEvent>(events[0].data).func, "runtime.concatstrings");
}

TEST_F(Heap, ConcatOfUnmappedBytesIsAnInternalError) {
  Concat c({{0xdead0000, 3}, {lit, 2}});
  EXPECT_EQ(c.run(*rt, NativeId::concatstring2), NativeResult::Fatal);
  EXPECT_EQ(rt->exit_kind(), ExitKind::Internal);
}

}  // namespace
}  // namespace govm
