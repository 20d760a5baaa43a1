// The print/println builtins (runtime.print*): formats as Go's
// runtime/print.go, all on the program's stderr.
#include <gtest/gtest.h>

#include <array>
#include <climits>
#include <utility>

#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

struct Print : ::testing::Test {
  void SetUp() override {
    rttest::ImageBuilder b;
    lit = b.string_lit("héllo, world");
    image = b.build();
    rt = std::make_unique<Runtime>(*image, out);
  }
  void call(NativeId id, uint64_t w0 = 0, uint64_t w1 = 0, uint64_t w2 = 0) {
    uint64_t block[3] = {w0, w1, w2};
    ASSERT_EQ(kNativeTable[static_cast<int>(id)](*rt, reinterpret_cast<uint8_t*>(block)), NativeResult::Ok);
  }
  std::unique_ptr<Image> image;
  CaptureOutput out;
  std::unique_ptr<Runtime> rt;
  Addr lit = 0;
};

TEST_F(Print, Integers) {
  call(NativeId::printint, 42);
  call(NativeId::printsp);
  call(NativeId::printint, static_cast<uint64_t>(-7));
  call(NativeId::printsp);
  call(NativeId::printint, static_cast<uint64_t>(INT64_MIN));
  call(NativeId::printsp);
  call(NativeId::printuint, UINT64_MAX);
  call(NativeId::printsp);
  call(NativeId::printint, 0);
  call(NativeId::printnl);
  EXPECT_EQ(out.err, "42 -7 -9223372036854775808 18446744073709551615 0\n");
  EXPECT_EQ(out.out, "");
}

TEST_F(Print, HexBoolString) {
  call(NativeId::printlock);
  call(NativeId::printhex, 0);
  call(NativeId::printsp);
  call(NativeId::printhex, 0xc000012345);
  call(NativeId::printsp);
  call(NativeId::printhex, UINT64_MAX);
  call(NativeId::printsp);
  call(NativeId::printbool, 1);
  call(NativeId::printsp);
  call(NativeId::printbool, 0);
  call(NativeId::printsp);
  call(NativeId::printstring, lit, 13);
  call(NativeId::printstring, 0, 0);
  call(NativeId::printnl);
  call(NativeId::printunlock);
  EXPECT_EQ(out.err, "0x0 0xc000012345 0xffffffffffffffff true false héllo, world\n");
}

// Go 1.19 (println as gc lowers it: printpointer for pointers and maps,
// printslice for slices):
//   x := 5; p := &x; var np *int; s := []int{1, 2, 3}; var ns []int
//   m := map[string]int{"a": 1}; var nm map[string]int
//   println(p, np, s, ns, s[:1], m, nm)
//   println(make([]int, 0, 5))
// printed
//   0xc000036628 0x0 [3/3]0xc000036630 [0/0]0x0 [1/3]0xc000036630 0xc000036670 0x0
//   [0/5]0xc000036648
TEST_F(Print, PointersAndSlices) {
  const std::pair<NativeId, std::array<uint64_t, 3>> calls[] = {
      {NativeId::printpointer, {0xc000036628}},          {NativeId::printpointer, {0}},
      {NativeId::printslice, {0xc000036630, 3, 3}},      {NativeId::printslice, {0, 0, 0}},
      {NativeId::printslice, {0xc000036630, 1, 3}},      {NativeId::printpointer, {0xc000036670}},
      {NativeId::printpointer, {0}},
  };
  for (size_t i = 0; i < std::size(calls); ++i) {
    if (i > 0) call(NativeId::printsp);
    call(calls[i].first, calls[i].second[0], calls[i].second[1], calls[i].second[2]);
  }
  call(NativeId::printnl);
  call(NativeId::printslice, 0xc000036648, 0, 5);
  call(NativeId::printnl);
  EXPECT_EQ(out.err,
            "0xc000036628 0x0 [3/3]0xc000036630 [0/0]0x0 [1/3]0xc000036630 0xc000036670 0x0\n"
            "[0/5]0xc000036648\n");
  EXPECT_EQ(out.out, "");
}

TEST(Natives, TableNamesAndEntries) {
  EXPECT_STREQ(native_name(NativeId::concatstring2), "runtime.concatstring2");
  EXPECT_STREQ(native_name(NativeId::fmt_Printf), "fmt.Printf");
  EXPECT_STREQ(native_name(NativeId::panicSlice), "runtime.panicSliceB");
  EXPECT_STREQ(native_signature(NativeId::concatstring2), "(buf *[32]byte, a, b string) string");
  EXPECT_STREQ(native_name(static_cast<NativeId>(kNativeCount)), "runtime.?");
  EXPECT_EQ(kNativeTable[static_cast<int>(NativeId::morestack)], nullptr);
  EXPECT_EQ(kNativeTable[static_cast<int>(NativeId::panicIndex)], nullptr);
  // An entry is callable exactly when its signature is a Go signature.
  for (int i = 0; i < kNativeCount; ++i)
    EXPECT_EQ(kNativeTable[i] != nullptr, native_signature(static_cast<NativeId>(i))[0] == '(')
        << native_name(static_cast<NativeId>(i));
}

}  // namespace
}  // namespace govm
