// Runtime errors as the values recover returns (Go's runtime/error.go).
//
// A runtime error is raised with its message (Runtime::raise_panic and
// friends), which is all an unrecovered panic prints; its value is made
// only when deferred calls are about to run (box_runtime_error, called by
// unwind_panic), since only recover can see it. A program that ends in a
// runtime error therefore allocates nothing for it, as before recover
// existed; one that recovers sees the allocation Go makes: convT of the
// value in gopanic's caller (boundsError, *TypeAssertionError), or the
// message string (errorString, plainError, whose Go values are static
// or constant: govm's message string lives on the heap instead).
//
// The type is Go's:
//   runtime.boundsError         bounds checks (raise_bounds): the fields
//                                x, y, signed, code; Error() formats them
//   *runtime.TypeAssertionError x.(T), assertE2I (raise_type_assertion):
//                                the three types and the missing method
//   runtime.errorString          any other "runtime error: ..." message
//   runtime.plainError           the runtime's messages without the prefix
//                                (closed channels, nil map assignment)
//   string                       everything else (sync's and strings'
//                                panics are panic("...") in Go too)
// The compiler declares these types, their Error and RuntimeError methods
// (natives below) and so their itabs (error, runtime.Error) whenever a
// program calls recover (compiler/runtime_errors.cpp); without them the
// value stays a string, which nothing can observe.
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/iface.h"
#include "runtime/runtime.h"
#include "runtime/runtime_error.h"

