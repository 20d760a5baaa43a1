// Go's maps (runtime/map.cpp), driven as compiled code drives them: the
// entries of kNativeTable called with hand-built argument blocks, keys and
// iterators in VM memory, type descriptors built by rt_image.h.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "runtime/map.h"

#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::ImageBuilder;
using rttest::ld64;
using rttest::st64;

// The types the tests use, built once per image.
struct Types {
  Addr int_ = 0, int8_ = 0, float64_ = 0, string_ = 0, point = 0, big = 0, iface = 0, slice = 0;
  Addr map_int = 0, map_string = 0, map_point = 0, map_big = 0, map_float = 0, map_iface = 0;
};

TypeDesc& desc(Image& im, Addr a) {
  for (TypeDesc& t : im.types)
    if (t.addr == a) return t;
  throw std::runtime_error("no type");
}

std::unique_ptr<Image> map_image(Types& ty) {
  ImageBuilder b;
  b.func("main.main", 64, 32, 0, {{0, 5}});
  ty.int_ = b.type("int", TypeKind::Int, 8, 8);
  ty.int8_ = b.type("int8", TypeKind::Int8, 1, 1);
  ty.float64_ = b.type("float64", TypeKind::Float64, 8, 8);
  ty.string_ = b.type("string", TypeKind::String, 16, 8);
  ty.point = b.type("main.P", TypeKind::Struct, 16, 8);  // struct{ X int8; Y int }: 7 bytes of padding
  ty.big = b.type("[20]int", TypeKind::Array, 160, 8);   // over 128 bytes: stored indirectly
  ty.iface = b.type("interface {}", TypeKind::Interface, 16, 8);
  ty.slice = b.type("[]int", TypeKind::Slice, 24, 8);
  ty.map_int = b.type("map[int]int", TypeKind::Map, 8, 8);
  ty.map_string = b.type("map[string]int", TypeKind::Map, 8, 8);
  ty.map_point = b.type("map[main.P]string", TypeKind::Map, 8, 8);
  ty.map_big = b.type("map[[20]int]int", TypeKind::Map, 8, 8);
  ty.map_float = b.type("map[float64]int", TypeKind::Map, 8, 8);
  ty.map_iface = b.type("map[interface {}]int", TypeKind::Map, 8, 8);
  auto im = b.build();
  desc(*im, ty.string_).ptrdata = 8, desc(*im, ty.string_).ptrmask = {1};
  desc(*im, ty.iface).ptrdata = 16, desc(*im, ty.iface).ptrmask = {3};
  desc(*im, ty.slice).ptrdata = 8, desc(*im, ty.slice).elem = ty.int_;
  TypeDesc& p = desc(*im, ty.point);
  p.named = true;
  p.fields = {{"X", ty.int8_, 0, false}, {"Y", ty.int_, 8, false}};
  desc(*im, ty.big).elem = ty.int_, desc(*im, ty.big).len = 20;
  auto map_of = [&](Addr m, Addr k, Addr v) {
    TypeDesc& t = desc(*im, m);
    t.key = k, t.elem = v, t.ptrdata = 8, t.ptrmask = {1};
  };
  map_of(ty.map_int, ty.int_, ty.int_);
  map_of(ty.map_string, ty.string_, ty.int_);
  map_of(ty.map_point, ty.point, ty.string_);
  map_of(ty.map_big, ty.big, ty.int_);
  map_of(ty.map_float, ty.float64_, ty.int_);
  map_of(ty.map_iface, ty.iface, ty.int_);
  return im;
}

// One runtime and the calls compiled code makes, with scratch VM memory
// for keys and iterators.
class Maps : public EventSink {
 public:
  Maps(const Image& im, uint64_t seed) : rt(im, out, options(seed)) {
    rt.events().attach(this, 1u << static_cast<unsigned>(EventKind::HeapAlloc));
    scratch = rt.mallocgc(kScratch, "scratch", NativeId::newobject, "test");
    events.clear();
  }
  void on_event(const Event& e) override { events.push_back(std::get<HeapAllocEvent>(e.data)); }

  static RuntimeOptions options(uint64_t seed) {
    RuntimeOptions o;
    o.seed = seed;
    return o;
  }

  NativeResult call(NativeId id, std::initializer_list<uint64_t> words) {
    std::memset(args, 0, sizeof args);
    int i = 0;
    for (uint64_t w : words) std::memcpy(args + 8 * i++, &w, 8);
    return kNativeTable[static_cast<int>(id)](rt, args);
  }
  uint64_t word(int i) const {
    uint64_t v;
    std::memcpy(&v, args + 8 * i, 8);
    return v;
  }

