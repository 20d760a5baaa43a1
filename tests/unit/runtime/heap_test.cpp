// Heap allocation for runtime entries (mallocgc), Go strings (make_string,
// go_string) and string concatenation (runtime.concatstring*); the
// allocator itself (MHeap: size classes, spans, large objects, alloc bits).
#include <gtest/gtest.h>

#include <bit>

#include "runtime/sizeclasses.h"
#include "runtime/trace.h"

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
  // Each size class has spans of its own, taken lowest address first.
  EXPECT_EQ(rt->mallocgc(1, "byte", NativeId::concatstring2, "r"), kArenaBase);                // class 1
  EXPECT_EQ(rt->mallocgc(16, "string", NativeId::concatstring2, "r"), kArenaBase + kPageSize);  // class 2
  EXPECT_EQ(rt->mallocgc(8, "int", NativeId::concatstring2, "r"), kArenaBase + 8);
  const Addr a = rt->mallocgc(17, "x", NativeId::concatstring3, "because");  // class 3 (24 B)
  EXPECT_EQ(a, kArenaBase + 2 * kPageSize);
  EXPECT_EQ(rt->mallocgc(9, "y", NativeId::concatstring2, "r"), kArenaBase + kPageSize + 16);  // rounds to 16
  const uint8_t* p = rt->mem().host(a, 24);
  ASSERT_NE(p, nullptr);
  for (int i = 0; i < 24; ++i) EXPECT_EQ(p[i], 0);
  EXPECT_EQ(rt->heap().in_use(), 8u + 16 + 8 + 24 + 16);
  EXPECT_EQ(rt->heap().arena_used_end(), kArenaBase + 3 * kPageSize);

  ASSERT_EQ(events.size(), 5u);
  const auto& e = std::get<HeapAllocEvent>(events[3].data);
  EXPECT_EQ(events[3].kind, EventKind::HeapAlloc);
  EXPECT_EQ(events[3].goid, 0u);  // no goroutine running
  EXPECT_EQ(e.addr, a);
  EXPECT_EQ(e.size, 17u);
  EXPECT_EQ(e.slot_size, 24u);
  EXPECT_EQ(e.size_class, 3u);
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

TEST_F(Heap, EventsCarryTheClassAndTheTraceShowsIt) {
  rt->mallocgc(100, "[100]byte", NativeId::concatstring2, "r");     // class 9: 112 B
  rt->mallocgc(40000, "[40000]byte", NativeId::concatstring2, "r");  // large: 5 pages
  ASSERT_EQ(events.size(), 2u);
  const auto& small = std::get<HeapAllocEvent>(events[0].data);
  EXPECT_EQ(small.size_class, 9u);
  EXPECT_EQ(small.slot_size, 112u);
  const auto& large = std::get<HeapAllocEvent>(events[1].data);
  EXPECT_EQ(large.addr, kArenaBase + kPageSize);
  EXPECT_EQ(large.size_class, 0u);
  EXPECT_EQ(large.slot_size, 5 * kPageSize);
  EXPECT_NE(TextTraceSink::format(events[0]).find("   100 B  slot 112 (class 9)  [100]byte"), std::string::npos);
  EXPECT_NE(TextTraceSink::format(events[1]).find(" 40000 B  slot 40960 (large)  [40000]byte"), std::string::npos);
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

// Calls concatstring<n> on operands given as (ptr, len) pairs, with the
// caller's buffer buf (0: none).
struct Concat {
  std::vector<uint64_t> block;
  explicit Concat(std::vector<std::pair<Addr, uint64_t>> ops, Addr buf = 0) {
    block.push_back(buf);
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
  EXPECT_EQ(e.size_class, 2u);
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

// A result that does not escape goes into the caller's 32-byte buffer when
// it fits (Go's tmpBuf), allocating nothing; a longer one still allocates.
TEST_F(Heap, ConcatUsesTheCallersBufferWhenTheResultFits) {
  G& g = rt->newproc(main_main, 0);
  const Addr buf = g.stack.lo + 256;
  Concat c({{lit, 7}, {lit, 3}}, buf);
  ASSERT_EQ(c.run(*rt, NativeId::concatstring2), NativeResult::Ok);
  EXPECT_EQ(c.ptr(), buf);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(rt->mem().host(buf, 10)), 10), "rodata!rod");
  EXPECT_TRUE(events.empty());
  Concat d({{lit, 7}, {lit, 7}, {lit, 7}, {lit, 7}, {lit, 7}}, buf);  // 35 bytes
  ASSERT_EQ(d.run(*rt, NativeId::concatstring5), NativeResult::Ok);
  EXPECT_NE(d.ptr(), buf);
  EXPECT_EQ(d.len(), 35u);
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
  uint64_t block[6] = {0, arr, 3, 3, 0, 0};
  ASSERT_EQ(kNativeTable[static_cast<int>(NativeId::concatstrings)](*rt, reinterpret_cast<uint8_t*>(block)),
            NativeResult::Ok);
  EXPECT_EQ(block[5], 7u);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(rt->mem().host(block[4], 7)), 7), "rodata!");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(std::get<HeapAllocEvent>(events[0].data).func, "runtime.concatstrings");
}

