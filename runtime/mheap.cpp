// The heap allocator, shaped as Go's (runtime/malloc.go, mheap.go,
// mcentral.go, mcache.go, mbitmap.go).
//
// Heap, pages, spans. The heap arena starts at kArenaBase (0xc000000000,
// where Go's arenas start on linux/amd64) and is cut into pages of 8192
// bytes. The page heap (MHeap) hands out runs of pages, called spans; a
// span is described by an MSpan: its base, its page count, and what it is
// cut into. Pages are taken lowest address first: the lowest run of free
// pages that is long enough (first fit over free_pages_), else fresh pages
// at arena_end_, which are committed in the AddressSpace as the heap grows.
// Freed runs coalesce with their neighbours. Every span in use is indexed by
// its base, so span_of(a) (Go's spanOf) finds the span holding any address.
//
// Size classes. An object of at most 32768 bytes is small: its size is
// rounded up to one of Go's 67 size classes (sizeclasses.h, generated from
// Go's own table), and it takes a slot in a span that holds only objects of
// that class. The class fixes the slot size and the span's length: 16-byte
// objects come 512 to a one-page span, 1408-byte objects 11 to a two-page
// span. So objects of different classes live in different spans, and a
// 9-byte object takes a 16-byte slot (class 2), as in Go.
//
// Slots. A small span keeps one alloc bit per slot and a freeindex below
// which every slot is allocated (Go's allocBits and freeindex): allocation
// takes the first clear bit at or above freeindex, so a span fills from its
// base up, and slots freed by a sweeper are found again lowest first. The
// collector (runtime/mgc.cpp) frees a slot with sweep() or free(): its bit
// is cleared, its bytes poisoned (kPoison, as Go's clobberfree), freeindex
// lowered to it. A small span is poisoned whole when it is created, and
// allocation zeroes the slot it hands out, so a free slot always reads as
// poison and an object always starts zeroed: a use after free reads
// 0xdeadbeef... and faults on it instead of seeing plausible data. Large
// spans come from pages that are zero (fresh or given back to the host).
//
// The collector's per-span state (issue 4): a mark bit per slot
// (gcmarkBits), a pointer bit per word (the heap bitmap Go keeps per
// arena; govm keeps it per span), written by the allocator from the
// object's type, and an ObjInfo per slot (what the object is, where and by
// whom it was allocated) for the free events and the API. An arena index
// (page_spans_: page -> span) makes span_of_page O(1) for the marker.
//
// Central and cache. Per size class, the span allocation currently takes
// slots from is the mcache (Go has one mcache per P; govm runs one P, so one
// mcache). When that span is full, refill() hands it back to the class's
// MCentral, which keeps the other spans of the class as partial (with a
// free slot) or full, each ordered by address, and takes the lowest
// partial span; when there is none it allocates a new span from the page
// heap. A span left with no objects after a free goes back to the page heap
// unless it is the mcache's span.
//
// Large objects (more than 32768 bytes) get a span of their own, rounded up
// to whole pages: size class 0, one slot of npages * 8192 bytes.
//
// What govm simplifies, and why:
//  - one P, so one mcache and no locking; no per-P page cache;
//  - no tiny allocator: Go packs pointer-free objects under 16 bytes into
//    shared 16-byte blocks; here every object has a slot of its own, so a
//    trace shows one object per slot (mallocgc does not yet know whether a
//    type holds pointers);
//  - a zero-sized object gets an 8-byte slot of class 1, where Go hands out
//    the address of runtime.zerobase;
//  - no scavenger: freed pages are given back to the host at once
//    (AddressSpace::release);
//  - addresses are deterministic: same allocations, same addresses. They do
//    not match real Go's numbers (Go's heap also holds stacks and runtime
//    data), only their shape.
//
// Invariants:
//  - [kArenaBase, arena_end_) is committed; spans_ and free_pages_ tile it
//    exactly, with no overlap, and no two free runs touch;
//  - a span is in exactly one of: mcache_[c], central_[c].partial,
//    central_[c].full (small spans of class c), or none (large spans);
//  - in_use_ and objects_ are the sums over spans of alloc_count * elemsize
//    and alloc_count; pages_in_use_ the sum of their npages.
#include "runtime/mheap.h"

#include <bit>
#include <cstring>
#include <iterator>

#include "runtime/address_space.h"