  Addr makemap(Addr t, int64_t hint, Addr h = 0) {
    EXPECT_EQ(call(NativeId::makemap, {t, static_cast<uint64_t>(hint), h}), NativeResult::Ok);
    return word(3);
  }
  Addr assign(Addr t, Addr h, Addr key) {
    EXPECT_EQ(call(NativeId::mapassign, {t, h, key}), NativeResult::Ok);
    return word(3);
  }
  Addr access1(Addr t, Addr h, Addr key) {
    EXPECT_EQ(call(NativeId::mapaccess1, {t, h, key}), NativeResult::Ok);
    return word(3);
  }
  std::pair<Addr, bool> access2(Addr t, Addr h, Addr key) {
    EXPECT_EQ(call(NativeId::mapaccess2, {t, h, key}), NativeResult::Ok);
    return {word(3), args[32] != 0};
  }
  void del(Addr t, Addr h, Addr key) { EXPECT_EQ(call(NativeId::mapdelete, {t, h, key}), NativeResult::Ok); }

  // Integer keys: written at a scratch slot, by address.
  Addr ikey(int64_t k) {
    st64(rt, scratch, static_cast<uint64_t>(k));
    return scratch;
  }
  void set(Addr t, Addr h, int64_t k, int64_t v) { st64(rt, assign(t, h, ikey(k)), static_cast<uint64_t>(v)); }
  // The value at m[k], or nullopt when missing.
  std::optional<int64_t> get(Addr t, Addr h, int64_t k) {
    const Addr e = access1(t, h, ikey(k));
    if (e == 0) return std::nullopt;
    return static_cast<int64_t>(ld64(rt, e));
  }

  // A range loop: the keys' addresses and elements' addresses, in order;
  // `each` runs after every step (to modify the map during the loop).
  std::vector<std::pair<Addr, Addr>> range(Addr t, Addr h, const std::function<void()>& each = {}) {
    const Addr it = scratch + 1024;
    std::vector<std::pair<Addr, Addr>> seen;
    EXPECT_EQ(call(NativeId::mapiterinit, {t, h, it}), NativeResult::Ok);
    while (ld64(rt, it) != 0) {
      seen.emplace_back(ld64(rt, it), ld64(rt, it + 8));
      if (each) each();
      EXPECT_EQ(call(NativeId::mapiternext, {it}), NativeResult::Ok);
      if (seen.size() > 1000000) break;
    }
    EXPECT_EQ(ld64(rt, it + 8), 0u);  // elem is nil at the end too
    return seen;
  }
  std::vector<int64_t> range_int_keys(Addr t, Addr h) {
    std::vector<int64_t> keys;
    for (auto [k, e] : range(t, h)) keys.push_back(static_cast<int64_t>(ld64(rt, k)));
    return keys;
  }

  int64_t count(Addr h) { return static_cast<int64_t>(ld64(rt, h + kHmapCountOffset)); }
  uint8_t B(Addr h) { return rt.mem().host(h, kHmapSize)[9]; }
  Addr oldbuckets(Addr h) { return ld64(rt, h + 24); }

  // A Go string with the given bytes at a fresh heap address; its header
  // is written at VM address `at`.
  void string_at(Addr at, const std::string& s) {
    ASSERT_TRUE(rt.make_string(rt.mem().host(at, 16), s, NativeId::concatstring2));
  }
  std::string string_of(Addr hdr) { return std::string(rt.go_string(rt.mem().host(hdr, 16))); }

  static constexpr uint64_t kScratch = 1 << 16;
  CaptureOutput out;
  Runtime rt;
  Addr scratch = 0;
  uint8_t args[64] = {};
  std::vector<HeapAllocEvent> events;
};

struct MapTest : ::testing::Test {
  void SetUp() override { image = map_image(ty); }
  Types ty;
  std::unique_ptr<Image> image;
};