TEST_F(Heap, ConcatOfUnmappedBytesIsAnInternalError) {
  Concat c({{0xdead0000, 3}, {lit, 2}});
  EXPECT_EQ(c.run(*rt, NativeId::concatstring2), NativeResult::Fatal);
  EXPECT_EQ(rt->exit_kind(), ExitKind::Internal);
}

// ---- the allocator ----------------------------------------------------------

TEST(SizeClasses, TableIsGos) {
  EXPECT_EQ(kSizeClasses[0].size, 0u);
  EXPECT_EQ(kSizeClasses[1].size, 8u);
  EXPECT_EQ(kSizeClasses[1].nobjects, 1024u);
  EXPECT_EQ(kSizeClasses[5].size, 48u);
  EXPECT_EQ(kSizeClasses[5].nobjects, 170u);
  EXPECT_EQ(kSizeClasses[5].tail_waste, 32u);
  EXPECT_EQ(kSizeClasses[35].size, 1408u);
  EXPECT_EQ(kSizeClasses[35].npages, 2u);
  EXPECT_EQ(kSizeClasses[67].size, kMaxSmallSize);
  EXPECT_EQ(kSizeClasses[67].npages, 4u);
  for (int c = 1; c < kNumSizeClasses; ++c) {
    const SizeClass& k = kSizeClasses[c];
    EXPECT_EQ(k.cls, static_cast<uint32_t>(c));
    EXPECT_GT(k.size, kSizeClasses[c - 1].size) << c;
    EXPECT_EQ(k.nobjects, k.npages * kPageSize / k.size) << c;
    EXPECT_EQ(k.tail_waste, k.npages * kPageSize - k.nobjects * k.size) << c;
  }
}

TEST(SizeClasses, EveryBoundaryRoundsUp) {
  // 1, 8, 9, 16, 17, ..., 32768, 32769: each class's size and one past it.
  EXPECT_EQ(size_to_class(1), 1u);
  for (int c = 1; c < kNumSizeClasses; ++c) {
    const uint64_t size = kSizeClasses[c].size;
    EXPECT_EQ(size_to_class(size), static_cast<uint32_t>(c)) << size;
    EXPECT_EQ(size_to_class(kSizeClasses[c - 1].size + 1), static_cast<uint32_t>(c)) << size;
  }
  EXPECT_EQ(size_to_class(kMaxSmallSize + 1), 0u);
  // Every small size: the smallest class that holds it.
  for (uint64_t n = 1; n <= kMaxSmallSize; ++n) {
    const uint32_t c = size_to_class(n);
    ASSERT_GE(kSizeClasses[c].size, n) << n;
    ASSERT_LT(kSizeClasses[c - 1].size, n) << n;
  }
}

