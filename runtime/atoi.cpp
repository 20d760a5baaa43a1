// (issue 6, strconv) strconv's parsing and *strconv.NumError, in the VM's
// own terms: Atoi, ParseInt, ParseUint, ParseBool, FormatBool, and the
// methods Error and Unwrap of *NumError.
//
// Results are exactly today's Go's (strconv/atoi.go, Go 1.22+): on a
// syntax error the value is 0, on a range error the clamped value (the
// bit size's max or min), and the error is a *NumError {Func, Num, Err}.
// Every object Go allocates on a failed parse is allocated here, in Go's
// order, through the typed path (HeapAlloc events at the caller's CALLRT,
// whose allocation site names the call):
//
//   syntaxError(fn, s), rangeError(fn, s)   stringslite.Clone(s) (a new
//                                           "string" unless s is empty),
//                                           then the NumError (48 bytes)
//   baseError, bitSizeError                 Clone(s), Itoa(n) (Go's static
//                                           strings for 0..99), the
//                                           concatenation, errors.New's
//                                           *errorString, then the NumError
//   ParseInt after ParseUint failed         ParseUint's objects; a syntax,
//                                           base or bit-size error keeps
//                                           its NumError with Func and a
//                                           new Clone(s0); a range error is
//                                           dropped and rangeError(ParseInt,
//                                           s0) made afresh (4 objects, 2
//                                           of them garbage at once)
//   Atoi                                    its fast path (0 < len < 19)
//                                           makes syntaxError("Atoi", s);
//                                           otherwise ParseInt's objects,
//                                           Func set to "Atoi"
// A successful parse allocates nothing. Func names ("Atoi", ...) and
// FormatBool's "true"/"false" are Go's constants: the compiler puts them
// in rodata when a program calls these functions
// (compiler/codegen_strings.cpp) and they are found there, as strconv's
// small numbers are (runtime/strings.cpp).
//
// strconv.ErrSyntax and strconv.ErrRange. Go allocates both in strconv's
// init (errors.New, before main). govm places them in the data segment
// as gc places a statically initialized `var p = &T{...}`: a global
// strconv.ErrSyntax of type error holding (itab (*errors.errorString,
// error), &strconv..stmp_ErrSyntax), whose errorString's text is a rodata
// constant (compiler/link.cpp). So they are identical on every use and
// cost no allocation. A NumError's Err is the variable's value at the
// time of the failure (a program may assign to strconv.ErrSyntax, as in
// Go).
//
// *NumError's methods. Unwrap returns e.Err. Error is Go's
//   "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
// with Quote's buffer and string and the concatenation allocated as Go
// does (Quote's string only past 32 bytes: see quote_into). e.Err.Error()
// is computed natively for the runtime's own error
// types (errors.New's, fmt.Errorf's, a nested *NumError), which are the
// only ones strconv itself puts there. A *NumError built by the program
// around an error type of its own has an Error method that is Go code,
// which a native cannot call (see runtime/fmt_methods.cpp): the program
// stops with a fatal error saying so, never with wrong output (a
// documented limit). A nil e or nil e.Err panics as Go's nil dereference.
//
// Argument blocks (Go's ABI0 layout; natives.h):
//   Atoi                 0 s; 16 int, 24 err
//   ParseInt, ParseUint  0 s, 16 base, 24 bitSize; 32 value, 40 err
//   ParseBool            0 str; 16 bool, 24 err
//   FormatBool           0 b; 8 string
//   (*NumError).Error    0 e; 8 string     (*NumError).Unwrap  0 e; 8 err
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/native_guard.h"
#include "runtime/runtime.h"
#include "runtime/slice.h"
#include "runtime/strconv.h"

