// --gc-verify catches what it promises (runtime/mgc.cpp, gc_verify): a write
// into freed memory (a free slot that lost its poison) and a pointer to a
// freed object (a root holding a free slot's address) end the run with an
// internal error naming the word, exit status 70. The corruption is made
// by hand on a paused machine, between two collections of a correct
// program, since compiled code cannot produce it.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "compiler/compiler.h"
#include "runtime/mgc.h"
#include "runtime/mheap.h"
#include "runtime/runtime.h"
#include "vm/machine.h"

namespace govm {
namespace {

constexpr const char* kProgram = R"(package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b int }

var keep, keep2 *T
var other *T

func fill() {
	keep = &T{1, 2}
	keep2 = &T{3, 4} // keeps the span in use once keep's object is freed
}

func main() {
	fill()
	keep = nil
	runtime.GC()
	fmt.Println("between")
	runtime.GC()
	fmt.Println(other == nil, keep2.a)
}
)";

struct Paused {
  CaptureOutput out;
  std::unique_ptr<Machine> m;
  Addr freed = 0;  // the object the first cycle freed

  Paused() {
    CompileResult c = compile_source("prog.go", kProgram);
    EXPECT_TRUE(c.ok()) << c.errors_text;
    MachineOptions opts;
    opts.gc.verify = true;
    m = std::make_unique<Machine>(c.image, out, opts);
    const Stop s = m->run_until_event(1u << static_cast<unsigned>(EventKind::HeapFree));
    EXPECT_EQ(s.reason, StopReason::Event);
    if (const auto* f = s.event ? std::get_if<HeapFreeEvent>(&s.event->data) : nullptr) freed = f->addr;
    EXPECT_NE(freed, 0u);
  }
  uint8_t* at(Addr a) { return m->runtime().mem().host(a, 8); }
};

TEST(GcVerify, ACorrectProgramPasses) {
  Paused p;
  EXPECT_EQ(p.m->run(), 0) << p.out.err;
  EXPECT_EQ(p.out.out, "between\ntrue 3\n");
}

TEST(GcVerify, AWriteIntoFreedMemoryIsAnInternalError) {
  Paused p;
  const uint64_t v = 42;
  std::memcpy(p.at(p.freed + 8), &v, 8);  // a use after free, by hand
  EXPECT_EQ(p.m->run(), kExitInternal);
  EXPECT_NE(p.out.err.find("govm: internal error: gc-verify (cycle 2): free slot"), std::string::npos) << p.out.err;
  EXPECT_NE(p.out.err.find("word +8 holds 0x2a, not the poison pattern"), std::string::npos) << p.out.err;
}

TEST(GcVerify, APointerToAFreedObjectIsAnInternalError) {
  Paused p;
  const GlobalVar* g = nullptr;
  for (const GlobalVar& gv : p.m->image().globals)
    if (gv.name == "main.other") g = &gv;
  ASSERT_NE(g, nullptr);
  std::memcpy(p.at(g->addr), &p.freed, 8);  // a dangling pointer, by hand
  EXPECT_EQ(p.m->run(), kExitInternal);
  EXPECT_NE(p.out.err.find("gc-verify (cycle 2): global main.other word +0 holds"), std::string::npos) << p.out.err;
  EXPECT_NE(p.out.err.find("a free slot of the span at"), std::string::npos) << p.out.err;
}

}  // namespace
}  // namespace govm