TEST_F(MapTest, ManyIntKeysGrowAndStayFindable) {
  Maps m(*image, 0);
  const Addr h = m.makemap(ty.map_int, 0);
  ASSERT_NE(h, 0u);
  EXPECT_EQ(m.count(h), 0);
  EXPECT_EQ(m.B(h), 0);
  EXPECT_EQ(ld64(m.rt, h + 16), 0u);  // no bucket until the first assign, as makemap_small
  const int n = 10000;
  for (int i = 0; i < n; ++i) m.set(ty.map_int, h, i * 7919, i);
  EXPECT_EQ(m.count(h), n);
  EXPECT_EQ(m.B(h), 11);  // 10000 / 6.5 > 1024 buckets
  for (int i = 0; i < n; ++i) ASSERT_EQ(m.get(ty.map_int, h, i * 7919), i) << i;
  EXPECT_EQ(m.get(ty.map_int, h, 1), std::nullopt);
  EXPECT_EQ(m.access2(ty.map_int, h, m.ikey(2)), (std::pair<Addr, bool>{0, false}));
  // Overwrite, then delete the even ones.
  m.set(ty.map_int, h, 0, 42);
  EXPECT_EQ(m.count(h), n);
  EXPECT_EQ(m.get(ty.map_int, h, 0), 42);
  for (int i = 0; i < n; i += 2) m.del(ty.map_int, h, m.ikey(i * 7919));
  m.del(ty.map_int, h, m.ikey(-5));  // missing: nothing happens
  EXPECT_EQ(m.count(h), n / 2);
  for (int i = 0; i < n; ++i) {
    const auto v = m.get(ty.map_int, h, i * 7919);
    if (i % 2 == 0) {
      ASSERT_EQ(v, std::nullopt) << i;
    } else {
      ASSERT_EQ(v, i) << i;
    }
  }
  auto [e, ok] = m.access2(ty.map_int, h, m.ikey(7919));
  EXPECT_TRUE(ok);
  EXPECT_EQ(ld64(m.rt, e), 1u);
  // Delete everything: count 0, and inserting again works.
  for (int i = 1; i < n; i += 2) m.del(ty.map_int, h, m.ikey(i * 7919));
  EXPECT_EQ(m.count(h), 0);
  EXPECT_TRUE(m.range(ty.map_int, h).empty());
  m.set(ty.map_int, h, 3, 4);
  EXPECT_EQ(m.get(ty.map_int, h, 3), 4);
  EXPECT_EQ(m.count(h), 1);
  EXPECT_FALSE(m.rt.ended());
}

TEST_F(MapTest, AllocationsAreGosObjectsAtGosSizes) {
  Maps m(*image, 0);
  const Addr h = m.makemap(ty.map_string, 0);
  ASSERT_EQ(m.events.size(), 1u);
  EXPECT_EQ(m.events[0].type, "runtime.hmap");
  EXPECT_EQ(m.events[0].size, kHmapSize);
  EXPECT_EQ(m.events[0].func, "runtime.makemap");
  m.string_at(m.scratch + 64, "k");
  m.events.clear();
  m.assign(ty.map_string, h, m.scratch + 64);
  ASSERT_EQ(m.events.size(), 1u);
  EXPECT_EQ(m.events[0].type, "map.bucket[string]int");
  EXPECT_EQ(m.events[0].size, 208u);  // 8 + 8*16 + 8*8 + 8
  EXPECT_EQ(m.events[0].func, "runtime.mapassign");

  // The ninth key doubles the buckets: a new array of two, made by mapassign.
  for (int i = 0; i < 8; ++i) m.string_at(m.scratch + 64 + 16 * (i + 1), "key" + std::to_string(i));
  m.events.clear();
  for (int i = 0; i < 8; ++i) m.assign(ty.map_string, h, m.scratch + 64 + 16 * (i + 1));
  EXPECT_EQ(m.count(h), 9);
  EXPECT_EQ(m.B(h), 1);
  bool grew = false;
  for (const HeapAllocEvent& e : m.events) {
    if (e.type == "[2]map.bucket[string]int") {
      grew = true;
      EXPECT_EQ(e.size, 416u);
      EXPECT_EQ(e.reason, "map grows to 2 buckets");
    }
  }
  EXPECT_TRUE(grew);

  // map[int]int: 8 + 8*8 + 8*8 + 8 = 144.
  const Addr hi = m.makemap(ty.map_int, 0);
  m.events.clear();
  m.set(ty.map_int, hi, 1, 1);
  ASSERT_EQ(m.events.size(), 1u);
  EXPECT_EQ(m.events[0].size, 144u);
}