namespace govm {

namespace native {

namespace {

constexpr uint64_t kNumErrorSize = 48;  // Func string, Num string, Err error

[[noreturn]] void raise_fatal() { throw Raised{NativeResult::Fatal}; }

[[noreturn]] void nil_deref(Runtime& rt) {
  rt.raise_panic("runtime error: invalid memory address or nil pointer dereference");
  throw Raised{NativeResult::Panic};
}

void put_string(uint8_t* at, Addr ptr, uint64_t len) {
  store64(at, len != 0 ? ptr : 0);
  store64(at + 8, len);
}

// The bytes of the string whose header is at host pointer h.
std::string_view string_at(Runtime& rt, const uint8_t* h) {
  const Addr p = load64(h);
  const uint64_t n = load64(h + 8);
  if (n == 0) return {};
  const uint8_t* b = rt.mem().host(p, n);
  if (b == nullptr) {
    rt.internal_error("strconv: a string header points outside memory");
    raise_fatal();
  }
  return {reinterpret_cast<const char*>(b), n};
}

// A rodata constant holding exactly `s` (Go's string constants), or 0.
Addr rodata_constant(Runtime& rt, std::string_view s) {
  const Image& img = rt.image();
  for (const StringLit& lit : img.strings) {
    if (lit.len != s.size() || lit.addr < img.rodata_base) continue;
    const uint64_t off = lit.addr - img.rodata_base;
    if (off + lit.len <= img.rodata.size() && std::memcmp(img.rodata.data() + off, s.data(), s.size()) == 0)
      return lit.addr;
  }
  return 0;
}

// Writes Go's constant `s` as a string: the rodata copy, else (never in
// compiled code) a new string.
void put_constant(Runtime& rt, uint8_t* at, std::string_view s, NativeId by) {
  if (const Addr a = rodata_constant(rt, s)) return put_string(at, a, s.size());
  if (!rt.make_string(at, s, by, "strconv constant")) raise_fatal();
}

// stringslite.Clone(s): a new string with s's bytes (none for "").
void clone_into(Runtime& rt, uint8_t* at, std::string_view s, NativeId by) {
  if (!rt.make_string(at, s, by, "strconv copies the input into its *NumError")) raise_fatal();
}

const TypeDesc& type_named(Runtime& rt, const char* name) {
  const TypeDesc* t = rt.image().type_named(name);
  if (t == nullptr) {
    rt.internal_error(std::string("strconv: no type ") + name + " in the image");
    raise_fatal();
  }
  return *t;
}

const Itab& error_itab(Runtime& rt, const char* ptr_type) {
  const TypeDesc& p = type_named(rt, ptr_type);
  const TypeDesc* err = rt.image().error_iface();
  const Itab* tab = err != nullptr ? rt.image().itab_for(err->addr, p.addr) : nullptr;
  if (tab == nullptr) {
    rt.internal_error(std::string("strconv: no itab (") + ptr_type + ", error) in the image");
    raise_fatal();
  }
  return *tab;
}

// The current value of strconv.ErrSyntax or strconv.ErrRange (16 bytes).
void package_error(Runtime& rt, const char* name, uint8_t out[16]) {
  for (const GlobalVar& g : rt.image().globals) {
    if (g.name != name) continue;
    const uint8_t* h = rt.mem().host(g.addr, 16);
    if (h == nullptr) break;
    std::memcpy(out, h, 16);
    return;
  }
  rt.internal_error(std::string("strconv: no global ") + name + " in the image");
  raise_fatal();
}

// &NumError{fn, num, err} as an error value at `result` (itab, pointer).
// num is already cloned (a header), err 16 bytes.
void put_numerror(Runtime& rt, uint8_t* result, std::string_view fn, const uint8_t num[16], const uint8_t err[16],
                  NativeId by) {
  uint8_t fn_hdr[16];
  put_constant(rt, fn_hdr, fn, by);
  const Itab& tab = error_itab(rt, "*strconv.NumError");
  const Addr p = rt.newobject(type_named(rt, "strconv.NumError"), by);
  uint8_t* b = p != 0 ? rt.mem().host(p, kNumErrorSize) : nullptr;
  if (b == nullptr) raise_fatal();
  std::memcpy(b, fn_hdr, 16);
  std::memcpy(b + 16, num, 16);
  std::memcpy(b + 32, err, 16);
  store64(result, tab.addr);
  store64(result + 8, p);
}

// syntaxError / rangeError: &NumError{fn, Clone(s), ErrSyntax or ErrRange}.
void numerror(Runtime& rt, uint8_t* result, std::string_view fn, std::string_view s, const char* which, NativeId by) {
  uint8_t num[16], err[16];
  clone_into(rt, num, s, by);
  package_error(rt, which, err);
  put_numerror(rt, result, fn, num, err, by);
}

// errors.New(text): a new *errors.errorString as an error (16 bytes).
void new_error(Runtime& rt, std::string_view text, uint8_t out[16], NativeId by) {
  uint8_t hdr[16];
  if (!rt.make_string(hdr, text, by, "strconv builds the message of its error")) raise_fatal();
  const Itab& tab = error_itab(rt, "*errors.errorString");
  const Addr p = rt.newobject(type_named(rt, "errors.errorString"), by);
  uint8_t* b = p != 0 ? rt.mem().host(p, 16) : nullptr;
  if (b == nullptr) raise_fatal();
  std::memcpy(b, hdr, 16);
  store64(out, tab.addr);
  store64(out + 8, p);
}

// baseError / bitSizeError: &NumError{fn, Clone(s), errors.New(what + Itoa(n))}.
// Itoa of 0..99 is a static string in Go; larger (or negative) numbers
// allocate their digits before the concatenation allocates the message.
void argument_error(Runtime& rt, uint8_t* result, std::string_view fn, std::string_view s, const char* what,
                    int64_t n, NativeId by) {
  uint8_t num[16], err[16], digits[16];
  clone_into(rt, num, s, by);
  const std::string d = std::to_string(n);
  if (n < 0 || n >= 100) {
    if (!rt.make_string(digits, d, by, "strconv formats the digits into a new string")) raise_fatal();
  }
  new_error(rt, std::string(what) + d, err, by);
  put_numerror(rt, result, fn, num, err, by);
}

uint8_t lower(uint8_t c) { return c | ('x' - 'X'); }

// Go's underscoreOK: underscores only between digits or after a base prefix.
bool underscore_ok(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); ++i) {
    const auto c = static_cast<uint8_t>(s[i]);
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// The outcome of Go's ParseUint: its value, and whether it failed with
// a range error (err is then ErrRange's NumError) or another error.
struct Parsed {
  uint64_t value = 0;
  bool failed = false;
  bool range = false;
};

// Go's ParseUint(s, base, bitSize), its error written at err (16 bytes).
Parsed parse_uint(Runtime& rt, std::string_view s, int64_t base, int64_t bit_size, std::string_view fn, uint8_t* err,
                  NativeId by) {
  Parsed r;
  r.failed = true;
  if (s.empty()) {
    numerror(rt, err, fn, s, "strconv.ErrSyntax", by);
    return r;
  }
  const bool base0 = base == 0;
  const std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && lower(s[1]) == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else if (base < 2 || base > 36) {
    argument_error(rt, err, fn, s0, "invalid base ", base, by);
    return r;
  }
  if (bit_size == 0) {
    bit_size = 64;
  } else if (bit_size < 0 || bit_size > 64) {
    argument_error(rt, err, fn, s0, "invalid bit size ", bit_size, by);
    return r;
  }
  const uint64_t cutoff = UINT64_MAX / static_cast<uint64_t>(base) + 1;
  const uint64_t max_val = bit_size == 64 ? UINT64_MAX : (uint64_t{1} << bit_size) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (const char ch : s) {
    const auto c = static_cast<uint8_t>(ch);
    uint8_t d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      numerror(rt, err, fn, s0, "strconv.ErrSyntax", by);
      return r;
    }
    if (d >= base) {
      numerror(rt, err, fn, s0, "strconv.ErrSyntax", by);
      return r;
    }
    if (n >= cutoff) {  // n*base overflows
      numerror(rt, err, fn, s0, "strconv.ErrRange", by);
      r.value = max_val;
      r.range = true;
      return r;
    }
    n *= static_cast<uint64_t>(base);
    const uint64_t n1 = n + d;
    if (n1 < n || n1 > max_val) {  // n+d overflows
      numerror(rt, err, fn, s0, "strconv.ErrRange", by);
      r.value = max_val;
      r.range = true;
      return r;
    }
    n = n1;
  }
  if (underscores && !underscore_ok(s0)) {
    numerror(rt, err, fn, s0, "strconv.ErrSyntax", by);
    return r;
  }
  r.failed = false;
  r.value = n;
  return r;
}

// Go's ParseInt(s, base, bitSize) as Func fn (ParseInt, or Atoi's slow
// path, which then sets Func): the value at out, the error at err.
void parse_int(Runtime& rt, std::string_view s, int64_t base, int64_t bit_size, std::string_view fn, int64_t* out,
               uint8_t* err, NativeId by) {
  *out = 0;
  store64(err, 0);
  store64(err + 8, 0);
  if (s.empty()) return numerror(rt, err, fn, s, "strconv.ErrSyntax", by);
  const std::string_view s0 = s;
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  uint8_t uerr[16] = {};
  const Parsed u = parse_uint(rt, s, base, bit_size, "ParseUint", uerr, by);
  if (u.failed && !u.range) {
    // err.(*NumError).Func = fn; err.(*NumError).Num = Clone(s0)
    const Addr p = load64(uerr + 8);
    uint8_t* b = rt.mem().host(p, kNumErrorSize);
    if (b == nullptr) raise_fatal();
    uint8_t num[16];
    clone_into(rt, num, s0, by);
    b = rt.mem().host(p, kNumErrorSize);
    if (b == nullptr) raise_fatal();
    put_constant(rt, b, fn, by);
    std::memcpy(b + 16, num, 16);
    std::memcpy(err, uerr, 16);
    return;
  }
  if (bit_size == 0) bit_size = 64;
  const uint64_t cutoff = uint64_t{1} << (bit_size - 1);
  if (!neg && u.value >= cutoff) {
    *out = static_cast<int64_t>(cutoff - 1);
    return numerror(rt, err, fn, s0, "strconv.ErrRange", by);
  }
  if (neg && u.value > cutoff) {
    *out = static_cast<int64_t>(0 - cutoff);
    return numerror(rt, err, fn, s0, "strconv.ErrRange", by);
  }
  *out = neg ? static_cast<int64_t>(0 - u.value) : static_cast<int64_t>(u.value);
}

// Quote(s) as Go allocates it inside (*NumError).Error, where gc inlines
// Quote: make([]byte, 0, 3*len(s)/2), append's regrowths, and string(buf)
// only past 32 bytes (shorter, the conversion feeds the concatenation
// only and uses the frame's tmpBuf, as Go 1.19 and today's Go do).
void quote_into(Runtime& rt, std::string_view s, NativeId by, const char* reason) {
  const std::string q = quote(s);
  auto allocate = [&](int64_t n) {
    const std::string type = "[" + std::to_string(n) + "]uint8";
    if (rt.mallocgc(static_cast<uint64_t>(n), type.c_str(), by, reason) == 0) raise_fatal();
  };
  auto cap = static_cast<int64_t>(3 * s.size() / 2);
  if (cap > 0) allocate(cap);
  while (cap < static_cast<int64_t>(q.size())) {
    const GrowCap g = growslice_cap(1, cap + 1, cap);
    if (g.overflow) raise_fatal();
    cap = static_cast<int64_t>(g.capmem);
    allocate(cap);
  }
  uint8_t hdr[16];
  if (q.size() > kTmpBufSize && !rt.make_string(hdr, q, by, reason)) raise_fatal();
}

// e.Err.Error() for the error types whose Error is the runtime's own.
std::string error_text(Runtime& rt, Addr tab_addr, Addr data, int depth);

std::string numerror_text(Runtime& rt, Addr e, int depth, bool allocate, NativeId by, uint8_t* result) {
  const uint8_t* b = e != 0 ? rt.mem().host(e, kNumErrorSize) : nullptr;
  if (b == nullptr) nil_deref(rt);
  const std::string fn(string_at(rt, b));
  const std::string num(string_at(rt, b + 16));
  const Addr tab = load64(b + 32), data = load64(b + 40);
  if (allocate) quote_into(rt, num, by, "strconv.Quote builds its result in a []byte");  // Go calls Quote first
  const std::string text = "strconv." + fn + ": parsing " + quote(num) + ": " + error_text(rt, tab, data, depth + 1);
  if (allocate && !rt.make_string(result, text, by, "(*strconv.NumError).Error concatenates its message")) raise_fatal();
  return text;
}

std::string error_text(Runtime& rt, Addr tab_addr, Addr data, int depth) {
  if (tab_addr == 0) nil_deref(rt);
  const Itab* tab = rt.image().itab_at(tab_addr);
  const TypeDesc* t = tab != nullptr ? rt.image().type_at(tab->type) : nullptr;
  if (t == nullptr) {
    rt.internal_error("(*strconv.NumError).Error: no itab at its Err's type word");
    raise_fatal();
  }
  if (depth > 1000) {
    rt.fatal("govm: (*strconv.NumError).Error: NumErrors nested more than 1000 deep");
    raise_fatal();
  }
  if (t->name == "*errors.errorString" || t->name == "*fmt.wrapError") {
    const uint8_t* b = data != 0 ? rt.mem().host(data, 16) : nullptr;
    if (b == nullptr) nil_deref(rt);
    return std::string(string_at(rt, b));
  }
  if (t->name == "*strconv.NumError") return numerror_text(rt, data, depth, false, NativeId::NumError_Error, nullptr);
  rt.fatal("govm: (*strconv.NumError).Error does not call a program's own Error method yet (its Err is a " + t->name +
           ")");
  raise_fatal();
}

int64_t arg_int(const uint8_t* p) { return static_cast<int64_t>(load64(p)); }

}  // namespace

// strconv.Atoi(s string) (int, error)
NativeResult strconv_Atoi(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strconv_Atoi;
    const std::string_view s = string_at(rt, args);
    uint8_t* err = args + 24;
    store64(args + 16, 0);
    store64(err, 0);
    store64(err + 8, 0);
    if (!s.empty() && s.size() < 19) {  // Go's fast path for small integers
      std::string_view d = s;
      if (d[0] == '-' || d[0] == '+') {
        d.remove_prefix(1);
        if (d.empty()) return numerror(rt, err, "Atoi", s, "strconv.ErrSyntax", by);
      }
      int64_t n = 0;
      for (const char ch : d) {
        const auto c = static_cast<uint8_t>(static_cast<uint8_t>(ch) - '0');
        if (c > 9) return numerror(rt, err, "Atoi", s, "strconv.ErrSyntax", by);
        n = n * 10 + c;
      }
      store64(args + 16, static_cast<uint64_t>(s[0] == '-' ? -n : n));
      return;
    }
    int64_t v = 0;
    parse_int(rt, s, 10, 0, "ParseInt", &v, err, by);
    if (load64(err) != 0) {  // nerr.Func = fnAtoi
      uint8_t* b = rt.mem().host(load64(err + 8), kNumErrorSize);
      if (b == nullptr) raise_fatal();
      put_constant(rt, b, "Atoi", by);
    }
    store64(args + 16, static_cast<uint64_t>(v));
  });
}

