// The heap: pages of the arena at kArenaBase handed out in spans; small
// objects in Go's size classes, large objects in spans of their own.
// (Design essay in mheap.cpp; the size-class table in sizeclasses.h.)
//
//   MHeap     the page heap: 8 KiB pages from kArenaBase, runs of free pages,
//             every span in use (by address, for span_of)
//   MSpan     a run of pages; for a small class, nelems slots of elemsize
//             bytes with an alloc bit each and a freeindex (Go's mspan)
//   MCentral  per size class: the spans of that class, partial (a free
//             slot) or full, each ordered by address (Go's mcentral)
//   mcache    per size class, the span allocation takes slots from now
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "runtime/address.h"
#include "runtime/image.h"
#include "runtime/natives.h"
#include "runtime/sizeclasses.h"

namespace govm {

class AddressSpace;

// (issue 4) What a heap object is, as its allocator says: the collector
// scans it through elem's pointer bitmap (repeated count times for an
// array), and events and the API name it. elem nullptr: raw bytes with no
// pointers (string bytes); name then says what they are.
struct HeapType {
  const TypeDesc* elem = nullptr;  // one value of elem, or the array's element
  uint64_t count = 0;              // 0: one value; n: an array [n]elem
  const char* name = nullptr;      // overrides the derived name ("string", "[5]int"); static or interned
};

// (issue 4) What the heap records of every object it hands out, one per
// slot: what it is, how big it was asked to be, and where, by whom and
// why it was allocated. Valid while the slot is allocated.
struct ObjInfo {
  HeapType type;
  uint64_t size = 0;        // bytes requested
  Addr pc = 0;              // the allocating instruction (an AllocSite's pc when it has one)
  uint64_t goid = 0;        // the goroutine that allocated it
  NativeId by = NativeId::newobject;  // the runtime entry that allocated it
  const char* reason = nullptr;       // the entry's own reason (interned), when the site has none
};

// A run of npages pages starting at base. A small-object span (size_class
// 1..67) is cut into nelems slots of elemsize bytes from base; a large
// span (size_class 0) holds one object of elemsize = npages * kPageSize.
//
// Invariants (as Go's mspan):
//  - alloc bit i is set iff slot i holds an object; alloc_count counts them;
//  - every slot below freeindex is allocated, so the next free slot is the
//    first clear bit at or above freeindex (nelems when the span is full);
//  - (issue 4) a free slot holds the poison pattern (kPoison) until it is
//    allocated again, when it is zeroed; mark bits are all clear outside a
//    collection; ptr_bits of a free slot are clear.
struct MSpan {
  Addr base = 0;
  uint64_t npages = 0;
  uint32_t size_class = 0;  // 0: a large object
  uint64_t elemsize = 0;    // slot size
  uint32_t nelems = 0;      // slots
  uint32_t freeindex = 0;   // every slot below it is allocated
  uint32_t alloc_count = 0; // slots allocated
  std::vector<uint64_t> alloc_bits;  // one bit per slot (Go's allocBits)
  // (issue 4) The collector's state, as Go's gcmarkBits and heap bitmap:
  std::vector<uint64_t> mark_bits;   // one bit per slot: reached in this cycle
  std::vector<uint64_t> ptr_bits;    // one bit per 8-byte word of [base, limit()): the word holds a pointer
  std::vector<ObjInfo> info;         // one per slot: what the object is and where it came from

  Addr end() const { return base + npages * kPageSize; }
  Addr limit() const { return base + uint64_t{nelems} * elemsize; }  // end of the last slot
  bool full() const { return alloc_count == nelems; }
  bool is_allocated(uint32_t i) const { return (alloc_bits[i / 64] >> (i % 64)) & 1u; }
  Addr object_at(uint32_t i) const { return base + uint64_t{i} * elemsize; }
  // The slot holding address a (inside [base, limit())), as Go's objIndex:
  // a multiplication by div_mul instead of a division (exact for every
  // offset inside a small span, as Go's divMul; a large span has one slot).
  uint32_t div_mul = 0;  // ~uint32(0) / elemsize + 1 for small spans; 0 for large ones
  uint32_t index_of(Addr a) const {
    return static_cast<uint32_t>((static_cast<uint64_t>(static_cast<uint32_t>(a - base)) * div_mul) >> 32);
  }
  // The first free slot at or above freeindex; nelems when full.
  uint32_t next_free_index() const;
  bool is_marked(uint32_t i) const { return (mark_bits[i / 64] >> (i % 64)) & 1u; }
  void set_marked(uint32_t i) { mark_bits[i / 64] |= uint64_t{1} << (i % 64); }
  bool has_pointer_at(uint64_t word) const { return (ptr_bits[word / 64] >> (word % 64)) & 1u; }
};

// (issue 4) What fills a free slot, so that a use after free shows: Go's
// clobberfree pattern, 0xdeadbeef in every 4 bytes.
inline constexpr uint64_t kPoison = 0xdeadbeefdeadbeefull;
void poison(uint8_t* p, uint64_t n);  // fills [p, p+n) with kPoison

// Go's mcentral, one per size class: the spans of the class that are not
// anybody's current span, partial (at least one free slot) or full.
// cache_span hands out the lowest partial span.
struct MCentral {
  struct ByBase {
    bool operator()(const MSpan* a, const MSpan* b) const { return a->base < b->base; }
  };
  std::set<MSpan*, ByBase> partial, full;
};

// What mallocgc got: the object's address, its class and its slot size.
// addr is 0 when the arena is exhausted.
struct HeapObject {
  Addr addr = 0;
  uint32_t size_class = 0;  // 0: a large object
  uint64_t slot_size = 0;   // bytes taken: the class's size, or the large span
};

class MHeap {
 public:
  explicit MHeap(AddressSpace& mem);
  ~MHeap();
  MHeap(const MHeap&) = delete;
  MHeap& operator=(const MHeap&) = delete;

