// (issue 6, fmt) How fmt's natives call Go methods (String, Error,
// GoString): the design is in fmt_methods.cpp's opening comment.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/goroutine.h"
#include "runtime/image.h"
#include "runtime/natives.h"

namespace govm {

class Runtime;

// The method call area: kFmtCallAreaSize bytes that follow every fmt
// entry's Go argument block (natives.h) in the caller's frame.
//
//   +0   state   0 before the call site's first CALLRT; the native's own
//                afterwards
//   +8   fn      text address of the method the native asks for; 0: none,
//                the fmt call is done
//   +16  recv    the receiver word: the interface data word of the operand
//   +24  result  the string the method returned (ptr, len), stored by the
//                call site after the call
inline constexpr uint32_t kFmtCallAreaSize = 40;
inline constexpr uint32_t kFmtCallState = 0, kFmtCallFn = 8, kFmtCallRecv = 16, kFmtCallResult = 24;

// A call site whose operands' types cannot have methods is a lone CALLRT
// on a block without the area. The entry tells the two apart by the
// instruction after its CALLRT (g.pc): a loop site's is JEQI_Q on the
// area's fn word. The runtime reads these opcodes as numbers (it sits
// below vm/); tests/unit/vm/fmt_call_test.cpp checks them against
// vm/opcodes.h.
inline constexpr uint8_t kFmtOpCALLRT = 0x9c, kFmtOpJEQI_Q = 0x8c;
inline constexpr uint32_t kFmtCallrtBytes = 8;

// Offset of the call area in the argument block of fmt entry `id`
// (Print, Println: 24; Printf, Sprint, Sprintln: 40; Sprintf: 56).
uint32_t fmt_call_area_offset(NativeId id);

// One run of a fmt entry over its call area. The printer asks result()
// for each method call it needs, in order; the first one not yet made
// becomes the request (fn, recv) and formatting is abandoned: the call
// site makes the call, stores its result and runs the entry again, which
// finds the results made so far in the goroutine's memo (G::fmt_calls).
class FmtMethodCalls {
 public:
  // Starts a run: a fresh call (state 0) drops the memos of calls at its
  // depth or deeper (abandoned by a panic); a resumed one records the
  // result the call site just stored. An area that is not on the current
  // goroutine's stack (nullptr, a unit test's block in the heap): no
  // method is ever called, usable() is false.
  FmtMethodCalls(Runtime& rt, uint8_t* area);

  // The result of the next method call (fn on receiver word recv), or
  // nullptr when it has not been made yet: it is then requested, and
  // requested() is true.
  const G::FmtCall::Result* result(Addr fn, Addr recv);
  bool requested() const { return requested_; }
  bool usable() const { return call_ != nullptr; }
  // The run formatted everything: the area says "done" and the memo goes.
  void finish();

 private:
  Runtime& rt_;
  uint8_t* area_ = nullptr;
  G* g_ = nullptr;
  G::FmtCall* call_ = nullptr;
  size_t next_ = 0;
  bool requested_ = false;
};

// fmt's catchPanic, called by Runtime::unwind_panic for each frame the
// panic unwinds to: when the frame [sp, link) (whose callee's link words
// are at callee_link) is a fmt call site waiting
// for a method call it asked for, the panic is the method's. Then the
// panic's text (its first line) becomes that call's result, marked as a
// panic, the outgoing result words are zeroed, and `resume` is the
// return address of the call (the loop runs the entry again, which prints
// %!v(PANIC=String method: text) as Go's catchPanic does). False when
// the frame is not waiting on fmt.
bool fmt_catch_panic(Runtime& rt, G& g, Addr sp, Addr link, Addr callee_link, const std::string& text,
                     Addr& resume);

// The method fmt calls on a value of type t (Go's handleMethods): with
// %#v, GoString; otherwise, for %v %s %x %X %q, Error, else String; each
// only when declared as func() string. nullptr when none applies.
const TypeDesc::Method* fmt_method(const Image& image, const TypeDesc& t, bool sharp_v, char32_t verb);

// Go's isdirectiface: the interface data word of a value of type t is the
// value itself (a pointer-shaped type), not the value's address.
bool is_direct_iface(const Image& image, const TypeDesc& t);

}  // namespace govm