namespace govm {

namespace {

// Go's boundsErrorFmt, and boundsNegErrorFmt used when x is negative
// (then y says nothing useful and is left out).
constexpr const char* kBoundsFmt[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %x to array or pointer to array with length %y",
};
constexpr const char* kBoundsNegFmt[] = {
    "index out of range [%x]",       "slice bounds out of range [:%x]",  "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]", "slice bounds out of range [::%x]", "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]", "slice bounds out of range [%x::]", "cannot convert slice with length %x to array or pointer to array with length %y",
};

// The runtime's messages that are plainErrors (no "runtime error: ").
bool is_plain_error(std::string_view text) {
  return text == "send on closed channel" || text == "close of closed channel" || text == "close of nil channel" ||
         text == "assignment to entry in nil map" || text == "makechan: size out of range" ||
         text.substr(0, 13) == "value method ";
}

// A type as the runtime spells it in messages: the empty interface is
// "interface {}".
std::string type_string(const Image& img, Addr t) {
  const TypeDesc* d = img.type_at(t);
  if (d == nullptr) return "?";
  return d->name == "any" || d->name == "interface{}" ? "interface {}" : d->name;
}

// TypeAssertionError.Error().
std::string type_assertion_text(const Image& img, Addr inter, Addr concrete, Addr asserted, const std::string& missing) {
  const std::string in = inter != 0 ? type_string(img, inter) : "interface";
  const std::string as = type_string(img, asserted);
  if (concrete == 0) return "interface conversion: " + in + " is nil, not " + as;
  const std::string cs = type_string(img, concrete);
  if (missing.empty()) return "interface conversion: " + in + " is " + cs + ", not " + as;
  return "interface conversion: " + cs + " is not " + as + ": missing method " + missing;
}

// The heap box of a value of the runtime type `name`, its bytes from
// `init` (size bytes); 0 when the type is not in the image (the program
// has no recover) or the heap is exhausted (then with the failure raised).
Addr box_value(Runtime& rt, const char* name, const void* init, uint64_t size, bool* missing) {
  const TypeDesc* t = rt.image().type_named(name);
  *missing = t == nullptr;
  if (t == nullptr) return 0;
  const Addr box = rt.newobject(*t, NativeId::gopanic);
  uint8_t* b = box != 0 ? rt.mem().host(box, size) : nullptr;
  if (b == nullptr) return 0;
  std::memcpy(b, init, size);
  return box;
}

}  // namespace

std::string bounds_error_text(int64_t x, bool is_signed, int64_t y, BoundsCode code) {
  const auto c = static_cast<size_t>(code);
  const char* fmt = is_signed && x < 0 ? kBoundsNegFmt[c] : kBoundsFmt[c];
  std::string out = "runtime error: ";
  for (const char* p = fmt; *p != '\0'; ++p) {
    if (*p != '%') {
      out += *p;
      continue;
    }
    ++p;
    if (*p == 'x') out += is_signed ? std::to_string(x) : std::to_string(static_cast<uint64_t>(x));
    if (*p == 'y') out += std::to_string(y);
  }
  return out;
}

std::string runtime_error_type_name(const RuntimeErrorInfo& info, std::string_view text) {
  if (info.kind == RuntimeErrorInfo::Kind::Bounds) return "runtime.boundsError";
  if (info.kind == RuntimeErrorInfo::Kind::TypeAssertion) return "*runtime.TypeAssertionError";
  if (text.substr(0, 15) == "runtime error: ") return "runtime.errorString";
  return is_plain_error(text) ? "runtime.plainError" : "string";
}

void Runtime::raise_bounds(int64_t x, bool is_signed, int64_t y, BoundsCode code) {
  raise_panic(bounds_error_text(x, is_signed, y, code));
  rerr_.kind = RuntimeErrorInfo::Kind::Bounds;
  rerr_.x = x;
  rerr_.y = y;
  rerr_.is_signed = is_signed;
  rerr_.code = code;
}

void Runtime::raise_type_assertion(Addr iface, Addr concrete, Addr asserted, std::string missing) {
  raise_panic(type_assertion_text(image_, iface, concrete, asserted, missing));
  rerr_.kind = RuntimeErrorInfo::Kind::TypeAssertion;
  rerr_.inter = iface;
  rerr_.concrete = concrete;
  rerr_.asserted = asserted;
  rerr_.missing = std::move(missing);
}

// The value of the runtime error p, about to be seen by deferred calls.
// False, with the failure raised, when the heap is exhausted.
bool Runtime::box_runtime_error(G::Panic& p) {
  bool missing = false;
  Addr box = 0;
  if (p.rerr.kind == RuntimeErrorInfo::Kind::Bounds) {  // {x int64; y int; signed bool; code uint8}
    uint8_t v[24] = {};
    store64(v, static_cast<uint64_t>(p.rerr.x));
    store64(v + 8, static_cast<uint64_t>(p.rerr.y));
    v[16] = p.rerr.is_signed ? 1 : 0;
    v[17] = static_cast<uint8_t>(p.rerr.code);
    box = box_value(*this, "runtime.boundsError", v, sizeof v, &missing);
    if (!missing) {
      p.type = box != 0 ? image_.type_named("runtime.boundsError")->addr : 0;
      p.data = box;
      return box != 0;
    }
  } else if (p.rerr.kind == RuntimeErrorInfo::Kind::TypeAssertion) {
    // {_interface, concrete, asserted *_type; missingMethod string}
    uint8_t v[40] = {};
    store64(v, p.rerr.inter);
    store64(v + 8, p.rerr.concrete);
    store64(v + 16, p.rerr.asserted);
    box = box_value(*this, "runtime.TypeAssertionError", v, sizeof v, &missing);
    const TypeDesc* pt = image_.type_named("*runtime.TypeAssertionError");
    if (!missing && pt != nullptr) {
      if (box == 0) return false;
      p.type = pt->addr;  // a pointer: the data word is the pointer itself
      p.data = box;
      uint8_t* b = mem_.host(box + 24, 16);
      return b != nullptr && make_string(b, p.rerr.missing, NativeId::gopanic, "panic value");
    }
  }
  // A message: errorString, plainError, or a string.
  std::string_view text = p.text;
  const char* type = nullptr;
  if (text.substr(0, 15) == "runtime error: ") {
    type = "runtime.errorString";
    text.remove_prefix(15);
  } else if (is_plain_error(text)) {
    type = "runtime.plainError";
  }
  const TypeDesc* st = type != nullptr ? image_.type_named(type) : nullptr;
  if (st == nullptr) {
    text = p.text;
    for (const TypeDesc& t : image_.types)
      if (t.kind == TypeKind::String && !t.named) st = &t;
  }
  if (st == nullptr) return true;  // no string in the program: recover() cannot be there either
  const Addr b = newobject(*st, NativeId::gopanic);
  if (b == 0) return false;
  p.type = st->addr;
  p.data = b;  // a root from here on (mgc.cpp)
  uint8_t* h = mem_.host(b, 16);
  return h != nullptr && make_string(h, text, NativeId::gopanic, "panic value");
}

namespace native {

namespace {

// The receiver's bytes (the data word points at the value), or nullptr
// with Go's nil dereference raised.
const uint8_t* receiver(Runtime& rt, uint8_t* args, uint64_t size) {
  const Addr e = load64(args);
  const uint8_t* b = e != 0 ? rt.mem().host(e, size) : nullptr;
  if (b == nullptr) rt.raise_panicmem(e);
  return b;
}

NativeResult string_result(Runtime& rt, uint8_t* dst, const std::string& s, NativeId by) {
  return rt.make_string(dst, s, by, "string concatenation") ? NativeResult::Ok : NativeResult::Fatal;
}

}  // namespace

// runtime.boundsError.Error(e boundsError) string: args 0 e (its box), result 8.
NativeResult boundsError_Error(Runtime& rt, uint8_t* args) {
  const uint8_t* b = receiver(rt, args, 24);
  if (b == nullptr) return NativeResult::Panic;
  const uint8_t code = b[17] <= static_cast<uint8_t>(BoundsCode::Convert) ? b[17] : 0;
  const std::string s = bounds_error_text(static_cast<int64_t>(load64(b)), b[16] != 0,
                                          static_cast<int64_t>(load64(b + 8)), static_cast<BoundsCode>(code));
  return string_result(rt, args + 8, s, NativeId::boundsError_Error);
}

// runtime.errorString.Error(e errorString) string: "runtime error: " + e.
NativeResult errorString_rt_Error(Runtime& rt, uint8_t* args) {
  const uint8_t* b = receiver(rt, args, 16);
  if (b == nullptr) return NativeResult::Panic;
  const std::string s = "runtime error: " + std::string(rt.go_string(b));
  return string_result(rt, args + 8, s, NativeId::errorString_rt_Error);
}

// runtime.plainError.Error(e plainError) string: e itself, no allocation.
NativeResult plainError_Error(Runtime& rt, uint8_t* args) {
  const uint8_t* b = receiver(rt, args, 16);
  if (b == nullptr) return NativeResult::Panic;
  std::memcpy(args + 8, b, 16);
  return NativeResult::Ok;
}

// runtime.(*TypeAssertionError).Error(e *TypeAssertionError) string.
NativeResult TypeAssertionError_Error(Runtime& rt, uint8_t* args) {
  const uint8_t* b = receiver(rt, args, 40);
  if (b == nullptr) return NativeResult::Panic;
  const std::string s =
      type_assertion_text(rt.image(), load64(b), load64(b + 8), load64(b + 16), std::string(rt.go_string(b + 24)));
  return string_result(rt, args + 8, s, NativeId::TypeAssertionError_Error);
}

// panicwrap(): called by a (*T).M wrapper of T's value method M when its
// receiver is nil. As Go's, it reads pkg, T and M from the wrapper's
// name, "main.(*T).M", and panics with a plainError.
NativeResult panicwrap(Runtime& rt, uint8_t*) {
  const G* g = rt.current();
  const FuncInfo* f = g != nullptr ? rt.image().func_at(g->pc) : nullptr;
  const std::string name = f != nullptr ? f->name : "";
  const size_t open = name.find("(*"), close = name.find(')', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || open == 0 || close == std::string::npos || close + 2 > name.size() ||
      name[open - 1] != '.' || name[close + 1] != '.') {
    rt.internal_error("panicwrap called from " + (name.empty() ? std::string("?") : name) + ", not a (*T).M wrapper");
    return NativeResult::Fatal;
  }
  const std::string pkg = name.substr(0, open - 1), typ = name.substr(open + 2, close - open - 2),
                    meth = name.substr(close + 2);
  rt.raise_panic("value method " + pkg + "." + typ + "." + meth + " called using nil *" + typ + " pointer");
  return NativeResult::Panic;
}

// RuntimeError(): the marker method of runtime.Error; does nothing.
NativeResult RuntimeError_method(Runtime&, uint8_t*) { return NativeResult::Ok; }

}  // namespace native

}  // namespace govm