TEST_F(MapTest, MakemapHintSizesTheTableAsGo) {
  Maps m(*image, 0);
  // 100 entries need 16 buckets (6.5 * 16 = 104); B >= 4 preallocates
  // overflow buckets: 16 + 1 = 17 * 144 = 2448 bytes, rounded up to the
  // 2688-byte size class, so 18 buckets; the spare ones in mapextra.
  const Addr h = m.makemap(ty.map_int, 100);
  EXPECT_EQ(m.B(h), 4);
  ASSERT_EQ(m.events.size(), 3u);
  EXPECT_EQ(m.events[0].type, "runtime.hmap");
  EXPECT_EQ(m.events[1].type, "[18]map.bucket[int]int");
  EXPECT_EQ(m.events[1].size, 18u * 144);
  EXPECT_EQ(m.events[2].type, "runtime.mapextra");
  EXPECT_EQ(m.events[2].size, 24u);
  EXPECT_EQ(ld64(m.rt, ld64(m.rt, h + 40) + 16), ld64(m.rt, h + 16) + 16 * 144);  // nextOverflow
  for (int i = 0; i < 100; ++i) m.set(ty.map_int, h, i, -i);
  EXPECT_EQ(m.B(h), 4);  // no growth within the hint
  for (int i = 0; i < 100; ++i) ASSERT_EQ(m.get(ty.map_int, h, i), -i);

  // A hint of 8 fits one bucket: allocated lazily; so does a negative or
  // absurd hint (Go ignores those rather than panicking).
  for (int64_t hint : {int64_t{8}, int64_t{-1}, int64_t{1} << 62}) {
    m.events.clear();
    const Addr h2 = m.makemap(ty.map_int, hint);
    EXPECT_EQ(m.B(h2), 0) << hint;
    EXPECT_EQ(m.events.size(), 1u) << hint;
  }
  EXPECT_EQ(m.B(m.makemap(ty.map_int, 9)), 1);
  EXPECT_EQ(m.B(m.makemap(ty.map_int, 13)), 1);
  EXPECT_EQ(m.B(m.makemap(ty.map_int, 14)), 2);
}

TEST_F(MapTest, MakemapIntoTheCallersFrame) {
  Maps m(*image, 0);
  const Addr frame = m.scratch + 2048;
  st64(m.rt, frame, 99);  // whatever was there before
  EXPECT_EQ(m.makemap(ty.map_int, 0, frame), frame);
  EXPECT_TRUE(m.events.empty());  // no runtime.hmap on the heap
  EXPECT_EQ(m.count(frame), 0);
  m.set(ty.map_int, frame, 5, 6);
  EXPECT_EQ(m.get(ty.map_int, frame, 5), 6);
  EXPECT_EQ(m.count(frame), 1);
}

TEST_F(MapTest, StringKeysMatchByContent) {
  Maps m(*image, 0);
  const Addr h = m.makemap(ty.map_string, 0);
  const Addr k1 = m.scratch + 64, k2 = m.scratch + 80, k3 = m.scratch + 96, empty = m.scratch + 112;
  m.string_at(k1, "hello");
  m.string_at(k2, "hello");  // same bytes, another address
  m.string_at(k3, "hellp");
  ASSERT_NE(ld64(m.rt, k1), ld64(m.rt, k2));
  st64(m.rt, m.assign(ty.map_string, h, k1), 1);
  st64(m.rt, m.assign(ty.map_string, h, k2), 2);
  EXPECT_EQ(m.count(h), 1);
  EXPECT_EQ(ld64(m.rt, m.access1(ty.map_string, h, k1)), 2u);
  EXPECT_EQ(m.access1(ty.map_string, h, k3), 0u);
  EXPECT_EQ(m.access1(ty.map_string, h, empty), 0u);
  st64(m.rt, m.assign(ty.map_string, h, empty), 3);  // "" is a key like any other
  EXPECT_EQ(ld64(m.rt, m.access1(ty.map_string, h, empty)), 3u);
  // The stored key is the latest one assigned (Go's needkeyupdate for strings).
  auto seen = m.range(ty.map_string, h);
  ASSERT_EQ(seen.size(), 2u);
  std::set<std::string> keys;
  for (auto [k, e] : seen) keys.insert(m.string_of(k));
  EXPECT_EQ(keys, (std::set<std::string>{"", "hello"}));
  m.del(ty.map_string, h, k2);
  EXPECT_EQ(m.access1(ty.map_string, h, k1), 0u);
  EXPECT_EQ(m.count(h), 1);
}

