// (issue 6, errs) fmt.Errorf's errors and errors.Join (Go's fmt/errors.go,
// errors/join.go), in the VM's own terms.
//
// fmt.Errorf formats as Sprintf does, with %w accepted (fmt_print.cpp
// records the operands it printed), and makes its error as Go 1.20+ does:
//   no %w     errors.New(s): a *errors.errorString         2 allocations
//   one %w    &wrapError{msg: s, err: a[i].(error)}        2 allocations
//                                                          (the string, the object)
// A %w operand that is not an error leaves err nil (Go's `w.err, _ =`).
//   several   &wrapErrors{s, errs}: each operand once (sorted when the
//             format reordered them), non-errors dropped, errs grown by
//             append one error at a time      the string, each growth, the object
// errors.Join (Go 1.20+): nil when every error is nil, else
//   &joinError{errs: make([]error, 0, n)}      the slice, the object
// whose Unwrap is a native and whose Error is a driver calling each
// error's Error method (runtime/errors_methods.cpp); its []byte grows as
// Go's append grows it.
//
// The types (fmt.wrapError, *fmt.wrapError, errors.errorString, error)
// and their itabs are declared by the compiler whenever a program calls
// Errorf (compiler/itab.cpp), as for errors.New; the methods Error and
// Unwrap are natives whose text addresses sit in the itabs, so a call
// err.Error() through the itab, fmt's Error call and errors.Unwrap all
// run them as any method.
//
// Allocation and the collector. The native allocates several times
// (a box for a concrete non-pointer %w operand, as the call site's
// conversion to any would in Go; the message; the slice; the object).
// Between allocations what it made is kept in pointer words of the
// caller's frame (the box in the block's scratch word, the message's
// pointer in the result's word 0, both noted as pointer words by the code
// generator; the length stays on the host side: a pointer word holds only
// addresses), and every object a native call allocates is a root while it
// runs (Runtime::fresh_), so a collection started by the next allocation
// sees them.
#include "runtime/errors_wrap.h"

#include <cstring>
#include <string>

#include "runtime/errors_methods.h"
#include "runtime/slice.h"

#include "runtime/goroutine.h"
#include "runtime/iface.h"
#include "runtime/runtime.h"