// strconv.ParseInt(s string, base int, bitSize int) (int64, error)
NativeResult strconv_ParseInt(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    int64_t v = 0;
    parse_int(rt, string_at(rt, args), arg_int(args + 16), arg_int(args + 24), "ParseInt", &v, args + 40,
              NativeId::strconv_ParseInt);
    store64(args + 32, static_cast<uint64_t>(v));
  });
}

// strconv.ParseUint(s string, base int, bitSize int) (uint64, error)
NativeResult strconv_ParseUint(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    store64(args + 32, 0);
    store64(args + 40, 0);
    store64(args + 48, 0);
    const Parsed p = parse_uint(rt, string_at(rt, args), arg_int(args + 16), arg_int(args + 24), "ParseUint",
                                args + 40, NativeId::strconv_ParseUint);
    store64(args + 32, p.value);
  });
}

// strconv.ParseBool(str string) (bool, error)
NativeResult strconv_ParseBool(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    const std::string_view s = string_at(rt, args);
    args[16] = 0;
    store64(args + 24, 0);
    store64(args + 32, 0);
    if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") {
      args[16] = 1;
      return;
    }
    if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") return;
    numerror(rt, args + 24, "ParseBool", s, "strconv.ErrSyntax", NativeId::strconv_ParseBool);
  });
}

// strconv.FormatBool(b bool) string: Go's constants, no allocation.
NativeResult strconv_FormatBool(Runtime& rt, uint8_t* args) {
  return guarded([&] { put_constant(rt, args + 8, args[0] != 0 ? "true" : "false", NativeId::strconv_FormatBool); });
}

// strconv.(*NumError).Error(e *NumError) string
NativeResult NumError_Error(Runtime& rt, uint8_t* args) {
  // The result's words are pointer words of the caller's frame: zeroed
  // before anything is allocated, as Go's callee zeroes its results.
  store64(args + 8, 0);
  store64(args + 16, 0);
  return guarded([&] { numerror_text(rt, load64(args), 0, true, NativeId::NumError_Error, args + 8); });
}

// strconv.(*NumError).Unwrap(e *NumError) error: e.Err.
NativeResult NumError_Unwrap(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    const Addr e = load64(args);
    const uint8_t* b = e != 0 ? rt.mem().host(e, kNumErrorSize) : nullptr;
    if (b == nullptr) nil_deref(rt);
    std::memcpy(args + 8, b + 32, 16);
  });
}

}  // namespace native

}  // namespace govm