struct Alloc : ::testing::Test {
  Alloc() : image(rttest::ImageBuilder().build()), mem(*image), heap(mem) {}
  Addr at(uint64_t size) { return heap.allocate(size).addr; }
  uint64_t load(Addr a) {
    uint64_t v;
    std::memcpy(&v, mem.host(a, 8), 8);
    return v;
  }
  // Checks every span's alloc bits against its counts, and the heap's totals.
  void check_spans() {
    uint64_t in_use = 0, objects = 0;
    for (const auto& [base, s] : heap.spans()) {
      EXPECT_EQ(base, s->base);
      uint32_t bits = 0;
      for (uint64_t w : s->alloc_bits) bits += static_cast<uint32_t>(std::popcount(w));
      EXPECT_EQ(bits, s->alloc_count) << std::hex << base;
      for (uint32_t i = 0; i < s->freeindex; ++i) EXPECT_TRUE(s->is_allocated(i)) << i;
      EXPECT_LE(s->limit(), s->end());
      in_use += s->alloc_count * s->elemsize;
      objects += s->alloc_count;
    }
    EXPECT_EQ(heap.in_use(), in_use);
    EXPECT_EQ(heap.objects(), objects);
  }
  std::unique_ptr<Image> image;
  AddressSpace mem;
  MHeap heap;
};

TEST_F(Alloc, ObjectsFillASpanThenTheNextStarts) {
  EXPECT_EQ(at(8), kArenaBase);  // class 1's span: page 0
  for (uint64_t i = 0; i < 512; ++i) ASSERT_EQ(at(16), kArenaBase + kPageSize + 16 * i) << i;  // page 1
  EXPECT_EQ(at(24), kArenaBase + 2 * kPageSize);       // class 3: page 2
  EXPECT_EQ(at(13), kArenaBase + 3 * kPageSize);       // class 2 again: its span was full
  const MSpan* s = heap.span_of(kArenaBase + kPageSize + 100);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->size_class, 2u);
  EXPECT_TRUE(s->full());
  EXPECT_EQ(s->freeindex, 512u);
  EXPECT_EQ(heap.central(2).full.count(const_cast<MSpan*>(s)), 1u);
  EXPECT_EQ(heap.mcache(2)->base, kArenaBase + 3 * kPageSize);
  // A two-page class: 11 objects of 1408 bytes, then a new span.
  const Addr first = at(1400);
  EXPECT_EQ(first, kArenaBase + 4 * kPageSize);
  for (uint64_t i = 1; i < 11; ++i) EXPECT_EQ(at(1408), first + 1408 * i);
  EXPECT_EQ(at(1408), first + 2 * kPageSize);
  EXPECT_EQ(heap.arena_used_end(), kArenaBase + 8 * kPageSize);
  check_spans();
}

TEST_F(Alloc, ClassesLiveInSpansOfTheirOwn) {
  std::set<Addr> bases;
  for (int c = 1; c < kNumSizeClasses; ++c) {
    const HeapObject o = heap.allocate(kSizeClasses[c].size);
    EXPECT_EQ(o.size_class, static_cast<uint32_t>(c));
    EXPECT_EQ(o.slot_size, kSizeClasses[c].size);
    const MSpan* s = heap.span_of(o.addr);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->base, o.addr);  // the first object of a new span
    EXPECT_EQ(s->size_class, static_cast<uint32_t>(c));
    EXPECT_EQ(s->npages, kSizeClasses[c].npages);
    EXPECT_EQ(o.addr % (kSizeClasses[c].size >= 16 ? 16 : 8), 0u);
    bases.insert(s->base);
  }
  EXPECT_EQ(bases.size(), 67u);
  EXPECT_EQ(heap.spans().size(), 67u);
  check_spans();
}

