// (issue 6, fmt) fmt calling Go methods: Go's handleMethods, where fmt
// calls an operand's String, Error or GoString method.
//
// The formatting is a native (fmt_print.cpp), and a native cannot call Go:
// a Go call must run on the goroutine's own stack, in frames that
// tracebacks show, able to allocate, park, grow the stack and be
// preempted, and the C++ native cannot be suspended half-way and resumed
// on another host stack. So the call is made by the compiled call site,
// which is a loop (compiler/codegen_fmt.cpp):
//
//        MOVK_Q   area.state, 0            a fresh fmt call
//   L:   CALLRT   block, fmt.Sprintf       formats, or asks for a method call
//        JEQI_Q   area.fn, 0, done         nothing asked: the call is done
//        MOV_Q    0(SP), area.recv         the receiver, the method's argument
//        LEAQ     t, area.fn               (area.fn is a funcval's word 0)
//        CALLCLO  t                        a real Go call: main.T.String
//        MOV      area.result, 8(SP)       its string result
//        JMP      L                        format again
//   done:
//
// A call site none of whose operands' types can have methods (no named
// type with methods, no interface, reachable through elements, fields and
// pointers) is a lone CALLRT without the area, as before methods existed;
// the entry sees that from the instruction after its CALLRT.
//
// The native formats from the start on every run. Each method call it
// meets is numbered in order; the results of calls already made are kept
// in the goroutine's memo (G::fmt_calls, one entry per fmt call in
// progress, keyed by the depth of its argument block below stack.hi,
// which does not change when the stack is copied), so a run uses them
// and goes on to the first call not made yet, which it leaves in the area
// as the request, abandoning the run (its output is dropped). The run that
// meets no unmade call writes its output (or makes its string) and
// clears the request. A String method that itself calls fmt is a fmt call
// one level deeper: its own memo entry, its own loop.
//
// What the method gets is what an interface call passes: the data word
// (the value itself for pointer-shaped types, else the value's address,
// in the caller's frame or on the heap), and the method's ifn entry,
// which takes exactly that. Its string result is copied into the memo, so
// nothing the collector must see is kept on the host side.
//
// Invariants and costs:
//  - The order of method calls is fmt's (argument order, then printValue's
//    walk), so a run with k results reaches the k+1-th call the same way.
//    A method that changes a value printed before it is seen by the later
//    runs: a documented difference (Go prints each value once, in order).
//  - n method calls cost n+1 runs of the formatting: quadratic in the
//    number of Stringers in one call, bounded by --max-steps' budget only
//    through the methods themselves.
//  - A method that panics (and is not recovered below) is caught as Go's
//    catchPanic catches it: Runtime::unwind_panic asks fmt_catch_panic of
//    each frame it unwinds to; the call site's frame, waiting on the call
//    it asked for, takes the panic's text as the call's result and resumes
//    after the call, and the entry prints "%!v(PANIC=String method: boom)"
//    (or "<nil>" for a nil pointer receiver). The text is the panic
//    report's (for an error or Stringer value, its method's result; for
//    other defined types, print's form: a documented difference).
//  - A call abandoned by a panic leaves its memo entry; the next fmt call
//    that starts at its depth or above drops it, so the memo holds at most
//    one entry per nested level.
#include "runtime/fmt_methods.h"

#include <algorithm>
#include <cstring>

#include "runtime/frame.h"
#include "runtime/runtime.h"

