// (issue 6) runtime.printfloat: Go's runtime/print.go format, checked
// against go1.19's println of the same values.
#include <gtest/gtest.h>

#include <bit>
#include <limits>

#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

struct PrintFloat : ::testing::Test {
  void SetUp() override {
    rttest::ImageBuilder b;
    image = b.build();
    rt = std::make_unique<Runtime>(*image, out);
  }
  // Prints v alone and returns what was written.
  std::string print(double v) {
    out.err.clear();
    uint64_t block = std::bit_cast<uint64_t>(v);
    EXPECT_EQ(kNativeTable[static_cast<int>(NativeId::printfloat)](*rt, reinterpret_cast<uint8_t*>(&block)),
              NativeResult::Ok);
    return out.err;
  }
  std::unique_ptr<Image> image;
  CaptureOutput out;
  std::unique_ptr<Runtime> rt;
};

TEST_F(PrintFloat, SignSevenDigitsThreeDigitExponent) {
  EXPECT_EQ(print(1.5), "+1.500000e+000");
  EXPECT_EQ(print(-2.25), "-2.250000e+000");
  EXPECT_EQ(print(0.1), "+1.000000e-001");
  EXPECT_EQ(print(1.0 / 3), "+3.333333e-001");
  EXPECT_EQ(print(2.0 / 3), "+6.666667e-001");
  EXPECT_EQ(print(123456789.0), "+1.234568e+008");
  EXPECT_EQ(print(9999999.5), "+1.000000e+007");  // rounding carries into the exponent
  EXPECT_EQ(print(1e100), "+1.000000e+100");
  EXPECT_EQ(print(5e-324), "+4.940656e-324");
  EXPECT_EQ(print(1.7976931348623157e308), "+1.797693e+308");
}

TEST_F(PrintFloat, ZerosInfinitiesAndNaN) {
  EXPECT_EQ(print(0.0), "+0.000000e+000");
  EXPECT_EQ(print(-0.0), "-0.000000e+000");
  EXPECT_EQ(print(std::numeric_limits<double>::infinity()), "+Inf");
  EXPECT_EQ(print(-std::numeric_limits<double>::infinity()), "-Inf");
  EXPECT_EQ(print(std::numeric_limits<double>::quiet_NaN()), "NaN");
}

}  // namespace
}  // namespace govm
