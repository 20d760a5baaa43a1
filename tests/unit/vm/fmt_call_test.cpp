// (issue 6, fmt) fmt calling Go methods through its call site's loop
// (runtime/fmt_methods.cpp), on hand-assembled programs whose type
// descriptors carry a String method filled in by hand: the native asks for
// each call, the compiled loop makes it with CALLCLO, and the native,
// run again, uses the results it has seen (each method runs once per
// operand). The method's frame is a real frame (FramePush events), and
// when its ENTER grows the stack the call site's block moves with it.
#include <gtest/gtest.h>

#include "runtime/fmt_methods.h"
#include "runtime/frame.h"
#include "tests/unit/vm/asm.h"

namespace govm {
namespace {

using test::Asm;
using test::result_slot;
using test::RunResult;
using test::run_image;

// The runtime reads a call site's two opcodes as numbers (fmt_methods.h).
static_assert(static_cast<uint8_t>(Op::CALLRT) == kFmtOpCALLRT);
static_assert(static_cast<uint8_t>(Op::JEQI_Q) == kFmtOpJEQI_Q);
static_assert(op_bytes(Op::CALLRT) == kFmtCallrtBytes);

// main.main's frame (bytes from its base):
//   0   outgoing: the receiver word, then the string result (24 bytes)
//   24  x, 32 y: two main.T (int64) operands
//   40  the []any's array: (T, &x), (T, &y)
//   72  fmt.Println's block: the slice header, then the call area (40)
//   136 the funcval pointer CALLCLO takes
constexpr uint32_t kMainFrame = 144;
constexpr uint32_t kBlock = 72, kArea = kBlock + 24, kFv = 136;

struct Program {
  std::shared_ptr<Image> image;
  Addr t_type = 0, fn_type = 0;
};

// main.T.String: the interface entry, whose receiver is the data word (the
// operand's address): "one" for 1, else "many". Counts its calls in result
// slot 0. A frame of `frame` bytes (4096 makes its ENTER grow the stack).
// With panic_on_two, a 2 dereferences nil instead.
Addr t_string(Asm& a, uint32_t frame, Addr one, Addr many, bool panic_on_two) {
  const Addr entry = kTextBase + a.here();
  a.func("main.T.String", frame, 8, 16);
  a.emit(Op::ENTER, {0, frame, 8});
  const int64_t arg = frame + kFrameLinkSize;
  a.emit(Op::GLOAD_Q, {0, static_cast<int64_t>(result_slot(0))});
  a.emit(Op::ADDI_Q, {0, 0, 1});
  a.emit(Op::GSTORE_Q, {0, static_cast<int64_t>(result_slot(0))});
  a.emit(Op::LOAD_Q, {0, arg, 0});  // the value
  if (panic_on_two) {
    const uint32_t skip = a.emit(Op::JNEI_Q, {0, 2, 0});
    a.emit(Op::MOVK_Q, {8, 0});
    a.emit(Op::LOAD_Q, {0, 8, 0});  // panics: nil pointer dereference
    a.bind(skip, a.here());
  }
  a.emit(Op::LOADSTR, {arg + 8, static_cast<int64_t>(many), 4});
  const uint32_t j = a.emit(Op::JNEI_Q, {0, 1, 0});
  a.emit(Op::LOADSTR, {arg + 8, static_cast<int64_t>(one), 3});
  a.bind(j, a.here());
  a.emit(Op::RET, {frame});
  return entry;
}

Program println_two(uint32_t method_frame, bool panic_on_two = false) {
  Asm a;
  const Addr one = a.string("one"), many = a.string("many");
  const Addr t_type = a.string(std::string(kTypeDescSize, '\0'));  // room for two descriptors in rodata
  const Addr fn_type = a.string(std::string(kTypeDescSize, '\0'));
  const Addr method = t_string(a, method_frame, one, many, panic_on_two);
  a.func("main.main", kMainFrame);
  a.emit(Op::ENTER, {0, kMainFrame, 0});
  a.emit(Op::MOVK_Q, {24, 1});
  a.emit(Op::MOVK_Q, {32, 2});
  a.emit(Op::MOVK_Q, {40, static_cast<int64_t>(t_type)});
  a.emit(Op::LEAQ, {48, 24});
  a.emit(Op::MOVK_Q, {56, static_cast<int64_t>(t_type)});
  a.emit(Op::LEAQ, {64, 32});
  a.emit(Op::LEAQ, {kBlock, 40});
  a.emit(Op::MOVK_Q, {kBlock + 8, 2});
  a.emit(Op::MOVK_Q, {kBlock + 16, 2});
  a.emit(Op::MOVK_Q, {kArea + kFmtCallState, 0});
  // The call site's loop, as compiler/codegen_fmt.cpp emits it.
  const uint32_t again = a.here();
  a.emit(Op::CALLRT, {kBlock, static_cast<int64_t>(NativeId::fmt_Println)});
  const uint32_t done = a.emit(Op::JEQI_Q, {kArea + kFmtCallFn, 0, 0});
  a.emit(Op::MOV_Q, {0, kArea + kFmtCallRecv});
  a.emit(Op::LEAQ, {kFv, kArea + kFmtCallFn});
  a.emit(Op::CALLCLO, {kFv, 0});
  a.emit(Op::MOV_O, {kArea + kFmtCallResult, 8});
  const uint32_t back = a.emit(Op::JMP, {0});
  a.bind(back, again);
  a.bind(done, a.here());
  a.emit(Op::RET, {kMainFrame});
  Program p{a.link(), t_type, fn_type};

  // The descriptors: main.T (int64) with String, and func() string.
  TypeDesc fn;
  fn.addr = fn_type, fn.kind = TypeKind::Func, fn.size = 8, fn.align = 8, fn.ptrdata = 8, fn.name = "func() string";
  TypeDesc t;
  t.addr = t_type, t.kind = TypeKind::Int64, t.size = 8, t.align = 8, t.name = "main.T", t.named = true;
  t.methods.push_back({"String", fn_type, method, method});
  p.image->types = {t, fn};
  // Stack maps: the words that point into main.main's frame or at a string.
  for (FuncInfo& f : p.image->funcs) {
    if (f.name == "main.main")
      f.frame_ptrs = {(1ull << 1) | (1ull << 6) | (1ull << 8) | (1ull << 9) | (1ull << 13) | (1ull << 14) |
                      (1ull << 17)};
    if (f.name == "main.T.String") f.args_ptrs = {(1ull << 0) | (1ull << 1)};
  }
  return p;
}

size_t frames_of(const RunResult& r, const std::string& name) {
  size_t n = 0;
  for (const Event& e : r.log.events)
    if (e.kind == EventKind::FramePush && std::get<FramePushEvent>(e.data).func == name) ++n;
  return n;
}

TEST(FmtCall, PrintlnCallsEachStringMethodOnce) {
  RunResult r = run_image(println_two(32).image);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "one many\n");
  EXPECT_EQ(r.results[0], 2u);  // one call per operand: the second run reused the first result
  EXPECT_EQ(frames_of(r, "main.T.String"), 2u);
}

TEST(FmtCall, TheBlockMovesWithTheStack) {
  // The method's 4 KiB frame does not fit: its ENTER grows the stack while
  // the call site's block, its []any and the operands are in main's frame.
  RunResult r = run_image(println_two(4096).image);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_GE(r.log.count(EventKind::StackGrow), 1u);
  EXPECT_EQ(r.out, "one many\n");
  EXPECT_EQ(r.results[0], 2u);
}

TEST(FmtCall, APanicInTheMethodIsCaughtAtTheCallSite) {
  // Go's catchPanic: the method's frame goes, the call site resumes after
  // its call, and the entry prints the panic in place of the result.
  RunResult r = run_image(println_two(32, true).image);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "one %!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)\n");
  EXPECT_EQ(r.results[0], 2u);
  const RunResult plain = run_image(println_two(32).image);
  EXPECT_EQ(r.log.count(EventKind::FramePush), plain.log.count(EventKind::FramePush));
  EXPECT_EQ(r.log.count(EventKind::FramePop), plain.log.count(EventKind::FramePop))
      << "the panicking method's frame is popped as a returning one is";
}

