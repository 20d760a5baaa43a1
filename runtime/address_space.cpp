// Host memory behind a machine's VM addresses.
//
// The image [kTextBase, image_end) is copied once into a std::vector: it is
// small, fixed in size, and its bss part is zero by construction.
//
// The arena (heap and stacks, kArenaSpan = 32 GiB of VM addresses) is one
// host reservation made with mmap(PROT_NONE, MAP_NORESERVE): it costs address
// space only. Each area is committed from its bottom up, in kCommitChunk
// steps, by mprotect(PROT_READ|PROT_WRITE); a high-water mark per area says
// how far. Anonymous memory reads as zero until written, so committed memory
// is zeroed memory, and release() (madvise(MADV_DONTNEED)) returns pages to
// the host while keeping them committed: they read as zero again later.
//
// Invariants:
//  - [kArenaBase, kArenaBase + heap_committed_) and
//    [kStackAreaBase, kStackAreaBase + stack_committed_) are read-write;
//    everything else in the arena is PROT_NONE;
//  - both marks are multiples of kCommitChunk and never shrink;
//  - host() answers nullptr, never a wild pointer, for anything else.
//
// Under AddressSanitizer the reservation is ordinary mmap'd memory, which
// ASan neither poisons nor tracks, so interpreter accesses are unchecked by
// ASan but still bounded by host().
#include "runtime/address_space.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/image.h"

namespace govm {

namespace {

constexpr uint64_t kCommitChunk = 1 << 20;  // 1 MiB: few mprotect calls, little waste

// The host refused memory we already reserved: nothing sensible can follow.
[[noreturn]] void host_memory_failure(const char* what, Addr a, uint64_t n) {
  std::fprintf(stderr, "govm: internal error: %s failed for [%#llx, +%#llx)\n", what,
               static_cast<unsigned long long>(a), static_cast<unsigned long long>(n));
  std::abort();
}

// Bytes of [kTextBase, end) that the image occupies, over all segments that
// sit at or above kTextBase (an empty test image may leave bases at 0).
uint64_t image_span(const Image& image) {
  Addr end = image.text_end();
  auto extend = [&](Addr base, uint64_t size) {
    if (base >= kTextBase) end = std::max(end, base + size);
  };
  extend(image.rodata_base, image.rodata.size());
  extend(image.data_base, image.data.size());
  extend(image.bss_base, image.bss_size);
  return end - kTextBase;
}

void copy_segment(std::vector<uint8_t>& dst, Addr base, const std::vector<uint8_t>& src) {
  if (src.empty() || base < kTextBase) return;
  std::memcpy(dst.data() + (base - kTextBase), src.data(), src.size());
}

}  // namespace

AddressSpace::AddressSpace(const Image& image) : image_(image_span(image), 0) {
  copy_segment(image_, kTextBase, image.text);
  copy_segment(image_, image.rodata_base, image.rodata);
  copy_segment(image_, image.data_base, image.data);
  void* p = mmap(nullptr, kArenaSpan, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) host_memory_failure("mmap (arena reservation)", kArenaBase, kArenaSpan);
  arena_ = static_cast<uint8_t*>(p);
}

AddressSpace::~AddressSpace() {
  if (arena_ != nullptr) munmap(arena_, kArenaSpan);
}

// Raises the high-water mark `committed` of the area starting at `base`
// (area_span bytes long) so that it covers [a, a+n).
static void raise_mark(uint8_t* area_host, Addr base, uint64_t area_span, uint64_t& committed,
                       Addr a, uint64_t n) {
  if (a < base || a - base > area_span || n > area_span - (a - base))
    host_memory_failure("commit (outside the area)", a, n);
  uint64_t want = std::min(align_up(a - base + n, kCommitChunk), area_span);
  if (want <= committed) return;
  if (mprotect(area_host + committed, want - committed, PROT_READ | PROT_WRITE) != 0)
    host_memory_failure("mprotect", base + committed, want - committed);
  committed = want;
}

void AddressSpace::commit(Addr a, uint64_t n) {
  if (a < kStackAreaBase)
    raise_mark(arena_, kArenaBase, kHeapSpan, heap_committed_, a, n);
  else
    raise_mark(arena_ + kHeapSpan, kStackAreaBase, kStackSpan, stack_committed_, a, n);
}

void AddressSpace::release(Addr a, uint64_t n) {
  uint8_t* p = host(a, n);
  if (p == nullptr || n == 0) return;  // never committed: already zero
  // Whole host pages go back to the host; the ragged edges are zeroed by hand.
  const uintptr_t hp = static_cast<uintptr_t>(sysconf(_SC_PAGESIZE));
  uintptr_t lo = reinterpret_cast<uintptr_t>(p), hi = lo + n;
  uintptr_t plo = align_up(lo, hp), phi = hi & ~(hp - 1);
  if (plo >= phi) {
    std::memset(p, 0, n);
    return;
  }
  std::memset(p, 0, plo - lo);
  std::memset(reinterpret_cast<uint8_t*>(phi), 0, hi - phi);
  if (madvise(reinterpret_cast<void*>(plo), phi - plo, MADV_DONTNEED) != 0)
    std::memset(reinterpret_cast<uint8_t*>(plo), 0, phi - plo);
}

}  // namespace govm