TEST_F(Alloc, LargeObjectsTakeWholePagesOfTheirOwn) {
  EXPECT_EQ(at(8), kArenaBase);
  const HeapObject big = heap.allocate(kMaxSmallSize + 1);  // 5 pages
  EXPECT_EQ(big.addr, kArenaBase + kPageSize);
  EXPECT_EQ(big.size_class, 0u);
  EXPECT_EQ(big.slot_size, 5 * kPageSize);
  const MSpan* s = heap.span_of(big.addr + 4 * kPageSize + 1);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->base, big.addr);
  EXPECT_EQ(s->npages, 5u);
  EXPECT_EQ(s->nelems, 1u);
  EXPECT_TRUE(s->full());
  const HeapObject exact = heap.allocate(6 * kPageSize);  // exactly 6 pages
  EXPECT_EQ(exact.addr, kArenaBase + 6 * kPageSize);
  EXPECT_EQ(exact.slot_size, 6 * kPageSize);
  EXPECT_EQ(at(16), kArenaBase + 12 * kPageSize);  // small spans come after
  // Committed and zero, all of it.
  const uint8_t* p = mem.host(big.addr, big.slot_size);
  ASSERT_NE(p, nullptr);
  for (uint64_t i = 0; i < big.slot_size; ++i) ASSERT_EQ(p[i], 0) << i;
  // Larger than the whole arena: no address, nothing taken.
  EXPECT_EQ(at(kHeapSpan + 1), 0u);
  EXPECT_EQ(heap.arena_used_end(), kArenaBase + 13 * kPageSize);
  check_spans();
}

// Sizes from a fixed generator, mostly small, some large.
std::vector<uint64_t> mixed_sizes() {
  std::vector<uint64_t> sizes;
  uint64_t x = 12345;
  for (int i = 0; i < 3000; ++i) {
    x = x * 6364136223846793005u + 1442695040888963407u;
    const uint64_t r = x >> 33;
    sizes.push_back(r % 50 == 0 ? kMaxSmallSize + r % 100000 : 1 + r % (r % 7 == 0 ? kMaxSmallSize : 256));
  }
  return sizes;
}

TEST_F(Alloc, SameSequenceSameAddresses) {
  auto image2 = rttest::ImageBuilder().build();
  AddressSpace mem2(*image2);
  MHeap heap2(mem2);
  for (uint64_t size : mixed_sizes()) {
    const HeapObject a = heap.allocate(size), b = heap2.allocate(size);
    ASSERT_EQ(a.addr, b.addr) << size;
    ASSERT_EQ(a.slot_size, b.slot_size);
    ASSERT_EQ(a.size_class, b.size_class);
    ASSERT_GE(a.slot_size, size);
    ASSERT_NE(a.addr, 0u);
    // Committed, zeroed, and ours: fill it so that an overlap would show.
    uint8_t* p = mem.host(a.addr, a.slot_size);
    ASSERT_NE(p, nullptr);
    ASSERT_EQ(p[0], 0);
    ASSERT_EQ(p[a.slot_size - 1], 0);
    std::memset(p, 0xab, a.slot_size);
  }
  EXPECT_EQ(heap.in_use(), heap2.in_use());
  EXPECT_EQ(heap.arena_used_end(), heap2.arena_used_end());
  check_spans();
}

TEST_F(Alloc, FreedSlotsArePoisonedAndReusedLowestFirst) {
  std::vector<Addr> a;
  for (int i = 0; i < 512; ++i) a.push_back(at(16));  // span A, full
  const Addr b0 = at(16);                              // span B, the mcache's now
  EXPECT_EQ(b0, kArenaBase + kPageSize);
  std::memset(mem.host(a[5], 16), 0x5a, 16);
  EXPECT_TRUE(heap.free(a[5]));
  EXPECT_FALSE(heap.free(a[5]));      // not allocated any more
  EXPECT_FALSE(heap.free(a[6] + 8));  // not an object's start
  EXPECT_FALSE(heap.free(kArenaBase + 100 * kPageSize));
  const MSpan* sa = heap.span_of(a[0]);
  EXPECT_EQ(sa->freeindex, 5u);
  EXPECT_EQ(sa->alloc_count, 511u);
  EXPECT_EQ(heap.central(2).partial.count(const_cast<MSpan*>(sa)), 1u);
  for (int i = 0; i < 16; i += 8) EXPECT_EQ(load(a[5] + i), kPoison);  // a use after free shows
  check_spans();
  // B stays the current span until full; then the lowest partial span.
  for (int i = 1; i < 512; ++i) ASSERT_EQ(at(16), b0 + 16 * i);
  EXPECT_EQ(at(16), a[5]);
  for (int i = 0; i < 16; ++i) EXPECT_EQ(mem.host(a[5], 16)[i], 0);  // allocation zeroes it
  EXPECT_EQ(at(16), kArenaBase + 2 * kPageSize);  // both full: a new span
  check_spans();
}

