// String conversions (string.cpp): slicebytetostring, stringtoslicebyte,
// stringtoslicerune, slicerunetostring, intstring, with and without the
// caller's buffer, called through kNativeTable.
//
// Capacities checked against Go 1.19 with s a non-constant string of n
// "é" (2n bytes), b := []byte(s) kept on the stack, sink = []byte(s)
// escaping, and the same for []rune:
//   n   len(b) cap(b)  cap(sink)   len(r) cap(r)  cap(rsink)
//   1     2     32        8          1     32        2
//   5    10     32       16          5     32        6
//  16    32     32       32         16     32       16
//  17    34     48       48         17     32       20
//  40    80     80       80         40     40       40
#include <gtest/gtest.h>

#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::call_native;
using rttest::ImageBuilder;
using rttest::ld64;

struct Conv : ::testing::Test, EventSink {
  void on_event(const Event& e) override {
    if (e.kind == EventKind::HeapAlloc) allocs.push_back(std::get<HeapAllocEvent>(e.data));
  }
  void SetUp() override {
    ImageBuilder b;
    main_main = b.func("main.main", 64, 256, 0, {{0, 3}}).entry;
    image = b.build();
    rt = std::make_unique<Runtime>(*image, out);
    rt->events().attach(this);
    G& g = rt->newproc(main_main, 0);
    rt->set_current(&g);
    buf = g.stack.lo + 1024;  // a buffer in "the caller's frame"
    std::memset(rt->mem().host(buf, 128), 0xaa, 128);
  }
  // Bytes somewhere in the heap, as a string's data.
  Addr data(const std::string& s) {
    const Addr a = rt->mallocgc(s.size(), "string", NativeId::concatstring2, "test");
    std::memcpy(rt->mem().host(a, s.size()), s.data(), s.size());
    allocs.clear();
    return a;
  }
  std::string bytes_at(Addr a, uint64_t n) {
    return n == 0 ? "" : std::string(reinterpret_cast<const char*>(rt->mem().host(a, n)), n);
  }
  static std::string e_times(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += "é";
    return s;
  }

  std::unique_ptr<Image> image;
  CaptureOutput out;
  std::unique_ptr<Runtime> rt;
  std::vector<HeapAllocEvent> allocs;
  Addr main_main = 0, buf = 0;
};

TEST_F(Conv, StringToByteSlice) {
  struct Case { int n; uint64_t cap_buf, cap_heap; } cases[] = {{1, 32, 8}, {5, 32, 16}, {16, 32, 32}, {17, 48, 48}, {40, 80, 80}};
  for (const Case& c : cases) {
    const std::string s = e_times(c.n);
    const Addr p = data(s);
    // With the buffer (the result does not escape).
    std::vector<uint64_t> a = {buf, p, s.size(), 0, 0, 0};
    ASSERT_EQ(call_native(*rt, NativeId::stringtoslicebyte, a), NativeResult::Ok);
    EXPECT_EQ(a[4], s.size());
    EXPECT_EQ(a[5], c.cap_buf) << c.n;
    EXPECT_EQ(bytes_at(a[3], s.size()), s);
    if (c.cap_buf == 32) {
      EXPECT_EQ(a[3], buf);
      EXPECT_TRUE(allocs.empty());
      EXPECT_EQ(bytes_at(buf + s.size(), 32 - s.size()), std::string(32 - s.size(), '\0'));  // zeroed
    } else {
      ASSERT_EQ(allocs.size(), 1u);
      EXPECT_EQ(allocs[0].type, "[" + std::to_string(c.cap_buf) + "]uint8");
    }
    // Without (it escapes): rawbyteslice, rounded up to the size class.
    allocs.clear();
    a = {0, p, s.size(), 0, 0, 0};
    ASSERT_EQ(call_native(*rt, NativeId::stringtoslicebyte, a), NativeResult::Ok);
    EXPECT_EQ(a[5], c.cap_heap) << c.n;
    EXPECT_EQ(bytes_at(a[3], s.size()), s);
    ASSERT_EQ(allocs.size(), 1u);
    EXPECT_EQ(allocs[0].size, c.cap_heap);
    EXPECT_EQ(allocs[0].type, "[" + std::to_string(c.cap_heap) + "]uint8");
    EXPECT_EQ(allocs[0].func, "runtime.stringtoslicebyte");
    allocs.clear();
  }
}

TEST_F(Conv, StringToRuneSlice) {
  struct Case { int n; uint64_t cap_buf, cap_heap; } cases[] = {{1, 32, 2}, {5, 32, 6}, {16, 32, 16}, {17, 32, 20}, {40, 40, 40}};
  for (const Case& c : cases) {
    const std::string s = e_times(c.n);
    const Addr p = data(s);
    std::vector<uint64_t> a = {buf, p, s.size(), 0, 0, 0};
    ASSERT_EQ(call_native(*rt, NativeId::stringtoslicerune, a), NativeResult::Ok);
    EXPECT_EQ(a[4], static_cast<uint64_t>(c.n));
    EXPECT_EQ(a[5], c.cap_buf) << c.n;
    for (int i = 0; i < c.n; ++i) {
      int32_t r;
      std::memcpy(&r, rt->mem().host(a[3] + 4 * i, 4), 4);
      ASSERT_EQ(r, 0xe9);
    }
    allocs.clear();
    a = {0, p, s.size(), 0, 0, 0};
    ASSERT_EQ(call_native(*rt, NativeId::stringtoslicerune, a), NativeResult::Ok);
    EXPECT_EQ(a[5], c.cap_heap) << c.n;
    ASSERT_EQ(allocs.size(), 1u);
    EXPECT_EQ(allocs[0].type, "[" + std::to_string(c.cap_heap) + "]int32");
    EXPECT_EQ(allocs[0].size, 4 * c.cap_heap);
    allocs.clear();
  }
  // Invalid UTF-8: one U+FFFD per bad byte, as Go's range loop.
  const Addr p = data("a\xff\xe2\x82");
  std::vector<uint64_t> a = {buf, p, 4, 0, 0, 0};
  ASSERT_EQ(call_native(*rt, NativeId::stringtoslicerune, a), NativeResult::Ok);
  EXPECT_EQ(a[4], 4u);
  int32_t r[4];
  std::memcpy(r, rt->mem().host(buf, 16), 16);
  EXPECT_EQ(r[0], 'a');
  EXPECT_EQ(r[1], 0xfffd);
  EXPECT_EQ(r[2], 0xfffd);
  EXPECT_EQ(r[3], 0xfffd);
}