namespace govm {

uint32_t MSpan::next_free_index() const {
  for (uint32_t w = freeindex / 64; w < alloc_bits.size(); ++w) {
    uint64_t free = ~alloc_bits[w];
    if (w == freeindex / 64) free &= ~uint64_t{0} << (freeindex % 64);  // bits below freeindex
    if (free == 0) continue;
    const uint32_t i = w * 64 + static_cast<uint32_t>(std::countr_zero(free));
    return i < nelems ? i : nelems;
  }
  return nelems;
}

MHeap::MHeap(AddressSpace& mem) : mem_(mem) {}
MHeap::~MHeap() = default;

HeapObject MHeap::allocate(uint64_t size) {
  if (size > kMaxSmallSize) return alloc_large(size);
  const uint32_t c = size == 0 ? 1 : size_to_class(size);
  return alloc_small(c);
}

HeapObject MHeap::alloc_small(uint32_t c) {
  MSpan* s = mcache_[c];
  if (s == nullptr || s->full()) s = refill(c);
  if (s == nullptr) return {};
  const uint32_t i = s->next_free_index();
  s->alloc_bits[i / 64] |= uint64_t{1} << (i % 64);
  s->freeindex = i + 1;
  s->alloc_count++;
  in_use_ += s->elemsize;
  objects_++;
  mallocs_++;
  total_alloc_ += s->elemsize;
  std::memset(mem_.host(s->object_at(i), s->elemsize), 0, s->elemsize);  // it held poison
  return {s->object_at(i), c, s->elemsize};
}

// The mcache's span of class c is full (or there is none): hand it back to
// the central list and take the lowest partial span, or a new one.
MSpan* MHeap::refill(uint32_t c) {
  MCentral& central = central_[c];
  if (MSpan* old = mcache_[c]) (old->full() ? central.full : central.partial).insert(old);
  mcache_[c] = nullptr;
  MSpan* s = nullptr;
  if (!central.partial.empty()) {
    s = *central.partial.begin();
    central.partial.erase(central.partial.begin());
  } else {
    s = alloc_span(kSizeClasses[c].npages, c);
  }
  mcache_[c] = s;
  return s;
}

HeapObject MHeap::alloc_large(uint64_t size) {
  if (size > kHeapSpan) return {};
  MSpan* s = alloc_span(align_up(size, kPageSize) / kPageSize, 0);
  if (s == nullptr) return {};
  s->alloc_bits[0] = 1;
  s->freeindex = 1;
  s->alloc_count = 1;
  in_use_ += s->elemsize;
  objects_++;
  mallocs_++;
  total_alloc_ += s->elemsize;
  return {s->base, 0, s->elemsize};
}

MSpan* MHeap::alloc_span(uint64_t npages, uint32_t c) {
  const Addr base = alloc_pages(npages);
  if (base == 0) return nullptr;
  auto s = std::make_unique<MSpan>();
  s->base = base;
  s->npages = npages;
  s->size_class = c;
  s->elemsize = c == 0 ? npages * kPageSize : kSizeClasses[c].size;
  s->nelems = c == 0 ? 1 : kSizeClasses[c].nobjects;
  s->div_mul = c == 0 ? 0 : static_cast<uint32_t>(UINT32_MAX / s->elemsize + 1);
  s->alloc_bits.assign((s->nelems + 63) / 64, 0);
  s->mark_bits.assign(s->alloc_bits.size(), 0);
  s->ptr_bits.assign((s->limit() - base) / 8 / 64 + 1, 0);
  s->info.resize(s->nelems);
  if (c != 0) poison(mem_.host(base, s->limit() - base), s->limit() - base);
  MSpan* p = s.get();
  spans_.emplace(base, std::move(s));
  pages_in_use_ += npages;
  const uint64_t first = (base - kArenaBase) / kPageSize;
  if (page_spans_.size() < first + npages) page_spans_.resize(first + npages, nullptr);
  for (uint64_t k = 0; k < npages; ++k) page_spans_[first + k] = p;
  return p;
}

void MHeap::free_span(MSpan* s) {
  const Addr base = s->base;
  const uint64_t npages = s->npages;
  pages_in_use_ -= npages;
  const uint64_t first = (base - kArenaBase) / kPageSize;
  for (uint64_t k = 0; k < npages; ++k) page_spans_[first + k] = nullptr;
  spans_.erase(base);
  free_pages(base, npages);
}

const MSpan* MHeap::span_of(Addr a) const {
  auto it = spans_.upper_bound(a);
  if (it == spans_.begin()) return nullptr;
  --it;
  return a < it->second->end() ? it->second.get() : nullptr;
}

bool MHeap::free(Addr a) {
  MSpan* s = const_cast<MSpan*>(span_of(a));
  if (s == nullptr || a >= s->limit() || (a - s->base) % s->elemsize != 0) return false;
  const uint32_t i = s->index_of(a);
  if (!s->is_allocated(i)) return false;
  const bool was_full = s->full();
  free_slot(s, i);
  relist(s, was_full);
  return true;
}

// Clears slot i's bits and record and poisons it; the span stays where it
// is listed (relist moves it).
void MHeap::free_slot(MSpan* s, uint32_t i) {
  s->alloc_bits[i / 64] &= ~(uint64_t{1} << (i % 64));
  s->alloc_count--;
  if (i < s->freeindex) s->freeindex = i;
  in_use_ -= s->elemsize;
  objects_--;
  frees_++;
  const uint64_t w0 = (s->object_at(i) - s->base) / 8, nw = s->elemsize / 8;
  for (uint64_t w = w0; w < w0 + nw; ++w) s->ptr_bits[w / 64] &= ~(uint64_t{1} << (w % 64));
  s->info[i] = ObjInfo{};
  if (s->size_class != 0) poison(mem_.host(s->object_at(i), s->elemsize), s->elemsize);
}

// After slots of s were freed: a large span, or a small one left empty
// that is not the mcache's, goes back to the page heap; a full one
// becomes partial.
void MHeap::relist(MSpan* s, bool was_full) {
  if (s->size_class == 0) {
    if (s->alloc_count == 0) free_span(s);  // free_pages zeroes it
    return;
  }
  if (mcache_[s->size_class] == s) return;
  MCentral& central = central_[s->size_class];
  if (was_full) central.full.erase(s);
  if (s->alloc_count == 0) {
    central.partial.erase(s);
    free_span(s);
  } else {
    central.partial.insert(s);
  }
}

void MHeap::flush_mcaches() {
  for (uint32_t c = 1; c < kNumSizeClasses; ++c) {
    MSpan* s = mcache_[c];
    if (s == nullptr) continue;
    (s->full() ? central_[c].full : central_[c].partial).insert(s);
    mcache_[c] = nullptr;
  }
}

uint64_t MHeap::idle_bytes() const {
  uint64_t pages = 0;
  for (const auto& [base, n] : free_pages_) pages += n;
  return pages * kPageSize;
}

void poison(uint8_t* p, uint64_t n) {
  const uint64_t v = kPoison;
  uint64_t i = 0;
  for (; i + 8 <= n; i += 8) std::memcpy(p + i, &v, 8);
  for (; i < n; ++i) p[i] = reinterpret_cast<const uint8_t*>(&v)[i % 8];
}

// ---- the page heap ------------------------------------------------------------

// The lowest run of free pages long enough, else fresh pages at arena_end_.
// Returns 0 when the arena is exhausted.
Addr MHeap::alloc_pages(uint64_t npages) {
  const uint64_t n = npages * kPageSize;
  for (auto it = free_pages_.begin(); it != free_pages_.end(); ++it) {
    auto [base, run] = *it;
    if (run < npages) continue;
    free_pages_.erase(it);
    if (run > npages) free_pages_.emplace(base + n, run - npages);
    return base;
  }
  if (n > kArenaBase + kHeapSpan - arena_end_) return 0;
  const Addr base = arena_end_;
  mem_.commit(base, n);
  arena_end_ += n;
  return base;
}

// Gives a run back, zeroed, coalescing it with the free runs beside it.
void MHeap::free_pages(Addr base, uint64_t npages) {
  mem_.release(base, npages * kPageSize);
  auto next = free_pages_.find(base + npages * kPageSize);
  if (next != free_pages_.end()) {
    npages += next->second;
    free_pages_.erase(next);
  }
  auto it = free_pages_.lower_bound(base);
  if (it != free_pages_.begin()) {
    auto prev = std::prev(it);
    if (prev->first + prev->second * kPageSize == base) {
      prev->second += npages;
      return;
    }
  }
  free_pages_.emplace(base, npages);
}

}  // namespace govm
