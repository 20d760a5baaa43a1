// The instruction table: every op encodes and decodes back to itself.
#include <gtest/gtest.h>

#include <string>

#include "vm/opcodes.h"

namespace govm {
namespace {

// A value for each operand letter that exercises its full encoding.
int64_t sample(char letter, int k) {
  switch (letter) {
    case 's': return 0xABCDE0 + 8 * k;  // A is 24 bits; other words hold the same
    case 'i': return -123456789;
    case 'K': return INT64_MIN + 12345;
    case 'g': return 0x4130a8;
    case 'j': return -64;
    case 'f': return 0x1000;
    case 'n': return 7;
    case 'z': return 0xFFFFFFF0;
  }
  return 0;
}

TEST(Opcodes, EveryOpRoundTrips) {
  for (int o = 0; o < kOpCount; ++o) {
    const Op op = static_cast<Op>(o);
    const std::string fmt = op_format(op);
    std::vector<int64_t> want;
    for (size_t p = 0; p < fmt.size(); ++p) {
      if (p == 0 && fmt[p] == '-') continue;
      want.push_back(sample(fmt[p], static_cast<int>(p)));
    }
    CodeBuffer buf;  // emit takes an initializer_list: one case per arity
    switch (want.size()) {
      case 0: buf.emit(op, {}); break;
      case 1: buf.emit(op, {want[0]}); break;
      case 2: buf.emit(op, {want[0], want[1]}); break;
      case 3: buf.emit(op, {want[0], want[1], want[2]}); break;
      case 4: buf.emit(op, {want[0], want[1], want[2], want[3]}); break;
      case 5: buf.emit(op, {want[0], want[1], want[2], want[3], want[4]}); break;
      default: FAIL() << op_name(op) << ": unexpected arity " << want.size();
    }
    ASSERT_EQ(buf.size_bytes(), static_cast<uint32_t>(op_bytes(op))) << op_name(op);
    Instr in;
    ASSERT_TRUE(decode(buf.words().data(), buf.words().size(), in)) << op_name(op);
    EXPECT_EQ(in.op, op);
    EXPECT_EQ(in.words, op_words(op));
    ASSERT_EQ(in.count, static_cast<int>(want.size())) << op_name(op);
    for (size_t k = 0; k < want.size(); ++k) {
      const char letter = fmt[fmt[0] == '-' ? k + 1 : k];
      // z is unsigned 32-bit; the others come back sign-extended
      EXPECT_EQ(in.operand[k], want[k]) << op_name(op) << " operand " << k << " (" << letter << ")";
    }
    // One word short: decode refuses.
    EXPECT_FALSE(decode(buf.words().data(), buf.words().size() - 1, in)) << op_name(op);
  }
}

TEST(Opcodes, NamesAndMeaningsExist) {
  for (int o = 0; o < kOpCount; ++o) {
    const Op op = static_cast<Op>(o);
    EXPECT_NE(std::string(op_name(op)), "");
    EXPECT_NE(std::string(op_meaning(op)), "");
  }
  EXPECT_EQ(std::string(op_name(Op::ADD_Q)), "ADD_Q");
  EXPECT_EQ(std::string(op_format(Op::JGEI_Q)), "sij");
}

TEST(Opcodes, InvalidOpcodeDoesNotDecode) {
  const uint32_t w = 0xff;
  Instr in;
  EXPECT_FALSE(decode(&w, 1, in));
  EXPECT_FALSE(decode(&w, 0, in));
}

TEST(Opcodes, PatchTargetIsRelativeToTheInstruction) {
  CodeBuffer b;
  b.emit(Op::NOP, {});
  const uint32_t j = b.emit(Op::JLTI_Q, {8, 3, 0});
  b.emit(Op::NOP, {});
  b.patch_target(j, 0);
  Instr in;
  ASSERT_TRUE(decode(&b.words()[j / 4], 4, in));
  EXPECT_EQ(in.operand[2], -static_cast<int64_t>(j));
}

}  // namespace
}  // namespace govm
