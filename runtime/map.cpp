// Go's maps (runtime/map.go), in VM memory.
//
// A map is a hash table. Its header, the hmap, holds the count of entries
// and a pointer to an array of 2^B buckets; the low B bits of a key's hash
// choose the bucket, the top 8 bits (the tophash) tell the key apart from
// the others in it. A bucket holds up to 8 entries; when a ninth key hashes
// to a full bucket, an overflow bucket is chained to it. Everything is laid
// out as gc lays it out on linux/amd64, so a student reading the trace or
// the heap sees Go's objects at Go's sizes:
//
//   hmap (48 bytes, "runtime.hmap")         bucket ("map.bucket[K]V")
//   +0  count      int   (len(m) reads it)  +0          tophash [8]uint8
//   +8  flags      uint8                    +8          keys    [8]K
//   +9  B          uint8  log2(#buckets)    +8+8*|K|    elems   [8]V
//   +10 noverflow  uint16                   end-8       overflow *bucket
//   +12 hash0      uint32 hash seed
//   +16 buckets    *bucket  (2^B of them)   map[string]int: 8 + 8*16 + 8*8
//   +24 oldbuckets *bucket  (while growing)                 + 8 = 208 bytes
//   +32 nevacuate  uintptr
//   +40 extra      *mapextra
//
// Keys and elements over 128 bytes are stored indirectly: the bucket holds
// a pointer to a heap object of the key's (element's) type, as in Go.
//
// Tophash values below minTopHash are marks, not hashes: emptyRest (this
// slot and every later slot of the chain are empty: lookups stop there),
// emptyOne, and during growth evacuatedX/Y/Empty (the entry moved to the
// first or second half of the new array).
//
// Growth. When an insert would take the average load past 6.5 entries per
// bucket, or there are about as many overflow buckets as buckets (a map
// that filled up and was mostly deleted), hashGrow allocates a new array,
// twice as large (or the same size, to compact), and keeps the old one in
// oldbuckets. Like Go, and unlike a textbook hash table, govm moves the
// entries incrementally: every assign or delete that touches a bucket first
// evacuates the old bucket it comes from, plus one more in order
// (nevacuate), so no single operation pays for the whole copy, and the
// trace shows the two arrays alive together until the last old bucket has
// moved. Lookups during growth read the old bucket while it is not yet
// evacuated. An entry never moves within its bucket array, which is what
// lets an iterator stay correct across inserts, deletes and growth.
//
// Iteration. A range loop's iterator (hiter, kHiterSize bytes in the
// caller's frame, Go's layout) starts at a random bucket and a random slot
// offset drawn from fastrand, then walks the buckets in order, wrapping
// around. With the runtime's fastrand seeded from --seed, the order is
// randomized as Go's is, but the same seed gives the same order. Entries
// deleted during the loop are not returned (their tophash is empty by the
// time the iterator reaches them, or mapaccessK no longer finds them);
// entries added may or may not be, as the Go spec allows. If the map grows
// during the loop, the iterator keeps walking the array it started with and
// looks an evacuated entry up in the new one.
//
// Hashing is seeded per map (hash0, from fastrand) and done over the key by
// its type descriptor: integers, booleans and pointers by their bytes,
// strings by their content, floats by value (+0 and -0 alike; each NaN a
// new random hash, so NaN keys never match), structs field by field and
// arrays element by element, so padding never matters. Equality follows
// the same structure, with Go's == on each part.
//
// Where govm differs from Go, and why:
//  - mapaccess1/2 return nil for a missing key (Go returns a pointer to a
//    shared zero value): compiled code zeroes the result (natives.h).
//  - Go keeps the overflow buckets of a pointer-free map alive through a
//    side list in mapextra (overflow, oldoverflow), because its bucket type
//    then declares the overflow word a uintptr. govm's buckets always
//    declare it a pointer, so the side lists stay nil; mapextra exists (24
//    bytes, Go's) only for nextOverflow, the overflow buckets that
//    makeBucketArray preallocates past the 2^B main buckets for B >= 4.
//  - Natives run to completion, so the hashWriting flag that detects
//    concurrent writes is never needed and not set.
//
// Errors are thrown inside this file and caught at each entry: a Go panic
// (assignment to entry in nil map, hashing an unhashable dynamic type), an
// unmapped address where map memory should be (an internal error), or an
// allocation that failed (the runtime has already ended the program).
#include "runtime/map.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/runtime.h"
#include "runtime/sizeclasses.h"