TEST_F(MapTest, StructKeysIgnorePadding) {
  Maps m(*image, 0);
  const Addr h = m.makemap(ty.map_point, 0);
  const Addr a = m.scratch + 64, b = m.scratch + 80, c = m.scratch + 96;
  // P{X: 3, Y: 70000} twice, with different garbage in the padding bytes.
  uint8_t* pa = m.rt.mem().host(a, 48);
  std::memset(pa, 0xaa, 48);
  std::memset(pa + 16, 0x55, 16);
  pa[0] = 3, pa[16] = 3, pa[32] = 4;
  st64(m.rt, a + 8, 70000), st64(m.rt, b + 8, 70000), st64(m.rt, c + 8, 70000);
  const Addr e = m.assign(ty.map_point, h, a);
  m.string_at(e, "first");
  EXPECT_EQ(m.assign(ty.map_point, h, b), e);
  EXPECT_EQ(m.count(h), 1);
  EXPECT_EQ(m.access1(ty.map_point, h, c), 0u);  // X differs
  m.assign(ty.map_point, h, c);
  EXPECT_EQ(m.count(h), 2);
  EXPECT_EQ(m.string_of(m.access1(ty.map_point, h, b)), "first");
}

TEST_F(MapTest, BigKeysAreStoredIndirectly) {
  Maps m(*image, 0);
  const Addr h = m.makemap(ty.map_big, 0);
  const Addr k = m.scratch + 4096;
  auto key = [&](int i) {
    for (int w = 0; w < 20; ++w) st64(m.rt, k + 8 * w, static_cast<uint64_t>(i * 20 + w));
    return k;
  };
  m.events.clear();
  for (int i = 0; i < 50; ++i) st64(m.rt, m.assign(ty.map_big, h, key(i)), i);
  for (int i = 0; i < 50; ++i) ASSERT_EQ(ld64(m.rt, m.access1(ty.map_big, h, key(i))), static_cast<uint64_t>(i));
  EXPECT_EQ(m.access1(ty.map_big, h, key(50)), 0u);
  int key_objects = 0;
  for (const HeapAllocEvent& e : m.events) key_objects += e.type == "[20]int" && e.size == 160;
  EXPECT_EQ(key_objects, 50);
  // The bucket holds pointers: 8 + 8*8 + 8*8 + 8.
  EXPECT_EQ(m.events[0].type, "map.bucket[[20]int]int");
  EXPECT_EQ(m.events[0].size, 144u);
  m.del(ty.map_big, h, key(7));
  EXPECT_EQ(m.access1(ty.map_big, h, key(7)), 0u);
  EXPECT_EQ(m.count(h), 49);
  EXPECT_EQ(m.range(ty.map_big, h).size(), 49u);
}

TEST_F(MapTest, FloatKeysFollowEquality) {
  Maps m(*image, 0);
  const Addr h = m.makemap(ty.map_float, 0);
  const Addr k = m.scratch + 64;
  auto fkey = [&](double d) {
    std::memcpy(m.rt.mem().host(k, 8), &d, 8);
    return k;
  };
  st64(m.rt, m.assign(ty.map_float, h, fkey(0.0)), 1);
  st64(m.rt, m.assign(ty.map_float, h, fkey(-0.0)), 2);  // -0 == +0
  EXPECT_EQ(m.count(h), 1);
  m.assign(ty.map_float, h, fkey(NAN));
  m.assign(ty.map_float, h, fkey(NAN));  // NaN != NaN: a new entry each time
  EXPECT_EQ(m.count(h), 3);
  EXPECT_EQ(m.access1(ty.map_float, h, fkey(NAN)), 0u);
  m.del(ty.map_float, h, fkey(NAN));
  EXPECT_EQ(m.count(h), 3);
  EXPECT_EQ(ld64(m.rt, m.access1(ty.map_float, h, fkey(0.0))), 2u);
  EXPECT_EQ(m.range(ty.map_float, h).size(), 3u);
}

TEST_F(MapTest, InterfaceKeysHashTheirDynamicValue) {
  Maps m(*image, 0);
  const Addr h = m.makemap(ty.map_iface, 0);
  const Addr k = m.scratch + 64, v1 = m.scratch + 96, v2 = m.scratch + 104;
  st64(m.rt, v1, 7), st64(m.rt, v2, 7);
  st64(m.rt, k, ty.int_), st64(m.rt, k + 8, v1);
  m.assign(ty.map_iface, h, k);
  st64(m.rt, k + 8, v2);  // 7 boxed elsewhere: the same key
  m.assign(ty.map_iface, h, k);
  EXPECT_EQ(m.count(h), 1);
  st64(m.rt, k, 0), st64(m.rt, k + 8, 0);  // nil interface
  m.assign(ty.map_iface, h, k);
  EXPECT_EQ(m.count(h), 2);
  st64(m.rt, k, ty.slice), st64(m.rt, k + 8, v1);
  EXPECT_EQ(m.call(NativeId::mapaccess1, {ty.map_iface, h, k}), NativeResult::Panic);
  EXPECT_EQ(m.rt.failure(), "panic: runtime error: hash of unhashable type []int");
}