TEST_F(Conv, ByteSliceToString) {
  const Addr p = data("hello, world");
  std::vector<uint64_t> a = {buf, p, 5, 0, 0};
  ASSERT_EQ(call_native(*rt, NativeId::slicebytetostring, a), NativeResult::Ok);
  EXPECT_EQ(a[3], buf);
  EXPECT_EQ(a[4], 5u);
  EXPECT_EQ(bytes_at(buf, 5), "hello");
  EXPECT_TRUE(allocs.empty());
  // Empty: the empty string, never an allocation.
  a = {0, p, 0, 1, 1};
  ASSERT_EQ(call_native(*rt, NativeId::slicebytetostring, a), NativeResult::Ok);
  EXPECT_EQ(a[3], 0u);
  EXPECT_EQ(a[4], 0u);
  EXPECT_TRUE(allocs.empty());
  // Too long for the buffer, or no buffer: n bytes of string on the heap.
  const std::string long_s(33, 'x');
  const Addr q = data(long_s);
  a = {buf, q, 33, 0, 0};
  ASSERT_EQ(call_native(*rt, NativeId::slicebytetostring, a), NativeResult::Ok);
  EXPECT_NE(a[3], buf);
  EXPECT_EQ(bytes_at(a[3], 33), long_s);
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].size, 33u);
  EXPECT_EQ(allocs[0].type, "string");
  EXPECT_EQ(allocs[0].func, "runtime.slicebytetostring");
  a = {0, p, 12, 0, 0};
  ASSERT_EQ(call_native(*rt, NativeId::slicebytetostring, a), NativeResult::Ok);
  EXPECT_EQ(bytes_at(a[3], 12), "hello, world");
  EXPECT_EQ(allocs.size(), 2u);
}

TEST_F(Conv, RuneSliceToString) {
  // []rune{'H', 'é', -1, 0x110000, 0xD800}: invalid runes become U+FFFD.
  const int32_t runes[] = {'H', 0xe9, -1, 0x110000, 0xD800};
  const Addr p = rt->mallocgc(sizeof runes, "[5]int32", NativeId::makeslice, "test");
  std::memcpy(rt->mem().host(p, sizeof runes), runes, sizeof runes);
  allocs.clear();
  const std::string want = "H\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd";
  std::vector<uint64_t> a = {0, p, 5, 5, 0, 0};
  ASSERT_EQ(call_native(*rt, NativeId::slicerunetostring, a), NativeResult::Ok);
  EXPECT_EQ(a[5], want.size());
  EXPECT_EQ(bytes_at(a[4], want.size()), want);
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].size, want.size() + 3);  // Go's rawstringtmp(buf, size1+3)
  EXPECT_EQ(allocs[0].type, "string");
  // With a buffer: used when size1 + 3 <= 32.
  allocs.clear();
  a = {buf, p, 5, 5, 0, 0};
  ASSERT_EQ(call_native(*rt, NativeId::slicerunetostring, a), NativeResult::Ok);
  EXPECT_EQ(a[4], buf);
  EXPECT_EQ(bytes_at(buf, want.size()), want);
  EXPECT_TRUE(allocs.empty());
  // string([]rune{}) escaping: Go still asks for 3 bytes.
  a = {0, 0, 0, 0, 0, 0};
  ASSERT_EQ(call_native(*rt, NativeId::slicerunetostring, a), NativeResult::Ok);
  EXPECT_EQ(a[5], 0u);
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].size, 3u);
}

TEST_F(Conv, IntToString) {
  struct Case { int64_t v; const char* want; } cases[] = {
      {65, "A"}, {0xe9, "\xc3\xa9"}, {0x1F600, "\xf0\x9f\x98\x80"}, {-1, "\xef\xbf\xbd"},
      {0x110000, "\xef\xbf\xbd"}, {int64_t{1} << 40 | 65, "\xef\xbf\xbd"}, {0xD800, "\xef\xbf\xbd"}};
  for (const Case& c : cases) {
    std::vector<uint64_t> a = {buf, static_cast<uint64_t>(c.v), 0, 0};
    ASSERT_EQ(call_native(*rt, NativeId::intstring, a), NativeResult::Ok);
    EXPECT_EQ(a[2], buf);
    EXPECT_EQ(bytes_at(a[2], a[3]), c.want) << c.v;
  }
  EXPECT_TRUE(allocs.empty());
  std::vector<uint64_t> a = {0, 'z', 0, 0};
  ASSERT_EQ(call_native(*rt, NativeId::intstring, a), NativeResult::Ok);
  EXPECT_EQ(bytes_at(a[2], a[3]), "z");
  ASSERT_EQ(allocs.size(), 1u);
  EXPECT_EQ(allocs[0].size, 4u);  // Go's rawstring(4)
  EXPECT_EQ(allocs[0].func, "runtime.intstring");
}

}  // namespace
}  // namespace govm