namespace govm {

namespace {

// ---- constants, as map.go ----------------------------------------------------------

constexpr uint64_t kBucketCnt = 8;  // entries per bucket
constexpr uint64_t kLoadFactorNum = 13, kLoadFactorDen = 2;  // 6.5 entries per bucket
constexpr uint64_t kMaxKeySize = 128, kMaxElemSize = 128;   // larger: stored indirectly
constexpr uint64_t kDataOffset = 8;                          // keys start after tophash[8]
constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;            // Go's maxAlloc on amd64

constexpr uint8_t kEmptyRest = 0;       // empty, and so is every later slot of the chain
constexpr uint8_t kEmptyOne = 1;        // empty
constexpr uint8_t kEvacuatedX = 2;      // moved to the first half of the new array
constexpr uint8_t kEvacuatedY = 3;      // moved to the second half
constexpr uint8_t kEvacuatedEmpty = 4;  // empty, and the bucket is evacuated
constexpr uint8_t kMinTopHash = 5;      // smallest tophash of a filled slot

constexpr uint8_t kIterator = 1;      // an iterator may be using buckets
constexpr uint8_t kOldIterator = 2;   // an iterator may be using oldbuckets
constexpr uint8_t kSameSizeGrow = 8;  // the growth in progress keeps the size

// hmap fields (kHmapCountOffset and kHmapSize are in map.h).
constexpr uint64_t kHmapFlags = 8, kHmapB = 9, kHmapNoverflow = 10, kHmapHash0 = 12;
constexpr uint64_t kHmapBuckets = 16, kHmapOldbuckets = 24, kHmapNevacuate = 32, kHmapExtra = 40;
static_assert(kHmapExtra + 8 == kHmapSize);

// mapextra: overflow *[]*bmap, oldoverflow *[]*bmap (always nil here), nextOverflow *bmap.
constexpr uint64_t kMapextraNextOverflow = 16, kMapextraSize = 24;

// hiter fields, Go's order.
constexpr uint64_t kItKey = 0, kItElem = 8, kItT = 16, kItH = 24, kItBuckets = 32, kItBptr = 40;
constexpr uint64_t kItStartBucket = 64, kItOffset = 72, kItWrapped = 73, kItB = 74, kItI = 75;
constexpr uint64_t kItBucket = 80, kItCheckBucket = 88;
static_assert(kItCheckBucket + 8 == kHiterSize);
constexpr uint64_t kNoCheck = ~uint64_t{0};  // sentinel checkBucket

// Hash constants (Go's hash64.go and alg.go).
constexpr uint64_t kM1 = 0xa0761d6478bd642f, kM2 = 0xe7037ed1a0b428db, kM3 = 0x8ebc6af09c88c6e3;
constexpr uint64_t kM4 = 0x589965cc75374cc3, kM5 = 0x1d8e4e27c47d124f;
constexpr uint64_t kC0 = 33054211828000289, kC1 = 23344194077549503;

// ---- failures ------------------------------------------------------------------------

struct MapPanic { std::string message; };  // a Go panic, as printed after "panic: "
struct MapFault { std::string message; };  // map memory is not where it should be
struct MapStop {};                         // an allocation failed; the program has ended

template <class T>
T ld(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
template <class T>
void st(uint8_t* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

std::string hex(Addr a) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%#llx", static_cast<unsigned long long>(a));
  return buf;
}

// Checked access to VM memory: every address the map code follows goes
// through at(), which throws MapFault instead of touching the host.
class Mem {
 public:
  explicit Mem(AddressSpace& as) : as_(as) {}
  uint8_t* at(Addr a, uint64_t n) {
    if (n == 0) return &empty_;
    uint8_t* p = as_.host(a, n);
    if (p == nullptr) throw MapFault{std::to_string(n) + " bytes at " + hex(a) + " are not mapped"};
    return p;
  }
  uint64_t ld64(Addr a) { return ld<uint64_t>(at(a, 8)); }
  void st64(Addr a, uint64_t v) { st(at(a, 8), v); }

 private:
  AddressSpace& as_;
  uint8_t empty_ = 0;  // what a zero-size value's address translates to
};

// ---- hashing and equality, by type ----------------------------------------------

uint64_t mix(uint64_t a, uint64_t b) {
  const unsigned __int128 m = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(m >> 64) ^ static_cast<uint64_t>(m);
}

// A wyhash-style hash of n bytes: each 8-byte word (the tail zero-padded)
// is mixed into the state with a 128-bit multiply; the length goes in last
// so that "a" and "a\0" differ.
uint64_t memhash(const uint8_t* p, uint64_t n, uint64_t seed) {
  uint64_t h = seed ^ kM1;
  uint64_t rest = n;
  for (; rest >= 8; rest -= 8, p += 8) h = mix(ld<uint64_t>(p) ^ kM2, h ^ kM3);
  if (rest > 0) {
    uint64_t tail = 0;
    std::memcpy(&tail, p, rest);
    h = mix(tail ^ kM4, h ^ kM3);
  }
  return mix(h ^ kM5, n ^ kM2);
}

bool is_blank(const TypeDesc::Field& f) { return f.name == "_"; }

// Go's typehash and the equality functions of alg.go, over values of type
// t at host pointers, reading what they point to (string bytes, an
// interface's value) through mem.
class KeyAlg {
 public:
  KeyAlg(Runtime& rt, Mem& mem) : rt_(rt), mem_(mem) {}

  const TypeDesc& type(Addr a) const {
    const TypeDesc* t = rt_.image().type_at(a);
    if (t == nullptr) throw MapFault{"no type descriptor at " + hex(a)};
    return *t;
  }

  uint64_t hash(const TypeDesc& t, const uint8_t* p, uint64_t h) {
    switch (t.kind) {
      case TypeKind::Float32: return float_hash(static_cast<double>(ld<float>(p)), p, 4, h);
      case TypeKind::Float64: return float_hash(ld<double>(p), p, 8, h);
      case TypeKind::Complex64:
        return float_hash(static_cast<double>(ld<float>(p + 4)), p + 4, 4,
                          float_hash(static_cast<double>(ld<float>(p)), p, 4, h));
      case TypeKind::Complex128: return float_hash(ld<double>(p + 8), p + 8, 8, float_hash(ld<double>(p), p, 8, h));
      case TypeKind::String: {
        const uint64_t len = ld<uint64_t>(p + 8);
        return memhash(mem_.at(ld<uint64_t>(p), len), len, h);
      }
      case TypeKind::Interface: return interface_hash(p, h);
      case TypeKind::Array: {
        const TypeDesc& e = type(t.elem);
        for (uint64_t i = 0; i < t.len; ++i) h = hash(e, p + i * e.size, h);
        return h;
      }
      case TypeKind::Struct:
        for (const TypeDesc::Field& f : t.fields)
          if (!is_blank(f)) h = hash(type(f.type), p + f.offset, h);
        return h;
      case TypeKind::Slice:
      case TypeKind::Map:
      case TypeKind::Func: throw MapPanic{"runtime error: hash of unhashable type " + t.name};
      default: return memhash(p, t.size, h);  // booleans, integers, pointers, channels
    }
  }

  bool equal(const TypeDesc& t, const uint8_t* a, const uint8_t* b) {
    switch (t.kind) {
      case TypeKind::Float32: return ld<float>(a) == ld<float>(b);
      case TypeKind::Float64: return ld<double>(a) == ld<double>(b);
      case TypeKind::Complex64: return ld<float>(a) == ld<float>(b) && ld<float>(a + 4) == ld<float>(b + 4);
      case TypeKind::Complex128: return ld<double>(a) == ld<double>(b) && ld<double>(a + 8) == ld<double>(b + 8);
      case TypeKind::String: {
        const uint64_t len = ld<uint64_t>(a + 8);
        if (len != ld<uint64_t>(b + 8)) return false;
        const Addr pa = ld<uint64_t>(a), pb = ld<uint64_t>(b);
        return pa == pb || std::memcmp(mem_.at(pa, len), mem_.at(pb, len), len) == 0;
      }
      case TypeKind::Interface: return interface_equal(a, b);
      case TypeKind::Array: {
        const TypeDesc& e = type(t.elem);
        for (uint64_t i = 0; i < t.len; ++i)
          if (!equal(e, a + i * e.size, b + i * e.size)) return false;
        return true;
      }
      case TypeKind::Struct:
        for (const TypeDesc::Field& f : t.fields)
          if (!is_blank(f) && !equal(type(f.type), a + f.offset, b + f.offset)) return false;
        return true;
      case TypeKind::Slice:
      case TypeKind::Map:
      case TypeKind::Func: throw MapPanic{"runtime error: comparing uncomparable type " + t.name};
      default: return std::memcmp(a, b, t.size) == 0;
    }
  }

  bool comparable(const TypeDesc& t) const {
    switch (t.kind) {
      case TypeKind::Slice:
      case TypeKind::Map:
      case TypeKind::Func: return false;
      case TypeKind::Array: return comparable(type(t.elem));
      case TypeKind::Struct:
        for (const TypeDesc::Field& f : t.fields)
          if (!comparable(type(f.type))) return false;
        return true;
      default: return true;
    }
  }

  // Whether k == k for every k of type t (Go's isReflexive): not for
  // floats (NaN) nor interfaces (which may hold one).
  bool reflexive(const TypeDesc& t) const { return !any_part(t, [](TypeKind k) { return is_floaty(k) || k == TypeKind::Interface; }); }
  // Whether an assign over an equal key must store the new key (Go's
  // needkeyupdate): +0 replaces -0, a new string's bytes replace the old.
  bool needkeyupdate(const TypeDesc& t) const {
    return any_part(t, [](TypeKind k) { return is_floaty(k) || k == TypeKind::Interface || k == TypeKind::String; });
  }
  // Whether hashing may panic (an interface holding an unhashable value).
  bool hash_might_panic(const TypeDesc& t) const { return any_part(t, [](TypeKind k) { return k == TypeKind::Interface; }); }

 private:
  Runtime& rt_;
  Mem& mem_;

  static bool is_floaty(TypeKind k) {
    return k == TypeKind::Float32 || k == TypeKind::Float64 || k == TypeKind::Complex64 || k == TypeKind::Complex128;
  }
  template <class Pred>
  bool any_part(const TypeDesc& t, Pred pred) const {
    if (t.kind == TypeKind::Array) return any_part(type(t.elem), pred);
    if (t.kind == TypeKind::Struct) {
      for (const TypeDesc::Field& f : t.fields)
        if (any_part(type(f.type), pred)) return true;
      return false;
    }
    return pred(t.kind);
  }

  // Go's f32hash/f64hash: +0 and -0 hash alike; every NaN hashes anew.
  uint64_t float_hash(double f, const uint8_t* p, uint64_t size, uint64_t h) {
    if (f == 0) return kC1 * (kC0 ^ h);
    if (std::isnan(f)) return kC1 * (kC0 ^ h ^ rt_.fastrand().next());
    return memhash(p, size, h);
  }

  // An eface (type, data): data is the address of the value (natives.h).
  uint64_t interface_hash(const uint8_t* p, uint64_t h) {
    const Addr ta = ld<uint64_t>(p);
    if (ta == 0) return h;
    const TypeDesc& t = type(ta);
    if (!comparable(t)) throw MapPanic{"runtime error: hash of unhashable type " + t.name};
    return kC1 * hash(t, mem_.at(ld<uint64_t>(p + 8), t.size), h ^ kC0);
  }
  bool interface_equal(const uint8_t* a, const uint8_t* b) {
    const Addr ta = ld<uint64_t>(a);
    if (ta != ld<uint64_t>(b)) return false;
    if (ta == 0) return true;
    const TypeDesc& t = type(ta);
    if (!comparable(t)) throw MapPanic{"runtime error: comparing uncomparable type " + t.name};
    return equal(t, mem_.at(ld<uint64_t>(a + 8), t.size), mem_.at(ld<uint64_t>(b + 8), t.size));
  }
};

// ---- the map type ------------------------------------------------------------------

// What map.go reads from a *maptype, derived from the descriptors.
struct MapType {
  const TypeDesc* type = nullptr;  // the map type
  const TypeDesc* key = nullptr;
  const TypeDesc* elem = nullptr;
  uint64_t keysize = 0, elemsize = 0;  // a slot's size: 8 when indirect
  uint64_t bucketsize = 0;
  bool indirectkey = false, indirectelem = false;
  bool reflexivekey = true, needkeyupdate = false, hash_might_panic = false;
  bool bucket_has_pointers = false;  // Go's t.bucket.ptrdata != 0

  std::string bucket_name() const { return "map.bucket[" + key->name + "]" + elem->name; }
};

MapType map_type(KeyAlg& alg, const TypeDesc& mt) {
  if (mt.kind != TypeKind::Map) throw MapFault{"type " + mt.name + " at " + hex(mt.addr) + " is not a map type"};
  MapType t;
  t.type = &mt;
  t.key = &alg.type(mt.key);
  t.elem = &alg.type(mt.elem);
  t.indirectkey = t.key->size > kMaxKeySize;
  t.indirectelem = t.elem->size > kMaxElemSize;
  t.keysize = t.indirectkey ? 8 : t.key->size;
  t.elemsize = t.indirectelem ? 8 : t.elem->size;
  // tophash, keys, elems, then the overflow pointer at pointer alignment.
  t.bucketsize = align_up(kDataOffset + kBucketCnt * (t.keysize + t.elemsize), 8) + 8;
  t.reflexivekey = alg.reflexive(*t.key);
  t.needkeyupdate = alg.needkeyupdate(*t.key);
  t.hash_might_panic = alg.hash_might_panic(*t.key);
  t.bucket_has_pointers = t.indirectkey || t.indirectelem || t.key->ptrdata != 0 || t.elem->ptrdata != 0;
  return t;
}

// ---- helpers of map.go ---------------------------------------------------------------

uint64_t bucket_shift(uint8_t b) { return uint64_t{1} << (b & 63); }
uint64_t bucket_mask(uint8_t b) { return bucket_shift(b) - 1; }
bool is_empty(uint8_t th) { return th <= kEmptyOne; }

uint8_t tophash(uint64_t hash) {
  const auto top = static_cast<uint8_t>(hash >> 56);
  return top < kMinTopHash ? top + kMinTopHash : top;
}

// Whether count entries in 2^B buckets are over the load factor.
bool over_load_factor(int64_t count, uint8_t b) {
  return count > static_cast<int64_t>(kBucketCnt) &&
         static_cast<uint64_t>(count) > kLoadFactorNum * (bucket_shift(b) / kLoadFactorDen);
}

// Whether there are about as many overflow buckets as buckets.
bool too_many_overflow_buckets(uint16_t noverflow, uint8_t b) {
  return noverflow >= (uint16_t{1} << (b > 15 ? 15 : b));
}

// Go's roundupsize: the bytes the allocator hands out for a request.
uint64_t roundupsize(uint64_t size) {
  if (size < kMaxSmallSize) return kSizeClasses[size_to_class(size)].size;
  return size + kPageSize < size ? size : align_up(size, kPageSize);
}

// The hmap header at a host pointer.
class Hmap {
 public:
  Hmap(Addr a, uint8_t* p) : addr(a), p_(p) {}
  const Addr addr;

  int64_t count() const { return ld<int64_t>(p_ + kHmapCountOffset); }
  void set_count(int64_t v) { st(p_ + kHmapCountOffset, v); }
  uint8_t flags() const { return p_[kHmapFlags]; }
  void set_flags(uint8_t v) { p_[kHmapFlags] = v; }
  uint8_t B() const { return p_[kHmapB]; }
  void set_B(uint8_t v) { p_[kHmapB] = v; }
  uint16_t noverflow() const { return ld<uint16_t>(p_ + kHmapNoverflow); }
  void set_noverflow(uint16_t v) { st(p_ + kHmapNoverflow, v); }
  uint32_t hash0() const { return ld<uint32_t>(p_ + kHmapHash0); }
  void set_hash0(uint32_t v) { st(p_ + kHmapHash0, v); }
  Addr buckets() const { return ld<uint64_t>(p_ + kHmapBuckets); }
  void set_buckets(Addr v) { st(p_ + kHmapBuckets, v); }
  Addr oldbuckets() const { return ld<uint64_t>(p_ + kHmapOldbuckets); }
  void set_oldbuckets(Addr v) { st(p_ + kHmapOldbuckets, v); }
  uint64_t nevacuate() const { return ld<uint64_t>(p_ + kHmapNevacuate); }
  void set_nevacuate(uint64_t v) { st(p_ + kHmapNevacuate, v); }
  Addr extra() const { return ld<uint64_t>(p_ + kHmapExtra); }
  void set_extra(Addr v) { st(p_ + kHmapExtra, v); }

  bool growing() const { return oldbuckets() != 0; }
  bool same_size_grow() const { return (flags() & kSameSizeGrow) != 0; }
  uint64_t noldbuckets() const { return bucket_shift(same_size_grow() ? B() : B() - 1); }
  uint64_t oldbucketmask() const { return noldbuckets() - 1; }

 private:
  uint8_t* p_;
};

// An iterator, read from the caller's frame and written back.
struct Hiter {
  Addr key = 0, elem = 0, t = 0, h = 0, buckets = 0, bptr = 0;
  uint64_t start_bucket = 0;
  uint8_t offset = 0;
  bool wrapped = false;
  uint8_t B = 0, i = 0;
  uint64_t bucket = 0, check_bucket = 0;

  static Hiter load(const uint8_t* p) {
    Hiter it;
    it.key = ld<uint64_t>(p + kItKey), it.elem = ld<uint64_t>(p + kItElem);
    it.t = ld<uint64_t>(p + kItT), it.h = ld<uint64_t>(p + kItH);
    it.buckets = ld<uint64_t>(p + kItBuckets), it.bptr = ld<uint64_t>(p + kItBptr);
    it.start_bucket = ld<uint64_t>(p + kItStartBucket);
    it.offset = p[kItOffset], it.wrapped = p[kItWrapped] != 0, it.B = p[kItB], it.i = p[kItI];
    it.bucket = ld<uint64_t>(p + kItBucket), it.check_bucket = ld<uint64_t>(p + kItCheckBucket);
    return it;
  }
  void store(uint8_t* p) const {
    st(p + kItKey, key), st(p + kItElem, elem), st(p + kItT, t), st(p + kItH, h);
    st(p + kItBuckets, buckets), st(p + kItBptr, bptr), st(p + kItStartBucket, start_bucket);
    p[kItOffset] = offset, p[kItWrapped] = wrapped ? 1 : 0, p[kItB] = B, p[kItI] = i;
    st(p + kItBucket, bucket), st(p + kItCheckBucket, check_bucket);
  }
};

// ---- one map operation ---------------------------------------------------------------

// The state one entry works with: the runtime, checked memory, the map's
// type and its key algorithms, and the entry to name in HeapAlloc events.
class MapOp {
 public:
  MapOp(Runtime& rt, Addr type_addr, NativeId by) : rt_(rt), mem_(rt.mem()), alg_(rt, mem_), by_(by) {
    t_ = map_type(alg_, alg_.type(type_addr));
  }
  MapOp(Runtime& rt, const TypeDesc& type, NativeId by) : rt_(rt), mem_(rt.mem()), alg_(rt, mem_), by_(by) {
    t_ = map_type(alg_, type);
  }

  Mem& mem() { return mem_; }
  const MapType& t() const { return t_; }
  Hmap hmap(Addr h) { return Hmap(h, mem_.at(h, kHmapSize)); }

  // ---- buckets ----
  uint8_t* tophashes(Addr b) { return mem_.at(b, t_.bucketsize); }
  bool evacuated(Addr b) {
    const uint8_t th = tophashes(b)[0];
    return th > kEmptyOne && th < kMinTopHash;
  }
  Addr overflow(Addr b) { return mem_.ld64(b + t_.bucketsize - 8); }
  void setoverflow(Addr b, Addr ovf) { mem_.st64(b + t_.bucketsize - 8, ovf); }
  Addr key_slot(Addr b, uint64_t i) const { return b + kDataOffset + i * t_.keysize; }
  Addr elem_slot(Addr b, uint64_t i) const { return b + kDataOffset + kBucketCnt * t_.keysize + i * t_.elemsize; }
  // The key (element) of slot i itself, through the pointer when indirect.
  Addr key_at(Addr b, uint64_t i) { return t_.indirectkey ? mem_.ld64(key_slot(b, i)) : key_slot(b, i); }
  Addr elem_at(Addr b, uint64_t i) { return t_.indirectelem ? mem_.ld64(elem_slot(b, i)) : elem_slot(b, i); }

  // ---- keys ----
  uint64_t hash(Addr key, uint64_t seed) { return alg_.hash(*t_.key, mem_.at(key, t_.key->size), seed); }
  bool equal(Addr a, Addr b) { return alg_.equal(*t_.key, mem_.at(a, t_.key->size), mem_.at(b, t_.key->size)); }
  void copy(Addr dst, Addr src, uint64_t n) { std::memmove(mem_.at(dst, n), mem_.at(src, n), n); }
  void clear(Addr dst, uint64_t n) { std::memset(mem_.at(dst, n), 0, n); }

  // A new zeroed heap object: Runtime::mallocgc, the path every heap
  // object takes (malloc.cpp), with the HeapAlloc event naming this entry,
  // the object's type as Go names it, and why the map needed it (unless
  // the allocation site at the caller's pc gives its own reason).
  // (issue 4) t says where its pointers are, for the collector.
  Addr alloc(uint64_t size, const HeapType& t, const char* reason) {
    const Addr a = rt_.allocate_typed(size, t, by_, reason);
    if (a == 0) throw MapStop{};
    return a;
  }
  // (issue 4) The runtime's own structures, as host-side type descriptors
  // with their pointer words: a bucket ("map.bucket[K]V": its keys' and
  // elements' pointer words, or the indirect pointers, and the overflow
  // pointer), the hmap (buckets, oldbuckets, extra) and mapextra.
  const TypeDesc& bucket_type() {
    std::vector<uint64_t> words;
    auto add = [&](uint64_t off, const TypeDesc& v, bool indirect) {
      if (indirect) {
        words.push_back(off / 8);
        return;
      }
      for (uint64_t w = 0; w < v.ptrdata / 8; ++w)
        if (v.has_pointer(w)) words.push_back(off / 8 + w);
    };
    for (uint64_t i = 0; i < kBucketCnt; ++i) add(kDataOffset + i * t_.keysize, *t_.key, t_.indirectkey);
    for (uint64_t i = 0; i < kBucketCnt; ++i)
      add(kDataOffset + kBucketCnt * t_.keysize + i * t_.elemsize, *t_.elem, t_.indirectelem);
    words.push_back(t_.bucketsize / 8 - 1);
    return rt_.runtime_type(t_.bucket_name(), t_.bucketsize, words);
  }
  const TypeDesc& hmap_type() { return rt_.runtime_type("runtime.hmap", kHmapSize, {2, 3, 5}); }
  const TypeDesc& mapextra_type() { return rt_.runtime_type("runtime.mapextra", kMapextraSize, {0, 1, 2}); }

  uint32_t fastrand() { return rt_.fastrand().next(); }
  uint64_t fastrand64() { return rt_.fastrand().next64(); }

 private:
  Runtime& rt_;
  Mem mem_;
  KeyAlg alg_;
  NativeId by_;
  MapType t_;
};

// ---- allocation of buckets -------------------------------------------------------

struct BucketArray {
  Addr buckets = 0;
  Addr next_overflow = 0;  // first preallocated overflow bucket, 0 when none
};

// Go's makeBucketArray: 2^b buckets, plus for b >= 4 about 2^(b-4)
// preallocated overflow buckets (as many as fill the size class). The
// last preallocated one points back at the array: a non-nil overflow
// pointer marks the end of the free ones (newoverflow).
BucketArray make_bucket_array(MapOp& op, uint8_t b, const std::string& reason) {
  const uint64_t base = bucket_shift(b);
  uint64_t nbuckets = base;
  const uint64_t bs = op.t().bucketsize;
  if (b >= 4) {
    nbuckets += bucket_shift(b - 4);
    const uint64_t sz = bs * nbuckets;
    const uint64_t up = roundupsize(sz);
    if (up != sz) nbuckets = up / bs;
  }
  BucketArray r;
  // Named as the runtime names arrays ("[n]T"), as Go's newarray(t.bucket, n).
  r.buckets = op.alloc(bs * nbuckets, HeapType{&op.bucket_type(), nbuckets, nullptr}, reason.c_str());
  if (base != nbuckets) {
    r.next_overflow = r.buckets + base * bs;
    op.setoverflow(r.buckets + (nbuckets - 1) * bs, r.buckets);
  }
  return r;
}

Addr new_extra(MapOp& op, Hmap& h) {
  if (h.extra() == 0) h.set_extra(op.alloc(kMapextraSize, HeapType{&op.mapextra_type(), 0, nullptr}, "map extra fields (spare overflow buckets)"));
  return h.extra();
}

// Counts an overflow bucket; past 2^16 buckets, only approximately (Go's
// incrnoverflow: with probability 1/2^(B-15)) so that a uint16 suffices.
void incrnoverflow(MapOp& op, Hmap& h) {
  if (h.B() < 16) {
    h.set_noverflow(h.noverflow() + 1);
    return;
  }
  const uint32_t mask = (uint32_t{1} << (h.B() - 15)) - 1;
  if ((op.fastrand() & mask) == 0) h.set_noverflow(h.noverflow() + 1);
}

// Chains a new overflow bucket to b: a preallocated one if any is left.
Addr newoverflow(MapOp& op, Hmap& h, Addr b) {
  Addr ovf = 0;
  const Addr extra = h.extra();
  if (extra != 0 && (ovf = op.mem().ld64(extra + kMapextraNextOverflow)) != 0) {
    if (op.overflow(ovf) == 0) {
      op.mem().st64(extra + kMapextraNextOverflow, ovf + op.t().bucketsize);  // more follow
    } else {
      op.setoverflow(ovf, 0);  // the last one: drop the end mark
      op.mem().st64(extra + kMapextraNextOverflow, 0);
    }
  } else {
    ovf = op.alloc(op.t().bucketsize, HeapType{&op.bucket_type(), 0, nullptr}, "map overflow bucket");
  }
  incrnoverflow(op, h);
  op.setoverflow(b, ovf);
  return ovf;
}

// ---- lookup ----------------------------------------------------------------------

struct Entry {
  Addr key = 0, elem = 0;  // 0, 0: not found
};

// The bucket chain that holds key's hash: in the old array while its
// bucket there has not been evacuated.
Addr bucket_for(MapOp& op, Hmap& h, uint64_t hash) {
  uint64_t m = bucket_mask(h.B());
  const uint64_t bs = op.t().bucketsize;
  Addr b = h.buckets() + (hash & m) * bs;
  if (const Addr old = h.oldbuckets(); old != 0) {
    if (!h.same_size_grow()) m >>= 1;  // the old array has half as many
    const Addr oldb = old + (hash & m) * bs;
    if (!op.evacuated(oldb)) b = oldb;
  }
  return b;
}

// Go's mapaccessK: the entry for key, or {0, 0}.
Entry mapaccess(MapOp& op, Addr haddr, Addr key) {
  if (haddr == 0 || op.hmap(haddr).count() == 0) {
    if (op.t().hash_might_panic) op.hash(key, 0);  // m[k] panics on an unhashable k even when m is empty
    return {};
  }
  Hmap h = op.hmap(haddr);
  const uint64_t hash = op.hash(key, h.hash0());
  const uint8_t top = tophash(hash);
  for (Addr b = bucket_for(op, h, hash); b != 0; b = op.overflow(b)) {
    const uint8_t* th = op.tophashes(b);
    for (uint64_t i = 0; i < kBucketCnt; ++i) {
      if (th[i] != top) {
        if (th[i] == kEmptyRest) return {};
        continue;
      }
      const Addr k = op.key_at(b, i);
      if (op.equal(key, k)) return {k, op.elem_at(b, i)};
    }
  }
  return {};
}

// ---- growth --------------------------------------------------------------------

void advance_evacuation_mark(MapOp& op, Hmap& h, uint64_t newbit) {
  h.set_nevacuate(h.nevacuate() + 1);
  // Skip over buckets already evacuated out of order, at most 1024 (O(1)).
  const uint64_t stop = std::min(h.nevacuate() + 1024, newbit);
  while (h.nevacuate() != stop && op.evacuated(h.oldbuckets() + h.nevacuate() * op.t().bucketsize))
    h.set_nevacuate(h.nevacuate() + 1);
  if (h.nevacuate() == newbit) {  // done: drop the old array
    h.set_oldbuckets(0);
    h.set_flags(h.flags() & ~kSameSizeGrow);
  }
}

// Where evacuate copies entries to: x is the bucket of the same index in
// the new array, y the one 2^oldB further (only when doubling).
struct EvacDst {
  Addr b = 0;
  uint64_t i = 0;
  Addr k = 0, e = 0;
};

// Moves the entries of old bucket `oldbucket` (and its overflow chain) to
// the new array, marking each old slot evacuatedX/Y/Empty.
void evacuate(MapOp& op, Hmap& h, uint64_t oldbucket) {
  const MapType& t = op.t();
  const Addr b0 = h.oldbuckets() + oldbucket * t.bucketsize;
  const uint64_t newbit = h.noldbuckets();
  if (!op.evacuated(b0)) {
    EvacDst xy[2];
    xy[0].b = h.buckets() + oldbucket * t.bucketsize;
    xy[0].k = op.key_slot(xy[0].b, 0), xy[0].e = op.elem_slot(xy[0].b, 0);
    if (!h.same_size_grow()) {
      xy[1].b = h.buckets() + (oldbucket + newbit) * t.bucketsize;
      xy[1].k = op.key_slot(xy[1].b, 0), xy[1].e = op.elem_slot(xy[1].b, 0);
    }
    for (Addr b = b0; b != 0; b = op.overflow(b)) {
      uint8_t* th = op.tophashes(b);
      for (uint64_t i = 0; i < kBucketCnt; ++i) {
        uint8_t top = th[i];
        if (is_empty(top)) {
          th[i] = kEvacuatedEmpty;
          continue;
        }
        if (top < kMinTopHash) throw MapFault{"bad map state: tophash " + std::to_string(top) + " in " + hex(b)};
        const Addr k2 = op.key_at(b, i);
        uint8_t use_y = 0;
        if (!h.same_size_grow()) {
          const uint64_t hash = op.hash(k2, h.hash0());
          if ((h.flags() & kIterator) != 0 && !t.reflexivekey && !op.equal(k2, k2)) {
            // A NaN: its hash is not repeatable, and an iterator must find it
            // where it decided; the low bit of the old tophash decides.
            use_y = top & 1;
            top = tophash(hash);
          } else if ((hash & newbit) != 0) {
            use_y = 1;
          }
        }
        th[i] = kEvacuatedX + use_y;
        EvacDst& dst = xy[use_y];
        if (dst.i == kBucketCnt) {
          dst.b = newoverflow(op, h, dst.b);
          dst.i = 0;
          dst.k = op.key_slot(dst.b, 0), dst.e = op.elem_slot(dst.b, 0);
        }
        op.tophashes(dst.b)[dst.i] = top;
        op.copy(dst.k, op.key_slot(b, i), t.keysize);  // the pointer itself when indirect
        op.copy(dst.e, op.elem_slot(b, i), t.elemsize);
        ++dst.i;
        dst.k += t.keysize;
        dst.e += t.elemsize;
      }
    }
    // Unless an iterator may still read them, drop the old entries' pointers
    // (the tophashes stay: they record the evacuation).
    if ((h.flags() & kOldIterator) == 0 && t.bucket_has_pointers) op.clear(b0 + kDataOffset, t.bucketsize - kDataOffset);
  }
  if (oldbucket == h.nevacuate()) advance_evacuation_mark(op, h, newbit);
}

void grow_work(MapOp& op, Hmap& h, uint64_t bucket) {
  evacuate(op, h, bucket & h.oldbucketmask());  // the one about to be used
  if (h.growing()) evacuate(op, h, h.nevacuate());  // and one more, for progress
}

// Starts a growth: twice the buckets when over the load factor, else the
// same number (too many overflow buckets). The entries move later.
void hash_grow(MapOp& op, Hmap& h) {
  uint8_t bigger = 1;
  if (!over_load_factor(h.count() + 1, h.B())) {
    bigger = 0;
    h.set_flags(h.flags() | kSameSizeGrow);
  }
  const uint8_t newB = h.B() + bigger;
  const std::string reason = bigger ? "map grows to " + std::to_string(bucket_shift(newB)) + " buckets"
                                    : "map rehashes its " + std::to_string(bucket_shift(newB)) +
                                          " buckets (too many overflow buckets)";
  const BucketArray fresh = make_bucket_array(op, newB, reason);
  uint8_t flags = h.flags() & ~(kIterator | kOldIterator);
  if ((h.flags() & kIterator) != 0) flags |= kOldIterator;
  h.set_B(newB);
  h.set_flags(flags);
  h.set_oldbuckets(h.buckets());
  h.set_buckets(fresh.buckets);
  h.set_nevacuate(0);
  h.set_noverflow(0);
  if (fresh.next_overflow != 0) op.mem().st64(new_extra(op, h) + kMapextraNextOverflow, fresh.next_overflow);
}

// ---- the operations ----------------------------------------------------------------

Addr makemap(MapOp& op, int64_t hint, Addr haddr) {
  const uint64_t bs = op.t().bucketsize;
  if (hint < 0 || static_cast<uint64_t>(hint) > kMaxAlloc / bs) hint = 0;  // Go: mem overflows or > maxAlloc
  if (haddr == 0) {
    haddr = op.alloc(kHmapSize, HeapType{&op.hmap_type(), 0, nullptr}, "map header");
  } else {
    op.clear(haddr, kHmapSize);  // the caller's frame holds it
  }
  Hmap h = op.hmap(haddr);
  h.set_hash0(op.fastrand());
  uint8_t b = 0;
  while (over_load_factor(hint, b)) ++b;
  h.set_B(b);
  // With B == 0 the one bucket is allocated by the first assign.
  if (b != 0) {
    const BucketArray arr = make_bucket_array(op, b, "map buckets for make's size hint");
    h.set_buckets(arr.buckets);
    if (arr.next_overflow != 0) op.mem().st64(new_extra(op, h) + kMapextraNextOverflow, arr.next_overflow);
  }
  return haddr;
}

// Stores key in the free slot found by mapassign (allocating the key's and
// element's own objects when they are stored indirectly).
Addr insert_at(MapOp& op, Addr b, uint64_t i, Addr key, uint8_t top) {
  const MapType& t = op.t();
  Addr k = op.key_slot(b, i);
  if (t.indirectkey) {
    const Addr obj = op.alloc(t.key->size, HeapType{t.key, 0, nullptr}, "map key over 128 bytes, stored indirectly");
    op.mem().st64(k, obj);
    k = obj;
  }
  if (t.indirectelem) {
    const Addr obj = op.alloc(t.elem->size, HeapType{t.elem, 0, nullptr}, "map element over 128 bytes, stored indirectly");
    op.mem().st64(op.elem_slot(b, i), obj);
  }
  op.copy(k, key, t.key->size);
  op.tophashes(b)[i] = top;
  return op.elem_at(b, i);
}

Addr mapassign(MapOp& op, Addr haddr, Addr key) {
  if (haddr == 0) throw MapPanic{"assignment to entry in nil map"};
  const MapType& t = op.t();
  Hmap h = op.hmap(haddr);
  const uint64_t hash = op.hash(key, h.hash0());
  if (h.buckets() == 0) h.set_buckets(op.alloc(t.bucketsize, HeapType{&op.bucket_type(), 0, nullptr}, "map's first bucket"));
  for (;;) {  // again: after starting a growth, everything is looked up anew
    const uint64_t bucket = hash & bucket_mask(h.B());
    if (h.growing()) grow_work(op, h, bucket);
    Addr b = h.buckets() + bucket * t.bucketsize;
    const uint8_t top = tophash(hash);
    Addr insert_b = 0;
    uint64_t insert_i = 0;
    for (bool more = true; more;) {
      const uint8_t* th = op.tophashes(b);
      for (uint64_t i = 0; i < kBucketCnt; ++i) {
        if (th[i] != top) {
          if (is_empty(th[i]) && insert_b == 0) insert_b = b, insert_i = i;
          if (th[i] == kEmptyRest) {
            more = false;
            break;
          }
          continue;
        }
        const Addr k = op.key_at(b, i);
        if (!op.equal(key, k)) continue;
        if (t.needkeyupdate) op.copy(k, key, t.key->size);  // already there: update it
        return op.elem_at(b, i);
      }
      if (!more) break;
      const Addr ovf = op.overflow(b);
      if (ovf == 0) break;
      b = ovf;
    }
    // Not found: a new entry. Grow first if it would be over the load
    // factor, or there are too many overflow buckets.
    if (!h.growing() && (over_load_factor(h.count() + 1, h.B()) || too_many_overflow_buckets(h.noverflow(), h.B()))) {
      hash_grow(op, h);
      continue;
    }
    if (insert_b == 0) {  // the chain is full
      insert_b = newoverflow(op, h, b);
      insert_i = 0;
    }
    const Addr elem = insert_at(op, insert_b, insert_i, key, top);
    h.set_count(h.count() + 1);
    return elem;
  }
}

// After slot i of b was emptied: if nothing follows it in the chain, it and
// the empty slots before it become emptyRest, so lookups stop sooner.
void mark_empty_rest(MapOp& op, Addr b_orig, Addr b, uint64_t i) {
  const Addr next = op.overflow(b);
  if (i == kBucketCnt - 1 ? next != 0 && op.tophashes(next)[0] != kEmptyRest : op.tophashes(b)[i + 1] != kEmptyRest)
    return;
  for (;;) {
    op.tophashes(b)[i] = kEmptyRest;
    if (i == 0) {
      if (b == b_orig) return;  // the start of the chain
      const Addr c = b;         // continue at the end of the previous bucket
      for (b = b_orig; op.overflow(b) != c; b = op.overflow(b)) {}
      i = kBucketCnt - 1;
    } else {
      --i;
    }
    if (op.tophashes(b)[i] != kEmptyOne) return;
  }
}

void mapdelete(MapOp& op, Addr haddr, Addr key) {
  const MapType& t = op.t();
  if (haddr == 0 || op.hmap(haddr).count() == 0) {
    if (t.hash_might_panic) op.hash(key, 0);
    return;
  }
  Hmap h = op.hmap(haddr);
  const uint64_t hash = op.hash(key, h.hash0());
  const uint64_t bucket = hash & bucket_mask(h.B());
  if (h.growing()) grow_work(op, h, bucket);
  const Addr b_orig = h.buckets() + bucket * t.bucketsize;
  const uint8_t top = tophash(hash);
  for (Addr b = b_orig; b != 0; b = op.overflow(b)) {
    for (uint64_t i = 0; i < kBucketCnt; ++i) {
      const uint8_t th = op.tophashes(b)[i];
      if (th != top) {
        if (th == kEmptyRest) return;
        continue;
      }
      if (!op.equal(key, op.key_at(b, i))) continue;
      // Clear what the collector would otherwise keep alive, and the element.
      if (t.indirectkey) {
        op.mem().st64(op.key_slot(b, i), 0);
      } else if (t.key->ptrdata != 0) {
        op.clear(op.key_slot(b, i), t.key->size);
      }
      if (t.indirectelem) {
        op.mem().st64(op.elem_slot(b, i), 0);
      } else {
        op.clear(op.elem_slot(b, i), t.elem->size);
      }
      op.tophashes(b)[i] = kEmptyOne;
      mark_empty_rest(op, b_orig, b, i);
      h.set_count(h.count() - 1);
      // A new seed once empty, so that colliding keys cannot be replayed.
      if (h.count() == 0) h.set_hash0(op.fastrand());
      return;
    }
  }
}

// ---- iteration -----------------------------------------------------------------

// Whether the entry at key k of an old bucket being walked for new bucket
// check_bucket belongs to another new bucket (it will be returned there).
bool elsewhere(MapOp& op, Hmap& h, const Hiter& it, Addr k, uint8_t th) {
  if (op.t().reflexivekey || op.equal(k, k)) return (op.hash(k, h.hash0()) & bucket_mask(it.B)) != it.check_bucket;
  return (it.check_bucket >> (it.B - 1)) != static_cast<uint64_t>(th & 1);  // a NaN goes where its tophash bit says
}

// Go's mapiternext: advances `it` to the next entry, or sets key and elem
// to 0 at the end.
void mapiternext(MapOp& op, Hiter& it) {
  const MapType& t = op.t();
  Hmap h = op.hmap(it.h);
  uint64_t bucket = it.bucket;
  Addr b = it.bptr;
  uint8_t i = it.i;
  uint64_t check_bucket = it.check_bucket;
  for (;;) {
    if (b == 0) {
      if (bucket == it.start_bucket && it.wrapped) {
        it.key = it.elem = 0;
        return;
      }
      if (h.growing() && it.B == h.B()) {
        // Started during a growth not finished yet: while this bucket's old
        // bucket is not evacuated, walk the old one, keeping only the
        // entries that will move to this bucket.
        const uint64_t oldbucket = bucket & h.oldbucketmask();
        b = h.oldbuckets() + oldbucket * t.bucketsize;
        if (!op.evacuated(b)) {
          check_bucket = bucket;
        } else {
          b = it.buckets + bucket * t.bucketsize;
          check_bucket = kNoCheck;
        }
      } else {
        b = it.buckets + bucket * t.bucketsize;
        check_bucket = kNoCheck;
      }
      if (++bucket == bucket_shift(it.B)) {
        bucket = 0;
        it.wrapped = true;
      }
      i = 0;
    }
    for (; i < kBucketCnt; ++i) {
      const uint8_t offi = (i + it.offset) & (kBucketCnt - 1);
      const uint8_t th = op.tophashes(b)[offi];
      if (is_empty(th) || th == kEvacuatedEmpty) continue;
      const Addr k = op.key_at(b, offi);
      it.check_bucket = check_bucket;
      if (check_bucket != kNoCheck && !h.same_size_grow() && elsewhere(op, h, it, k, th)) continue;
      if ((th != kEvacuatedX && th != kEvacuatedY) || !(t.reflexivekey || op.equal(k, k))) {
        it.key = k;  // the live entry (or a NaN key, which cannot have changed)
        it.elem = op.elem_at(b, offi);
      } else {
        // Moved by a growth since the iterator started: the new array
        // holds the truth (it may have been updated or deleted).
        const Entry e = mapaccess(op, it.h, k);
        if (e.key == 0) continue;
        it.key = e.key;
        it.elem = e.elem;
      }
      it.bucket = bucket;
      it.bptr = b;
      it.i = i + 1;
      return;
    }
    b = op.overflow(b);
    i = 0;
  }
}

void mapiterinit(MapOp& op, Addr taddr, Addr haddr, uint8_t* itp) {
  std::memset(itp, 0, kHiterSize);
  Hiter it;
  it.t = taddr;
  if (haddr == 0 || op.hmap(haddr).count() == 0) {
    it.store(itp);
    return;
  }
  Hmap h = op.hmap(haddr);
  it.h = haddr;
  it.B = h.B();
  it.buckets = h.buckets();
  // Where to start: a random bucket, and a random slot within each bucket.
  const uint64_t r = h.B() > 31 - 3 ? op.fastrand64() : op.fastrand();
  it.start_bucket = r & bucket_mask(h.B());
  it.offset = static_cast<uint8_t>((r >> h.B()) & (kBucketCnt - 1));
  it.bucket = it.start_bucket;
  h.set_flags(h.flags() | kIterator | kOldIterator);
  mapiternext(op, it);
  it.store(itp);
}

// ---- entries -----------------------------------------------------------------------

// Runs one entry's body, turning what it throws into the runtime's
// failures.
template <class Body>
NativeResult guarded(Runtime& rt, NativeId id, Body body) {
  try {
    body();
    return NativeResult::Ok;
  } catch (const MapPanic& p) {
    rt.raise_panic(p.message);
    return NativeResult::Panic;
  } catch (const MapFault& f) {
    rt.internal_error(std::string(native_name(id)) + ": " + f.message);
    return NativeResult::Fatal;
  } catch (const MapStop&) {
    return NativeResult::Fatal;
  }
}

uint64_t arg(const uint8_t* args, int word) { return ld<uint64_t>(args + 8 * word); }
void result(uint8_t* args, int word, uint64_t v) { st(args + 8 * word, v); }

}  // namespace

uint64_t map_for_each(Runtime& rt, const TypeDesc& map_type, Addr haddr,
                      const std::function<void(Addr key, Addr elem)>& fn, std::string* error) {
  auto broken = [&](const std::string& why) {
    if (error != nullptr)
      *error = why;
    else
      rt.internal_error("map_for_each: " + why);
  };
  uint64_t n = 0;
  if (haddr == 0) return 0;
  try {
    MapOp op(rt, map_type, NativeId::makemap);
    Hmap h = op.hmap(haddr);
    auto visit_chain = [&](Addr b) {
      for (; b != 0; b = op.overflow(b)) {
        for (uint64_t i = 0; i < kBucketCnt; ++i) {
          if (op.tophashes(b)[i] < kMinTopHash) continue;  // empty or moved
          fn(op.key_at(b, i), op.elem_at(b, i));
          ++n;
        }
      }
    };
    // During a growth, the old buckets not evacuated yet hold their entries.
    if (h.growing()) {
      for (uint64_t i = 0; i < h.noldbuckets(); ++i) {
        const Addr b = h.oldbuckets() + i * op.t().bucketsize;
        if (!op.evacuated(b)) visit_chain(b);
      }
    }
    if (h.buckets() != 0)
      for (uint64_t i = 0; i < bucket_shift(h.B()); ++i) visit_chain(h.buckets() + i * op.t().bucketsize);
  } catch (const MapFault& f) {
    broken(f.message);
  } catch (const MapPanic& p) {
    broken(p.message);
  } catch (const MapStop&) {
  }
  return n;
}

namespace native {

// (t *maptype, hint int, h *hmap) *hmap
NativeResult makemap(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::makemap, [&] {
    MapOp op(rt, arg(args, 0), NativeId::makemap);
    result(args, 3, govm::makemap(op, static_cast<int64_t>(arg(args, 1)), arg(args, 2)));
  });
}

// (t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer: nil when missing
NativeResult mapaccess1(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::mapaccess1, [&] {
    MapOp op(rt, arg(args, 0), NativeId::mapaccess1);
    result(args, 3, mapaccess(op, arg(args, 1), arg(args, 2)).elem);
  });
}

// (t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, bool)
NativeResult mapaccess2(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::mapaccess2, [&] {
    MapOp op(rt, arg(args, 0), NativeId::mapaccess2);
    const Entry e = mapaccess(op, arg(args, 1), arg(args, 2));
    result(args, 3, e.elem);
    args[32] = e.key != 0 ? 1 : 0;
  });
}