TEST_F(MapTest, RangeVisitsEveryKeyOnce) {
  Maps m(*image, 3);
  const Addr h = m.makemap(ty.map_int, 0);
  const int n = 1000;
  for (int i = 0; i < n; ++i) m.set(ty.map_int, h, i, i * 10);
  std::map<int64_t, int> seen;
  for (auto [k, e] : m.range(ty.map_int, h)) {
    const auto key = static_cast<int64_t>(ld64(m.rt, k));
    ++seen[key];
    EXPECT_EQ(static_cast<int64_t>(ld64(m.rt, e)), key * 10);
  }
  ASSERT_EQ(seen.size(), static_cast<size_t>(n));
  for (auto [k, c] : seen) EXPECT_EQ(c, 1) << k;
  // A map that is empty or nil: the iterator is over at once.
  EXPECT_TRUE(m.range(ty.map_int, 0).empty());
  EXPECT_TRUE(m.range(ty.map_int, m.makemap(ty.map_int, 0)).empty());
}

TEST_F(MapTest, SameSeedSameOrderOtherSeedOtherOrder) {
  auto order = [&](uint64_t seed) {
    Maps m(*image, seed);
    const Addr h = m.makemap(ty.map_int, 0);
    for (int i = 0; i < 100; ++i) m.set(ty.map_int, h, i, i);
    auto first = m.range_int_keys(ty.map_int, h);
    EXPECT_NE(first, m.range_int_keys(ty.map_int, h));  // each range starts elsewhere, as Go's
    return first;
  };
  const auto a = order(1);
  EXPECT_EQ(a.size(), 100u);
  EXPECT_EQ(a, order(1));
  EXPECT_NE(a, order(2));
  // Nor is it insertion order.
  std::vector<int64_t> sorted(a);
  std::sort(sorted.begin(), sorted.end());
  EXPECT_NE(a, sorted);
}

TEST_F(MapTest, DeletedDuringRangeAreNotReturned) {
  Maps m(*image, 0);
  const Addr h = m.makemap(ty.map_int, 0);
  for (int i = 0; i < 200; ++i) m.set(ty.map_int, h, i, i);
  // After the first entry, delete every odd key: none may appear later.
  bool first = true;
  std::set<int64_t> seen;
  int64_t first_key = -1;
  for (auto [k, e] : m.range(ty.map_int, h, [&] {
         if (!first) return;
         first = false;
         for (int i = 1; i < 200; i += 2) m.del(ty.map_int, h, m.ikey(i));
       })) {
    const auto key = static_cast<int64_t>(ld64(m.rt, k));
    if (first_key < 0) first_key = key;
    EXPECT_TRUE(seen.insert(key).second) << key;
  }
  for (int64_t k : seen) EXPECT_TRUE(k % 2 == 0 || k == first_key) << k;
  for (int i = 0; i < 200; i += 2) EXPECT_TRUE(seen.count(i)) << i;
}

TEST_F(MapTest, GrowthDuringRangeKeepsOldKeysExactlyOnce) {
  Maps m(*image, 7);
  const Addr h = m.makemap(ty.map_int, 0);
  for (int i = 0; i < 50; ++i) m.set(ty.map_int, h, i, i);
  const uint8_t b0 = m.B(h);
  int steps = 0;
  std::map<int64_t, int> seen;
  for (auto [k, e] : m.range(ty.map_int, h, [&] {
         // Insert 40 new keys per step: the map grows (several times) under the loop.
         for (int j = 0; j < 40; ++j) m.set(ty.map_int, h, 1000 + steps * 40 + j, 0);
         ++steps;
       })) {
    ++seen[static_cast<int64_t>(ld64(m.rt, k))];
  }
  EXPECT_GT(m.B(h), b0 + 2);
  for (int i = 0; i < 50; ++i) EXPECT_EQ(seen[i], 1) << i;
  for (auto [k, c] : seen) EXPECT_EQ(c, 1) << k;
}