TEST(FmtCall, NoMethodNoCall) {
  // Without the method, T prints as its int64 value and nothing is called.
  Program p = println_two(32);
  p.image->types[0].methods.clear();
  RunResult r = run_image(p.image);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "1 2\n");
  EXPECT_EQ(r.results[0], 0u);
}

TEST(FmtCall, ASignatureOtherThanFuncStringIsNotCalled) {
  Program p = println_two(32);
  p.image->types[1].name = "func() int";
  RunResult r = run_image(p.image);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "1 2\n");
}

TEST(FmtCall, ALoneCallrtHasNoArea) {
  // When the instruction after the CALLRT is not the loop's JEQI_Q on the
  // area's fn word, the entry never touches the words after its block and
  // calls nothing.
  Program p = println_two(32);
  std::vector<uint8_t>& text = p.image->text;
  const FuncInfo* f = p.image->func_named("main.main");
  ASSERT_NE(f, nullptr);
  bool patched = false;
  for (Addr pc = f->entry; pc + 4 <= f->end; pc += 4) {
    uint32_t w = 0;
    std::memcpy(&w, &text[pc - kTextBase], 4);
    if ((w & 0xFF) == static_cast<uint8_t>(Op::JEQI_Q)) {  // test another word (0): no longer the loop's
      w = (w & 0xFFu) | ((kArea + kFmtCallResult + 8) << 8);
      std::memcpy(&text[pc - kTextBase], &w, 4);
      patched = true;
      break;
    }
  }
  ASSERT_TRUE(patched);
  RunResult r = run_image(p.image);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "1 2\n");
  EXPECT_EQ(r.results[0], 0u);
}

TEST(FmtCall, CallAreaOffsets) {
  EXPECT_EQ(fmt_call_area_offset(NativeId::fmt_Println), 24u);
  EXPECT_EQ(fmt_call_area_offset(NativeId::fmt_Printf), 40u);
  EXPECT_EQ(fmt_call_area_offset(NativeId::fmt_Sprint), 40u);
  EXPECT_EQ(fmt_call_area_offset(NativeId::fmt_Sprintf), 56u);
}

}  // namespace
}  // namespace govm