// (t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer
NativeResult mapassign(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::mapassign, [&] {
    MapOp op(rt, arg(args, 0), NativeId::mapassign);
    result(args, 3, govm::mapassign(op, arg(args, 1), arg(args, 2)));
  });
}

// (t *maptype, h *hmap, key unsafe.Pointer)
NativeResult mapdelete(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::mapdelete, [&] {
    MapOp op(rt, arg(args, 0), NativeId::mapdelete);
    govm::mapdelete(op, arg(args, 1), arg(args, 2));
  });
}

// (t *maptype, h *hmap, it *hiter)
NativeResult mapiterinit(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::mapiterinit, [&] {
    MapOp op(rt, arg(args, 0), NativeId::mapiterinit);
    govm::mapiterinit(op, arg(args, 0), arg(args, 1), op.mem().at(arg(args, 2), kHiterSize));
  });
}

// (it *hiter)
NativeResult mapiternext(Runtime& rt, uint8_t* args) {
  return guarded(rt, NativeId::mapiternext, [&] {
    Mem mem(rt.mem());
    uint8_t* itp = mem.at(arg(args, 0), kHiterSize);
    Hiter it = Hiter::load(itp);
    if (it.h == 0) {  // an empty map's iterator is over at once
      it.key = it.elem = 0;
    } else {
      MapOp op(rt, it.t, NativeId::mapiternext);
      govm::mapiternext(op, it);
    }
    it.store(itp);
  });
}

}  // namespace native

}  // namespace govm