TEST_F(MapTest, DeletedAfterGrowthDuringRangeAreNotReturned) {
  Maps m(*image, 5);
  const Addr h = m.makemap(ty.map_int, 0);
  for (int i = 0; i < 60; ++i) m.set(ty.map_int, h, i, i);
  // After the first entry: grow the map well past its size (the iterator
  // keeps walking the old array, whose entries are now evacuated), then
  // delete every other original key.
  bool first = true;
  int64_t first_key = -1;
  std::map<int64_t, int> seen;
  for (auto [k, e] : m.range(ty.map_int, h, [&] {
         if (!first) return;
         first = false;
         for (int i = 0; i < 2000; ++i) m.set(ty.map_int, h, 1000 + i, 0);
         for (int i = 0; i < 60; ++i)
           if (i % 2 == 1) m.del(ty.map_int, h, m.ikey(i));
       })) {
    const auto key = static_cast<int64_t>(ld64(m.rt, k));
    if (first_key < 0) first_key = key;
    ++seen[key];
  }
  EXPECT_EQ(m.oldbuckets(h), 0u);  // the growths have finished
  for (int i = 0; i < 60; ++i) {
    if (i % 2 == 0) {
      EXPECT_EQ(seen[i], 1) << i;
    } else if (i != first_key) {
      EXPECT_EQ(seen[i], 0) << i;
    }
  }
  for (auto [k, c] : seen) EXPECT_LE(c, 1) << k;
}

TEST_F(MapTest, RangeStartedMidGrowthVisitsEveryKeyOnce) {
  for (uint64_t seed = 0; seed < 8; ++seed) {
    Maps m(*image, seed);
    const Addr h = m.makemap(ty.map_int, 0);
    int n = 0;
    for (; n < 100000 && !(m.oldbuckets(h) != 0 && n > 100); ++n) m.set(ty.map_int, h, n, n);
    ASSERT_NE(m.oldbuckets(h), 0u);
    std::map<int64_t, int> seen;
    // Keep the growth going under the loop: each step assigns existing keys.
    int step = 0;
    for (auto [k, e] : m.range(ty.map_int, h, [&] { m.set(ty.map_int, h, step++ % n, 0); }))
      ++seen[static_cast<int64_t>(ld64(m.rt, k))];
    ASSERT_EQ(seen.size(), static_cast<size_t>(n)) << seed;
    for (auto [k, c] : seen) ASSERT_EQ(c, 1) << k << " seed " << seed;
  }
}

TEST_F(MapTest, ForEachVisitsEveryEntryMidGrowth) {
  Maps m(*image, 0);
  const Addr h = m.makemap(ty.map_int, 0);
  int i = 0;
  // Insert until a growth is under way (old buckets still partly full).
  for (; i < 100000 && !(m.oldbuckets(h) != 0 && i > 200); ++i) m.set(ty.map_int, h, i, i + 1);
  ASSERT_NE(m.oldbuckets(h), 0u);
  std::set<int64_t> keys;
  const uint64_t n = map_for_each(m.rt, desc(*image, ty.map_int), h, [&](Addr k, Addr e) {
    const auto key = static_cast<int64_t>(ld64(m.rt, k));
    EXPECT_EQ(static_cast<int64_t>(ld64(m.rt, e)), key + 1);
    keys.insert(key);
  });
  EXPECT_EQ(n, static_cast<uint64_t>(i));
  EXPECT_EQ(keys.size(), static_cast<size_t>(i));
  EXPECT_EQ(map_for_each(m.rt, desc(*image, ty.map_int), 0, [](Addr, Addr) { FAIL(); }), 0u);
  // Lookups work across both arrays meanwhile.
  for (int j = 0; j < i; ++j) ASSERT_EQ(m.get(ty.map_int, h, j), j + 1) << j;
}

