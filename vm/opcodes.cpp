// Names, meanings, encoding and decoding of instructions, all generated from
// the GOVM_OPCODES table in opcodes.h.
#include "vm/opcodes.h"

#include <cassert>

namespace govm {

namespace {
constexpr const char* kOpNames[] = {
#define GOVM_OP_NAME(name, fmt, meaning) #name,
    GOVM_OPCODES(GOVM_OP_NAME)
#undef GOVM_OP_NAME
};
constexpr const char* kOpMeanings[] = {
#define GOVM_OP_MEANING(name, fmt, meaning) meaning,
    GOVM_OPCODES(GOVM_OP_MEANING)
#undef GOVM_OP_MEANING
};
}  // namespace

const char* op_name(Op op) { return kOpNames[static_cast<int>(op)]; }
const char* op_meaning(Op op) { return kOpMeanings[static_cast<int>(op)]; }

uint32_t CodeBuffer::emit(Op op, std::initializer_list<int64_t> operands) {
  const uint32_t at = size_bytes();
  const char* f = op_format(op);
  auto it = operands.begin();
  uint32_t a = 0;
  if (f[0] != '-' && f[0] != '\0') {
    assert(it != operands.end());
    assert(*it >= 0 && *it < (1 << 24));
    a = static_cast<uint32_t>(*it++);
  }
  words_.push_back(static_cast<uint32_t>(op) | (a << 8));
  for (const char* p = (f[0] ? f + 1 : f); *p; ++p) {
    assert(it != operands.end());
    const int64_t v = *it++;
    words_.push_back(static_cast<uint32_t>(static_cast<uint64_t>(v)));
    if (*p == 'K') words_.push_back(static_cast<uint32_t>(static_cast<uint64_t>(v) >> 32));
  }
  assert(it == operands.end());
  return at;
}

void CodeBuffer::patch_target(uint32_t at, uint32_t target) {
  const uint32_t* w = &words_[at / 4];
  const Op op = static_cast<Op>(w[0] & 0xff);
  const char* f = op_format(op);
  size_t word = at / 4 + 1;
  for (const char* p = f + 1; *p; ++p) {
    if (*p == 'j' || *p == 'f') {
      words_[word] = static_cast<uint32_t>(static_cast<int32_t>(target) - static_cast<int32_t>(at));
      return;
    }
    word += (*p == 'K') ? 2 : 1;
  }
  assert(false && "patch_target on an instruction without a target");
}

bool decode(const uint32_t* words, size_t avail, Instr& out) {
  if (avail == 0) return false;
  const uint32_t op = words[0] & 0xff;
  if (op >= static_cast<uint32_t>(kOpCount)) return false;
  out.op = static_cast<Op>(op);
  out.words = op_words(out.op);
  if (static_cast<size_t>(out.words) > avail) return false;
  const char* f = op_format(out.op);
  out.count = 0;
  if (f[0] != '-' && f[0] != '\0') out.operand[out.count++] = words[0] >> 8;
  size_t w = 1;
  for (const char* p = (f[0] ? f + 1 : f); *p; ++p) {
    int64_t v;
    switch (*p) {
      case 'K': v = static_cast<int64_t>(words[w] | (static_cast<uint64_t>(words[w + 1]) << 32)); w += 2; break;
      case 'i': case 'j': case 'f': v = static_cast<int32_t>(words[w++]); break;
      default: v = words[w++]; break;
    }
    out.operand[out.count++] = v;
  }
  return true;
}

}  // namespace govm