namespace govm {

uint32_t fmt_call_area_offset(NativeId id) {
  switch (id) {
    case NativeId::fmt_Print:
    case NativeId::fmt_Println: return 24;
    case NativeId::fmt_Printf:
    case NativeId::fmt_Sprint:
    case NativeId::fmt_Sprintln: return 40;
    case NativeId::fmt_Sprintf: return 56;
    case NativeId::fmt_Errorf: return 56 + 16;  // (issue 6, errs) the error, then 16 bytes of scratch
    default: return 0;
  }
}

namespace {

// The argument block's depth below stack.hi: the memo's key.
bool block_depth(Runtime& rt, const G& g, const uint8_t* area, uint64_t& depth) {
  const uint8_t* lo = rt.mem().host(g.stack.lo, g.stack.size());
  if (lo == nullptr || area < lo || area >= lo + g.stack.size()) return false;
  depth = g.stack.size() - static_cast<uint64_t>(area - lo);
  return true;
}

// Whether the CALLRT at g.pc, whose block's call area would be at `area`,
// is a loop site: the next instruction is JEQI_Q on the area's fn word.
// Instruction words: the opcode in the low byte, operand A above it.
bool site_has_loop(Runtime& rt, const G& g, const uint8_t* area) {
  const uint8_t* text = rt.mem().host(g.pc, kFmtCallrtBytes + 4);
  const uint8_t* fp = rt.mem().host(g.sp, 1);
  if (text == nullptr || fp == nullptr || g.pc < kTextBase || g.pc + kFmtCallrtBytes + 4 > rt.image().text_end())
    return false;
  uint32_t callrt = 0, next = 0;
  std::memcpy(&callrt, text, 4);
  std::memcpy(&next, text + kFmtCallrtBytes, 4);
  if ((callrt & 0xFF) != kFmtOpCALLRT || (next & 0xFF) != kFmtOpJEQI_Q) return false;
  return fp + (next >> 8) == area + kFmtCallFn;
}

}  // namespace

FmtMethodCalls::FmtMethodCalls(Runtime& rt, uint8_t* area) : rt_(rt), area_(area), g_(rt.current()) {
  if (area_ == nullptr || g_ == nullptr) return;
  uint64_t depth = 0;
  if (!block_depth(rt, *g_, area_, depth)) return;  // not a call site's block (a unit test's): no calls
  if (!site_has_loop(rt, *g_, area_)) return;  // a lone CALLRT: its block has no area
  std::vector<G::FmtCall>& calls = g_->fmt_calls;
  auto it = std::find_if(calls.begin(), calls.end(), [&](const G::FmtCall& c) { return c.depth == depth; });
  if (load64(area_ + kFmtCallState) == 0) {
    // A fresh call: calls at this depth or deeper were abandoned.
    std::erase_if(calls, [&](const G::FmtCall& c) { return c.depth >= depth; });
    calls.push_back(G::FmtCall{depth, {}});
    store64(area_ + kFmtCallState, 1);
    store64(area_ + kFmtCallFn, 0);
    call_ = &calls.back();
    return;
  }
  if (it == calls.end()) {
    rt.internal_error("fmt: a resumed call has no memo");
    return;
  }
  call_ = &*it;
  if (load64(area_ + kFmtCallFn) != 0) {  // the call site made the requested call
    call_->results.push_back({std::string(rt.go_string(area_ + kFmtCallResult)), false});
    store64(area_ + kFmtCallFn, 0);
  }
}

const G::FmtCall::Result* FmtMethodCalls::result(Addr fn, Addr recv) {
  if (call_ == nullptr || requested_) return nullptr;
  const size_t k = next_++;
  if (k < call_->results.size()) return &call_->results[k];
  store64(area_ + kFmtCallFn, fn);
  store64(area_ + kFmtCallRecv, recv);
  store64(area_ + kFmtCallResult, 0);
  store64(area_ + kFmtCallResult + 8, 0);
  requested_ = true;
  return nullptr;
}

void FmtMethodCalls::finish() {
  if (call_ == nullptr) return;
  store64(area_ + kFmtCallFn, 0);
  const uint64_t depth = call_->depth;
  std::erase_if(g_->fmt_calls, [&](const G::FmtCall& c) { return c.depth >= depth; });
  call_ = nullptr;
}

bool fmt_catch_panic(Runtime& rt, G& g, Addr sp, Addr link, Addr callee_link, const std::string& text,
                     Addr& resume) {
  const uint8_t* lo = rt.mem().host(g.stack.lo, g.stack.size());
  if (lo == nullptr) return false;
  for (G::FmtCall& c : g.fmt_calls) {
    const Addr block = g.stack.hi - c.depth;  // the call area's address
    if (block < sp || block + kFmtCallAreaSize > link) continue;
    uint8_t* area = const_cast<uint8_t*>(lo) + (block - g.stack.lo);
    if (load64(area + kFmtCallFn) == 0) return false;  // no method call outstanding
    uint8_t* ret = rt.mem().host(callee_link + kReturnAddrOffset, 8);
    uint8_t* out = rt.mem().host(sp + 8, 16);
    if (ret == nullptr || out == nullptr) return false;
    c.results.push_back({text.substr(0, text.find('\n')), true});
    store64(area + kFmtCallFn, 0);
    std::memset(out, 0, 16);  // the string result the loop copies: none
    resume = load64(ret);
    return true;
  }
  return false;
}

const TypeDesc::Method* fmt_method(const Image& image, const TypeDesc& t, bool sharp_v, char32_t verb) {
  if (t.methods.empty()) return nullptr;
  auto string_method = [&](const char* name) -> const TypeDesc::Method* {
    const TypeDesc::Method* m = t.method_named(name);
    if (m == nullptr || m->ifn == 0) return nullptr;
    const TypeDesc* mt = image.type_at(m->mtyp);
    return mt != nullptr && mt->name == "func() string" ? m : nullptr;
  };
  if (sharp_v) return string_method("GoString");
  if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') return nullptr;
  if (const TypeDesc::Method* m = string_method("Error")) return m;
  return string_method("String");
}

bool is_direct_iface(const Image& image, const TypeDesc& t) {
  switch (t.kind) {
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Map:
    case TypeKind::Func:
    case TypeKind::UnsafePointer: return true;
    case TypeKind::Struct: {
      if (t.fields.size() != 1) return false;
      const TypeDesc* f = image.type_at(t.fields[0].type);
      return f != nullptr && is_direct_iface(image, *f);
    }
    case TypeKind::Array: {
      if (t.len != 1) return false;
      const TypeDesc* e = image.type_at(t.elem);
      return e != nullptr && is_direct_iface(image, *e);
    }
    default: return false;
  }
}

}  // namespace govm