TEST_F(MapTest, ChurnMatchesAReferenceMapAndCompactsOverflow) {
  // Keys come and go with the count held at 6.25 per bucket: overflow
  // buckets pile up until a same-size growth compacts them.
  Maps m(*image, 11);
  const Addr h = m.makemap(ty.map_int, 0);
  std::map<int64_t, int64_t> ref;
  uint64_t x = 12345;
  auto next = [&] { return x = x * 6364136223846793005u + 1442695040888963407u; };
  for (int op = 0; op < 60000; ++op) {
    const int64_t k = static_cast<int64_t>(next() >> 40);
    if (ref.size() < 800) {  // 800 keys in 128 buckets, under the 832 that would double them
      m.set(ty.map_int, h, k, op);
      ref[k] = op;
    } else {
      auto it = ref.lower_bound(k);
      if (it == ref.end()) it = ref.begin();
      m.del(ty.map_int, h, m.ikey(it->first));
      ref.erase(it);
    }
    if (op % 10000 == 0) {
      ASSERT_EQ(m.count(h), static_cast<int64_t>(ref.size()));
    }
  }
  ASSERT_EQ(m.count(h), static_cast<int64_t>(ref.size()));
  for (auto [k, v] : ref) ASSERT_EQ(m.get(ty.map_int, h, k), v) << k;
  std::map<int64_t, int64_t> ranged;
  for (auto [k, e] : m.range(ty.map_int, h))
    EXPECT_TRUE(ranged.emplace(static_cast<int64_t>(ld64(m.rt, k)), static_cast<int64_t>(ld64(m.rt, e))).second);
  EXPECT_EQ(ranged, ref);
  int same_size = 0;
  for (const HeapAllocEvent& e : m.events) same_size += e.reason.find("too many overflow buckets") != std::string::npos;
  EXPECT_GT(same_size, 0);
  EXPECT_EQ(m.B(h), 7);
}

TEST_F(MapTest, NilMap) {
  Maps m(*image, 0);
  EXPECT_EQ(m.access1(ty.map_int, 0, m.ikey(1)), 0u);
  EXPECT_EQ(m.access2(ty.map_int, 0, m.ikey(1)), (std::pair<Addr, bool>{0, false}));
  m.del(ty.map_int, 0, m.ikey(1));  // no-op
  EXPECT_TRUE(m.range(ty.map_int, 0).empty());
  EXPECT_FALSE(m.rt.ended());
  EXPECT_EQ(m.rt.failure(), "");
  EXPECT_EQ(m.call(NativeId::mapassign, {ty.map_int, 0, m.ikey(1)}), NativeResult::Panic);
  EXPECT_EQ(m.rt.failure(), "panic: assignment to entry in nil map");
}

TEST_F(MapTest, BadArgumentsAreInternalErrors) {
  Maps m(*image, 0);
  EXPECT_EQ(m.call(NativeId::makemap, {ty.int_, 0, 0}), NativeResult::Fatal);  // not a map type
  EXPECT_EQ(m.rt.exit_kind(), ExitKind::Internal);
  EXPECT_NE(m.out.err.find("runtime.makemap: type int"), std::string::npos) << m.out.err;
  Maps m2(*image, 0);
  const Addr h = m2.makemap(ty.map_int, 0);
  EXPECT_EQ(m2.call(NativeId::mapassign, {ty.map_int, h, 0x10}), NativeResult::Fatal);  // key not mapped
  EXPECT_EQ(m2.rt.exit_kind(), ExitKind::Internal);
}

TEST_F(MapTest, HeapLimitStopsAMapGrowingPastIt) {
  RuntimeOptions o;
  o.max_heap = 64 * 1024;
  o.gc.gogc = -1;  // the map lives in a host array, not in a goroutine's frame: no collection
  CaptureOutput out;
  Runtime rt(*image, out, o);
  const Addr scratch = rt.mallocgc(64, "scratch", NativeId::newobject, "test");
  uint8_t args[64] = {};
  std::memcpy(args, &ty.map_int, 8);
  ASSERT_EQ(kNativeTable[static_cast<int>(NativeId::makemap)](rt, args), NativeResult::Ok);
  Addr h;
  std::memcpy(&h, args + 24, 8);
  NativeResult r = NativeResult::Ok;
  for (int64_t i = 0; i < 100000 && r == NativeResult::Ok; ++i) {
    st64(rt, scratch, static_cast<uint64_t>(i));
    std::memset(args, 0, sizeof args);
    std::memcpy(args, &ty.map_int, 8), std::memcpy(args + 8, &h, 8), std::memcpy(args + 16, &scratch, 8);
    r = kNativeTable[static_cast<int>(NativeId::mapassign)](rt, args);
  }
  EXPECT_EQ(r, NativeResult::Fatal);
  EXPECT_EQ(rt.exit_kind(), ExitKind::Limit);
  EXPECT_NE(out.err.find("--max-heap"), std::string::npos);
}

}  // namespace
}  // namespace govm
