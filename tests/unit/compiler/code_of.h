// What the compiler tests that read generated code share: a program
// compiled (expected to compile), a function's instructions with their
// addresses, and one bit of a stack map.
#pragma once

#include <gtest/gtest.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "runtime/image.h"
#include "vm/opcodes.h"

namespace govm::test {

inline std::shared_ptr<const Image> build(const std::string& src) {
  CompileResult r = compile_source("prog.go", src);
  EXPECT_TRUE(r.ok()) << r.errors_text;
  return r.image;
}

inline bool bit(const std::vector<uint64_t>& m, uint64_t i) {
  return i / 64 < m.size() && ((m[i / 64] >> (i % 64)) & 1u);
}

struct At {
  Addr pc;
  Instr in;
};

// The instructions of function `name`, in order, each at its address; an
// undecodable word fails the test.
inline std::vector<At> code_of(const Image& img, const std::string& name) {
  std::vector<At> list;
  const FuncInfo* f = img.func_named(name);
  EXPECT_NE(f, nullptr) << name;
  if (!f) return list;
  std::vector<uint32_t> words((f->end - f->entry) / 4);
  std::memcpy(words.data(), img.text.data() + (f->entry - kTextBase), words.size() * 4);
  for (size_t w = 0; w < words.size();) {
    Instr in{};
    if (!decode(words.data() + w, words.size() - w, in)) {
      ADD_FAILURE() << "undecodable instruction in " << name;
      break;
    }
    list.push_back(At{f->entry + 4 * w, in});
    w += in.words;
  }
  return list;
}

}  // namespace govm::test
