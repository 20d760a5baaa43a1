// The print/println builtins (runtime.print*): formats as Go's
// runtime/print.go, all on the program's stderr.
#include <gtest/gtest.h>

#include <climits>

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
  void call(NativeId id, uint64_t w0 = 0, uint64_t w1 = 0) {
    uint64_t block[2] = {w0, w1};
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

TEST(Natives, TableNamesAndEntries) {
  EXPECT_STREQ(native_name(NativeId::concatstring2), "runtime.concatstring2");
  EXPECT_STREQ(native_name(NativeId::fmt_Printf), "fmt.Printf");
  EXPECT_STREQ(native_name(NativeId::panicSlice), "runtime.panicSliceB");
  EXPECT_STREQ(native_signature(NativeId::concatstring2), "(a, b string) string");
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