  // Returns the VM address of size zeroed bytes, 8-aligned (16 for >= 16).
  Addr alloc(uint64_t size) { return allocate(size).addr; }
  // The same, with the size class and slot size.
  HeapObject allocate(uint64_t size);
  // Frees the object at a (its slot's start): for the
  // sweeper. A small span left empty, or a large span, returns its pages
  // to the page heap. Returns false when a is not an allocated object.
  // (issue 4) The slot is poisoned.
  bool free(Addr a);

  // (issue 4) For the collector (runtime/mgc.cpp).
  // The span in use holding a, in O(1) (Go's spanOf through the arena
  // index); nullptr outside spans in use.
  MSpan* span_of_page(Addr a) const {
    const uint64_t page = (a - kArenaBase) / kPageSize;
    return a >= kArenaBase && page < page_spans_.size() ? page_spans_[page] : nullptr;
  }
  // Hands the current spans back to their central lists (Go's
  // flushmcache at the start of a cycle), so sweeping sees every span alike
  // and the next allocation starts again from the lowest partial span.
  void flush_mcaches();
  // Frees every allocated slot whose mark bit is clear (calling
  // on_free(span, slot) first, while its ObjInfo is still there), poisons
  // it, clears every mark bit, and returns spans left empty to the page
  // heap. In address order, so the free events come lowest first. Returns
  // the number of slots it examined (the sweep's work).
  template <class F>
  uint64_t sweep(F&& on_free);
  uint64_t total_alloc() const { return total_alloc_; }  // slot bytes ever allocated
  uint64_t mallocs() const { return mallocs_; }          // objects ever allocated
  uint64_t frees() const { return frees_; }              // objects ever freed
  uint64_t idle_bytes() const;                           // free pages below arena_end_

  uint64_t in_use() const { return in_use_; }  // bytes in allocated slots
  Addr arena_used_end() const { return arena_end_; }

  // Views for the layout drawing, the API and tests.
  uint64_t objects() const { return objects_; }           // allocated objects
  uint64_t span_bytes() const { return pages_in_use_ * kPageSize; }  // Go's HeapInuse
  const std::map<Addr, std::unique_ptr<MSpan>>& spans() const { return spans_; }  // in use, by base
  const MSpan* span_of(Addr a) const;                     // nullptr outside spans in use
  const MCentral& central(uint32_t size_class) const { return central_[size_class]; }
  const MSpan* mcache(uint32_t size_class) const { return mcache_[size_class]; }
  const std::map<Addr, uint64_t>& free_pages() const { return free_pages_; }  // base -> npages

 private:
  HeapObject alloc_small(uint32_t size_class);
  HeapObject alloc_large(uint64_t size);
  MSpan* refill(uint32_t size_class);
  MSpan* alloc_span(uint64_t npages, uint32_t size_class);
  void free_span(MSpan* s);
  Addr alloc_pages(uint64_t npages);
  void free_pages(Addr base, uint64_t npages);
  void free_slot(MSpan* s, uint32_t i);  // (issue 4) without the list bookkeeping
  void relist(MSpan* s, bool was_full);  // (issue 4) after slots were freed

  AddressSpace& mem_;
  Addr arena_end_ = kArenaBase;  // pages below it have been used at least once
  std::map<Addr, uint64_t> free_pages_;                 // runs of free pages below arena_end_
  std::map<Addr, std::unique_ptr<MSpan>> spans_;        // spans in use, by base
  std::array<MCentral, kNumSizeClasses> central_{};
  std::array<MSpan*, kNumSizeClasses> mcache_{};        // current span per class
  uint64_t in_use_ = 0;
  uint64_t objects_ = 0;
  uint64_t pages_in_use_ = 0;
  std::vector<MSpan*> page_spans_;  // (issue 4) per page below arena_end_: its span in use, or nullptr
  uint64_t total_alloc_ = 0, mallocs_ = 0, frees_ = 0;
};

template <class F>
uint64_t MHeap::sweep(F&& on_free) {
  std::vector<MSpan*> all;
  all.reserve(spans_.size());
  for (auto& [base, s] : spans_) all.push_back(s.get());
  uint64_t slots = 0;
  for (MSpan* s : all) {
    slots += s->nelems;
    const bool was_full = s->full();
    bool freed = false;
    for (uint32_t w = 0; w < s->alloc_bits.size(); ++w) {
      uint64_t dead = s->alloc_bits[w] & ~s->mark_bits[w];
      while (dead != 0) {
        const uint32_t i = w * 64 + static_cast<uint32_t>(__builtin_ctzll(dead));
        dead &= dead - 1;
        on_free(*s, i);
        free_slot(s, i);
        freed = true;
      }
      s->mark_bits[w] = 0;
    }
    if (freed) relist(s, was_full);
  }
  return slots;
}

}  // namespace govm