namespace govm {

namespace {

// The itab (error, *type named `ptr`), or nullptr (internal error raised).
const Itab* error_itab(Runtime& rt, const char* ptr) {
  const TypeDesc* p = rt.image().type_named(ptr);
  const TypeDesc* err = rt.image().error_iface();
  const Itab* tab = p != nullptr && err != nullptr ? rt.image().itab_for(err->addr, p->addr) : nullptr;
  if (tab == nullptr) rt.internal_error(std::string("fmt.Errorf: no itab (") + ptr + ", error) in the image");
  return tab;
}

// a[k].(error) of the []any at host pointer `slice` into out (itab, data;
// zero when a[k] is nil or not an error). A concrete non-pointer operand
// is boxed on the heap, the box kept in `scratch` (a frame pointer word).
bool operand_as_error(Runtime& rt, const uint8_t* slice, size_t k, uint8_t* scratch, uint64_t out[2]) {
  out[0] = out[1] = 0;
  const Image& img = rt.image();
  const uint8_t* e = rt.mem().host(load64(slice) + 16 * k, 16);
  const TypeDesc* st = e != nullptr ? img.type_at(load64(e)) : nullptr;
  const TypeDesc* err = img.error_iface();
  if (st == nullptr || err == nullptr) {
    rt.internal_error("fmt.Errorf: a %w operand without a type descriptor");
    return false;
  }
  const Addr at = load64(e + 8);
  Addr dyn = 0, data = 0;
  if (st->kind == TypeKind::Interface) {
    const uint8_t* v = rt.mem().host(at, 16);
    if (v == nullptr) {
      rt.internal_error("fmt.Errorf: an interface operand is not mapped");
      return false;
    }
    const Addr w0 = load64(v);
    if (w0 == 0) return true;  // nil: not an error
    if (st->methods.empty()) {
      dyn = w0;
    } else {
      const Itab* tab = img.itab_at(w0);
      dyn = tab != nullptr ? tab->type : 0;
    }
    data = load64(v + 8);
  } else {
    dyn = st->addr;
  }
  const Itab* tab = dyn != 0 ? img.itab_for(err->addr, dyn) : nullptr;
  if (tab == nullptr) return true;  // not an error: wrapError.err stays nil
  if (st->kind != TypeKind::Interface) {
    if (is_direct_iface(img, *st)) {  // the []any's data word is the value itself
      data = at;
    } else if (const G* g = rt.current(); g == nullptr || at < g->stack.lo || at >= g->stack.hi) {
      data = at;  // already boxed by the call site (convT): the error keeps the box
    } else {  // in the caller's frame: box it as Go's convT at the call site would
      const Addr box = rt.newobject(*st, NativeId::fmt_Errorf);
      if (box == 0) return false;
      store64(scratch, box);
      const uint8_t* from = rt.mem().host(at, st->size);
      uint8_t* to = rt.mem().host(box, st->size);
      if (st->size != 0 && (from == nullptr || to == nullptr)) return false;
      if (st->size != 0) std::memmove(to, from, st->size);
      data = box;
    }
  }
  out[0] = tab->addr;
  out[1] = data;
  return true;
}

// The []error (or any slice) field at offset `at` of the object args[0]
// points at, as the result at args+8: wrapErrors.errs, joinError.errs.
NativeResult slice_field(Runtime& rt, uint8_t* args, uint64_t at) {
  const Addr e = load64(args);
  const uint8_t* b = e != 0 ? rt.mem().host(e + at, 24) : nullptr;
  if (b == nullptr) {
    rt.raise_panicmem(at);
    return NativeResult::Panic;
  }
  std::memcpy(args + 8, b, 24);
  return NativeResult::Ok;
}

// append(buf, bytes...) on the []byte header at host pointer `hdr` (a
// pointer word of the caller's frame), growing as Go's growslice grows.
bool append_bytes(Runtime& rt, uint8_t* hdr, std::string_view bytes) {
  Addr p = load64(hdr);
  const uint64_t len = load64(hdr + 8), cap = load64(hdr + 16), want = len + bytes.size();
  if (want > cap) {
    const GrowCap g = growslice_cap(1, static_cast<int64_t>(want), static_cast<int64_t>(cap));
    if (g.overflow) {
      rt.raise_panic("runtime error: growslice: len out of range");
      return false;
    }
    const Addr q = rt.mallocgc(g.capmem, ("[" + std::to_string(g.capmem) + "]uint8").c_str(),
                               NativeId::joinError_Error_step, "append grows the slice");
    if (q == 0) return false;
    uint8_t* to = rt.mem().host(q, g.capmem);
    const uint8_t* from = len != 0 ? rt.mem().host(p, len) : nullptr;
    if (to == nullptr || (len != 0 && from == nullptr)) return false;
    if (len != 0) std::memcpy(to, from, len);
    p = q;
    store64(hdr, p);
    store64(hdr + 16, static_cast<uint64_t>(g.newcap));
  }
  uint8_t* to = bytes.empty() ? nullptr : rt.mem().host(p + len, bytes.size());
  if (!bytes.empty() && to == nullptr) return false;
  if (!bytes.empty()) std::memcpy(to, bytes.data(), bytes.size());
  store64(hdr + 8, want);
  return true;
}

}  // namespace

NativeResult errorf_finish(Runtime& rt, uint8_t* args, std::string_view msg, const std::vector<size_t>& wrapped) {
  uint8_t* result = args + kErrorfResult;
  uint8_t* scratch = result + 16;
  const bool wrap = !wrapped.empty(), many = wrapped.size() > 1;
  const char* ptr_name = many ? "*fmt.wrapErrors" : wrap ? "*fmt.wrapError" : "*errors.errorString";
  const TypeDesc* obj_t = rt.image().type_named(ptr_name + 1);
  const TypeDesc* err_t = rt.image().error_iface();
  const Itab* tab = error_itab(rt, ptr_name);
  if (tab == nullptr || obj_t == nullptr || err_t == nullptr) {
    if (tab != nullptr) rt.internal_error(std::string("fmt.Errorf: no type ") + (ptr_name + 1));
    return NativeResult::Fatal;
  }
  // The operands as errors (boxes made now are held in fresh_ and, for
  // one %w, in the scratch word); with several, each index once.
  std::vector<uint64_t> errs;
  for (size_t i = 0; i < wrapped.size(); ++i) {
    if (i > 0 && wrapped[i - 1] == wrapped[i]) continue;
    uint64_t e[2] = {0, 0};
    if (!operand_as_error(rt, args + 16, wrapped[i], scratch, e)) return NativeResult::Fatal;
    if (many && e[0] == 0) continue;  // not an error: Go's `if e, ok := a[argNum].(error); ok`
    errs.push_back(e[0]);
    errs.push_back(e[1]);
  }
  uint8_t s[16];  // the message: its pointer kept in the result's word 0 while the object is allocated
  if (!rt.make_string(s, msg, NativeId::fmt_Errorf, "fmt's string(p.buf)")) return NativeResult::Fatal;
  std::memcpy(result, s, 8);
  // Several: `errs = append(errs, e)` one at a time, growing as append does.
  Addr arr = 0;
  uint64_t cap = 0;
  const uint64_t n = errs.size() / 2;
  for (uint64_t len = 0; many && len < n; ++len) {
    if (len < cap) continue;
    const GrowCap g = growslice_cap(16, static_cast<int64_t>(len + 1), static_cast<int64_t>(cap));
    const Addr q = rt.newarray(*err_t, static_cast<uint64_t>(g.newcap), NativeId::fmt_Errorf);
    if (q == 0) return NativeResult::Fatal;
    uint8_t* to = rt.mem().host(q, 16 * static_cast<uint64_t>(g.newcap));
    if (to == nullptr) return NativeResult::Fatal;
    for (uint64_t k = 0; k < 2 * len; ++k) store64(to + 8 * k, errs[k]);
    arr = q;
    cap = static_cast<uint64_t>(g.newcap);
  }
  const Addr p = rt.newobject(*obj_t, NativeId::fmt_Errorf);
  if (p == 0) return NativeResult::Fatal;
  uint8_t* b = rt.mem().host(p, obj_t->size);
  uint8_t* a = arr != 0 ? rt.mem().host(arr, 16 * n) : nullptr;
  if (b == nullptr || (arr != 0 && a == nullptr)) return NativeResult::Fatal;
  std::memcpy(b, result, 8);  // msg (or errorString's s)
  std::memcpy(b + 8, s + 8, 8);
  if (many) {
    for (uint64_t k = 0; k < 2 * n; ++k) store64(a + 8 * k, errs[k]);
    store64(b + 16, arr);
    store64(b + 24, n);
    store64(b + 32, cap);
  } else if (wrap) {
    store64(b + 16, errs.empty() ? 0 : errs[0]);
    store64(b + 24, errs.empty() ? 0 : errs[1]);
  }
  store64(result, tab->addr);
  store64(result + 8, p);
  store64(scratch, 0);
  store64(scratch + 8, 0);
  return NativeResult::Ok;
}

namespace native {

NativeResult errorString_Error(Runtime& rt, uint8_t* args);  // errors.cpp

// fmt.(*wrapError).Error(e *wrapError) string: args 0 e, result 8. Its
// msg is word 0, as errorString's s: the same native.
NativeResult wrapError_Error(Runtime& rt, uint8_t* args) { return errorString_Error(rt, args); }

// fmt.(*wrapError).Unwrap(e *wrapError) error: args 0 e, result 8.
NativeResult wrapError_Unwrap(Runtime& rt, uint8_t* args) {
  const Addr e = load64(args);
  const uint8_t* b = e != 0 ? rt.mem().host(e + 16, 16) : nullptr;
  if (b == nullptr) {
    rt.raise_panic("runtime error: invalid memory address or nil pointer dereference");
    return NativeResult::Panic;
  }
  std::memcpy(args + 8, b, 16);
  return NativeResult::Ok;
}

// fmt.(*wrapErrors).Error(e *wrapErrors) string: args 0 e, result 8.
NativeResult wrapErrors_Error(Runtime& rt, uint8_t* args) { return wrapError_Error(rt, args); }

// fmt.(*wrapErrors).Unwrap(e *wrapErrors) []error: args 0 e, result 8.
NativeResult wrapErrors_Unwrap(Runtime& rt, uint8_t* args) { return slice_field(rt, args, 16); }

// errors.(*joinError).Unwrap(e *joinError) []error: args 0 e, result 8.
NativeResult joinError_Unwrap(Runtime& rt, uint8_t* args) { return slice_field(rt, args, 0); }

// errors.Join(errs ...error) error: args 0 errs (24), result 24 (16).
// Go's join.go: nil when every error is nil, else
//   e := &joinError{errs: make([]error, 0, n)}     the slice, then the object
// holding the non-nil ones in order.
NativeResult errors_Join(Runtime& rt, uint8_t* args) {
  constexpr NativeId by = NativeId::errors_Join;
  const Addr arr = load64(args);
  const uint64_t n = load64(args + 8);
  const uint8_t* in = n != 0 ? rt.mem().host(arr, 16 * n) : nullptr;
  if (n != 0 && in == nullptr) {
    rt.internal_error("errors.Join: the argument slice is not mapped");
    return NativeResult::Fatal;
  }
  uint64_t live = 0;
  for (uint64_t i = 0; i < n; ++i) live += load64(in + 16 * i) != 0;
  store64(args + 24, 0);
  store64(args + 32, 0);
  if (live == 0) return NativeResult::Ok;
  const Image& img = rt.image();
  const TypeDesc* je = img.type_named("errors.joinError");
  const TypeDesc* err = img.error_iface();
  const Itab* tab = error_itab(rt, "*errors.joinError");
  if (je == nullptr || err == nullptr || tab == nullptr) {
    if (tab != nullptr) rt.internal_error("errors.Join: no type errors.joinError or error");
    return NativeResult::Fatal;
  }
  const Addr s = rt.newarray(*err, live, by);  // make([]error, 0, n): kept in fresh_ while the object is made
  if (s == 0) return NativeResult::Fatal;
  const Addr e = rt.newobject(*je, by);
  uint8_t* to = s != 0 ? rt.mem().host(s, 16 * live) : nullptr;
  uint8_t* eb = e != 0 ? rt.mem().host(e, 24) : nullptr;
  in = rt.mem().host(arr, 16 * n);  // (the collector does not move objects; re-read after allocating anyway)
  if (to == nullptr || eb == nullptr || in == nullptr) return NativeResult::Fatal;
  uint64_t k = 0;
  for (uint64_t i = 0; i < n; ++i)
    if (load64(in + 16 * i) != 0) std::memcpy(to + 16 * k++, in + 16 * i, 16);
  store64(eb, s);
  store64(eb + 8, live);
  store64(eb + 16, live);
  store64(args + 24, tab->addr);
  store64(args + 32, e);
  return NativeResult::Ok;
}

// errors.(*joinError).Error's native (DrvJoinError), Go's join.go (1.21+):
//   if len(e.errs) == 1 { return e.errs[0].Error() }
//   b := []byte(e.errs[0].Error())
//   for _, err := range e.errs[1:] { b = append(b, '\n'); b = append(b, err.Error()...) }
//   return unsafe.String(&b[0], len(b))
// One Error call per error, asked of the driver; b lives in the block
// (its pointer word in the driver's stack map) and grows as append grows it.
NativeResult joinError_Error_step(Runtime& rt, uint8_t* b) {
  using J = DrvJoinError;
  const Addr e = load64(b + J::e);
  const uint8_t* eb = e != 0 ? rt.mem().host(e, 24) : nullptr;
  if (eb == nullptr) {
    rt.raise_panicmem(0);
    return NativeResult::Panic;
  }
  const Addr errs = load64(eb);
  const uint64_t n = load64(eb + 8);
  uint64_t idx = load64(b + kDrvIdx);
  if (load64(b + kDrvState) != 0) {  // errs[idx].Error() returned into callres
    if (n == 1) {
      std::memcpy(b + J::result, b + J::callres, 16);
      store64(b + kDrvKind, kDrvDone);
      return NativeResult::Ok;
    }
    const std::string s(rt.go_string(b + J::callres));
    if (idx == 0) {  // []byte(s): rawbyteslice
      const uint64_t cap = roundupsize(s.size());
      const Addr p = cap != 0 ? rt.mallocgc(cap, ("[" + std::to_string(cap) + "]uint8").c_str(), NativeId::joinError_Error_step,
                                            "string conversion")
                              : 0;
      if (cap != 0 && p == 0) return NativeResult::Fatal;
      store64(b + J::buf, p);
      store64(b + J::buf + 8, 0);
      store64(b + J::buf + 16, cap);
      if (!append_bytes(rt, b + J::buf, s)) return NativeResult::Fatal;
    } else if (!append_bytes(rt, b + J::buf, "\n") || !append_bytes(rt, b + J::buf, s)) {
      return NativeResult::Fatal;
    }
    ++idx;
  }
  if (idx < n) {
    const uint8_t* w = rt.mem().host(errs + 16 * idx, 16);
    const Itab* it = w != nullptr ? rt.image().itab_at(load64(w)) : nullptr;
    const TypeDesc* t = it != nullptr ? rt.image().type_at(it->type) : nullptr;
    const TypeDesc::Method* m = t != nullptr ? t->method_named("Error") : nullptr;
    if (m == nullptr || m->ifn == 0) {
      rt.internal_error("errors.(*joinError).Error: a joined error without an Error method");
      return NativeResult::Fatal;
    }
    store64(b + kDrvIdx, idx);
    store64(b + kDrvState, 1);
    store64(b + kDrvKind, kDrvCallMethod);
    store64(b + kDrvFn, m->ifn);
    store64(b + J::recv, load64(w + 8));
    return NativeResult::Ok;
  }
  std::memcpy(b + J::result, b + J::buf, 16);  // unsafe.String(&b[0], len(b)): no copy
  store64(b + kDrvKind, kDrvDone);
  return NativeResult::Ok;
}

}  // namespace native

}  // namespace govm