TEST_F(Alloc, FreedPagesCoalesceAndAreReused) {
  const Addr small = at(8);
  const uint64_t five = 5 * kPageSize;  // large: more than 32768 bytes
  const Addr x = at(five), y = at(five), z = at(five - 100);
  EXPECT_EQ(x, kArenaBase + kPageSize);
  EXPECT_EQ(y, x + five);
  EXPECT_EQ(z, y + five);
  std::memset(mem.host(y, 16), 1, 16);
  EXPECT_TRUE(heap.free(x));
  EXPECT_TRUE(heap.free(y));
  ASSERT_EQ(heap.free_pages().size(), 1u);  // one run of 10 pages
  EXPECT_EQ(heap.free_pages().begin()->first, x);
  EXPECT_EQ(heap.free_pages().begin()->second, 10u);
  EXPECT_EQ(heap.span_of(x), nullptr);
  const Addr w = at(8 * kPageSize);  // first fit: the lowest run
  EXPECT_EQ(w, x);
  const uint8_t* p = mem.host(w, 8 * kPageSize);
  for (uint64_t i = 0; i < 8 * kPageSize; ++i) ASSERT_EQ(p[i], 0) << i;
  EXPECT_EQ(at(16), x + 8 * kPageSize);  // a new small span takes a free page
  ASSERT_EQ(heap.free_pages().size(), 1u);
  EXPECT_EQ(heap.free_pages().begin()->first, x + 9 * kPageSize);
  EXPECT_EQ(heap.free_pages().begin()->second, 1u);
  EXPECT_EQ(at(kMaxSmallSize + 1), z + five);  // too big for the hole
  // A small span left empty stays while it is the current span.
  EXPECT_TRUE(heap.free(small));
  EXPECT_NE(heap.span_of(small), nullptr);
  check_spans();
  EXPECT_EQ(heap.span_bytes(), (1 + 8 + 1 + 5 + 5) * kPageSize);
}

TEST_F(Alloc, AnEmptySpanGoesBackToThePageHeap) {
  std::vector<Addr> a;
  for (int i = 0; i < 1024; ++i) a.push_back(at(8));  // class 1's first span, full
  const Addr next = at(8);                             // the second, now current
  EXPECT_EQ(next, kArenaBase + kPageSize);
  for (Addr x : a) ASSERT_TRUE(heap.free(x));
  EXPECT_EQ(heap.span_of(kArenaBase), nullptr);
  EXPECT_TRUE(heap.central(1).full.empty());
  EXPECT_TRUE(heap.central(1).partial.empty());
  EXPECT_EQ(heap.objects(), 1u);
  EXPECT_EQ(at(24), kArenaBase);  // its page serves another class now
  check_spans();
}

// (issue 4) index_of multiplies by div_mul instead of dividing: exact for
// every byte of every slot of every small class, as Go's divMul is.
TEST_F(Alloc, IndexOfIsExactForEveryOffsetOfEveryClass) {
  for (uint32_t c = 1; c < kNumSizeClasses; ++c) {
    const Addr a = at(kSizeClasses[c].size);
    const MSpan* s = heap.span_of(a);
    ASSERT_NE(s, nullptr);
    for (uint64_t off = 0; off < s->limit() - s->base; ++off)
      ASSERT_EQ(s->index_of(s->base + off), off / s->elemsize) << "class " << c << " offset " << off;
  }
}

}  // namespace
}  // namespace govm
