// Package fmt's printing entries: fmt.Println, fmt.Print, fmt.Printf.
//
// This is a port of Go's fmt/print.go (the pp printer: argument walking,
// verbs, error forms) and fmt/format.go (the fmt formatter: flags, width,
// precision, padding), restricted to the kinds govm has. Names follow Go's
// (do_printf, print_arg, bad_verb, fmt_integer, pad...) so that the two can
// be read side by side; behaviour is checked against real Go's output in
// tests/unit/runtime/fmt_test.cpp.
//
// Arguments arrive as Go passes them: a []interface{} whose elements are
// (type descriptor address, data address) pairs; the data address points
// at the value wherever it lives (a frame, rodata, the heap). A nil
// interface has a zero type word.
//
// Supported: booleans, integers of every width, strings, floats (%v, and
// %e %f %g with precision; (issue 6) %b %x %X and '#', runtime/ftoa.cpp),
// complex (%v); %T and %p; every
// flag (- + # 0 space), width and precision including '*' and explicit
// argument indexes ([n]); Go's error forms (%!d(string=hi), %!(MISSING),
// %!(EXTRA ...), %!(NOVERB), %!(BADWIDTH), %!(BADPREC), %!d(BADINDEX)).
//
// Composite values (issue 3) are walked as Go's printValue walks them, by
// their type descriptors' structure (image.h): structs {1 2}, %+v {X:1 Y:2},
// %#v main.T{X:1, Y:2}; arrays and slices [1 2], nil slice []; maps
// map[a:1 b:2] in fmtsort's key order (fmt_sort.h), nil map map[];
// pointers to a struct, array, slice or map as &{...} at depth 0 only (so a
// cycle cannot recurse), an address everywhere else; interfaces by their
// dynamic value. The verb and flags apply to every element, so %x of
// []int{10} is [a] and %s of []int{1} is [%!s(int=1)]; byte slices and
// arrays print as strings under %s %q %x %X, and a []byte argument under
// %#v as []byte{0x1}, as Go's special cases do. (issue 6) Methods: Error,
// String and GoString of the program's types are called as Go's
// handleMethods calls them, through the call site's loop
// (runtime/fmt_methods.cpp: call_method), panics included (catchPanic);
// Format is not. time.Duration's String is built in (handle_methods).
//
// (issue 6) Sprint, Sprintf and Sprintln share the printer; the result is
// one heap allocation of the buffer's bytes (sprint_with).
//
// Every read of VM memory goes through AddressSpace::host with a check: an
// unmapped address in a value fmt is given is an internal error, never a
// host fault. Nesting deeper than kMaxDepth (a cycle through interfaces,
// which Go would follow until its stack overflowed) ends the run with a
// limit. Output past --max-output is not formatted at all: formatting stops
// once the buffer passes what may still be written.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/errors_wrap.h"  // (issue 6, errs) fmt.Errorf
#include "runtime/fmt_methods.h"
#include "runtime/fmt_sort.h"
#include "runtime/ftoa.h"
#include "runtime/map.h"
#include "runtime/runtime.h"
#include "runtime/strconv.h"
#include "runtime/value_format.h"

namespace govm::native {

namespace {

Addr dynamic_type(const Image& image, const TypeDesc& t, Addr w);  // (issue 6, fmt) below

constexpr char kLDigits[] = "0123456789abcdefx";
constexpr char kUDigits[] = "0123456789ABCDEFX";


// Deeper than this, a value is not printed (see the top of the file).
constexpr int kMaxDepth = 64;
// No string, slice or array is larger (the heap's 16 GiB of addresses); a
// larger length is a corrupt header, checked before multiplying by a size.
constexpr uint64_t kMaxValueBytes = kHeapSpan;

// A value in VM memory: Go's reflect.Value, for printValue.
struct Value {
  const TypeDesc* type = nullptr;  // nullptr: the zero Value (a nil interface)
  Addr addr = 0;                   // where the value lives
};

// One element of the []interface{}.
struct Arg {
  const TypeDesc* type = nullptr;  // nullptr: a nil interface
  Addr addr = 0;                   // VM address of the value
  const uint8_t* data = nullptr;   // host pointer to the value
  bool nil() const { return type == nullptr; }
  Value value() const { return {type, addr}; }
};

struct Flags {
  bool wid_present = false, prec_present = false;
  bool minus = false, plus = false, sharp = false, space = false, zero = false;
  bool plus_v = false, sharp_v = false;  // %+v and %#v
};

// Go's pp and fmt in one: an output buffer, the current flags, and the
// argument being printed (for the %!verb(type=value) error form).
class Printer {
 public:
  // strict: an unmapped address in a value is an internal error, and the
  // program's output budget bounds the formatting (fmt); otherwise the
  // printer just fails (inspection: the value shows as "?") and stops at
  // kInspectRoom bytes.
  Printer(Runtime& rt, bool strict) : rt_(rt), strict_(strict) {
    const RuntimeOptions& o = rt.options();
    if (!strict)
      room_ = kInspectRoom;
    else if (o.max_output != 0 && rt.failure().empty())
      room_ = o.max_output > rt.output_bytes() ? o.max_output - rt.output_bytes() : 0;
  }
  // (issue 6, fmt) A printer whose result is a string, not output: at
  // most `room` bytes are formatted.
  Printer(Runtime& rt, bool strict, uint64_t room) : rt_(rt), strict_(strict), room_(room) {}
  static constexpr uint64_t kInspectRoom = 4096;
  bool truncated() const { return buf.size() > room_; }
  std::string buf;
  bool failed() const { return failed_; }

  // printValue for a value outside an argument list (format_value_at).
  void print_top(const Value& v) {
    if (!handle_methods(v, 'v')) print_value(v, 'v', 0);  // (issue 5) as an argument: a Duration's String
  }

  void do_println(const std::vector<Arg>& a) {
    for (size_t i = 0; i < a.size(); ++i) {
      if (i > 0) buf += ' ';
      print_arg(a[i], 'v');
    }
    buf += '\n';
  }

  void do_print(const std::vector<Arg>& a) {
    bool prev_string = false;
    for (size_t i = 0; i < a.size(); ++i) {
      const bool is_string = !a[i].nil() && a[i].type->kind == TypeKind::String;
      if (i > 0 && !is_string && !prev_string) buf += ' ';  // a space between two non-strings
      print_arg(a[i], 'v');
      prev_string = is_string;
    }
  }

  void do_printf(std::string_view format, const std::vector<Arg>& a);

 private:
  // ---- pp: arguments and verbs ----
  void print_arg(const Arg& arg, char32_t verb);
  void print_value(const Value& v, char32_t verb, int depth);
  void print_map(const Value& v, const uint8_t* p, char32_t verb, int depth);
  void print_struct(const Value& v, char32_t verb, int depth);
  void print_interface(const Value& v, const uint8_t* p, char32_t verb, int depth);
  void print_list(const Value& v, const uint8_t* p, char32_t verb, int depth);
  void print_pointer(const Value& v, const uint8_t* p, char32_t verb, int depth);
  bool handle_methods(const Value& v, char32_t verb);  // (issue 5)
  void fmt_bytes(const Value& v, std::string_view bytes, bool nil, char32_t verb, std::string_view type_string);
  bool byte_elems(const Value& v, const uint8_t* p, std::string_view& bytes, bool& nil);
  void bad_verb(char32_t verb);
  void fmt_bool(bool v, char32_t verb);
  void fmt_integer(uint64_t v, bool is_signed, char32_t verb);
  void fmt_float(double v, int size, char32_t verb);
  void fmt_complex(double re, double im, int size, char32_t verb);
  void fmt_string(std::string_view v, char32_t verb);
  void fmt_pointer(const Value& v, char32_t verb);
  void fmt_0x64(uint64_t v, bool leading0x) {
    const bool sharp = f_.sharp;
    f_.sharp = leading0x;
    fmt_integer_base(v, 16, false, 'v', kLDigits);
    f_.sharp = sharp;
  }
  bool arg_number(size_t& arg_num, std::string_view format, size_t& i, size_t num_args);
  bool int_from_arg(const std::vector<Arg>& a, size_t& arg_num, int& num);

  // ---- fmt: flags, width, precision, padding ----
  void clear_flags() { f_ = Flags{}; wid_ = prec_ = 0; }
  void write_padding(int n) {
    if (n > 0) buf.append(static_cast<size_t>(n), f_.zero ? '0' : ' ');
  }
  void pad(std::string_view s) {
    if (!f_.wid_present || wid_ == 0) {
      buf += s;
      return;
    }
    const int width = wid_ - static_cast<int>(utf8_rune_count(s));
    if (!f_.minus) {
      write_padding(width);
      buf += s;
    } else {
      buf += s;
      write_padding(width);
    }
  }
  void pad_no_zero(std::string_view s) {
    const bool old = f_.zero;
    f_.zero = false;
    pad(s);
    f_.zero = old;
  }
  std::string_view truncate(std::string_view s) const;
  void fmt_integer_base(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits);
  void fmt_unicode(uint64_t u);
  void fmt_c(uint64_t c);
  void fmt_qc(uint64_t c);
  void fmt_sbx(std::string_view s, const char* digits);
  void fmt_q(std::string_view s);
  void fmt_float_num(std::string num, char32_t verb);

  // ---- reading VM memory ----
  const uint8_t* read(Addr a, uint64_t n, const char* what);
  const TypeDesc* type_at(Addr a, const char* what);
  void fail(const std::string& why);
  // True once formatting should stop: a failure, or more output than may
  // still be written.
  bool stop() const { return failed_ || buf.size() > room_ || (calls_ != nullptr && calls_->requested()); }

  Runtime& rt_;
  const bool strict_;
  bool failed_ = false;
  uint64_t room_ = UINT64_MAX;  // output bytes that may still be written
  Flags f_;
  int wid_ = 0, prec_ = 0;
  Value value_;  // Go's p.value: the value being printed, for bad_verb
  // (issue 5) Printing inside an unexported struct field: reflect's
  // flagRO, under which fmt calls no method (a Duration prints as int64).
  bool ro_ = false;
  bool good_arg_num_ = true;
  bool reordered_ = false;
  // (issue 6, fmt) Go methods (String, Error, GoString) through the call
  // site's loop (fmt_methods.cpp); nullptr: none is called (inspection).
  // erroring_: Go's p.erroring, no method is called while a bad verb's
  // operand is printed.
  FmtMethodCalls* calls_ = nullptr;
  bool erroring_ = false;
  bool call_method(const Value& v, char32_t verb);

 public:
  void set_method_calls(FmtMethodCalls* c) { calls_ = c != nullptr && c->usable() ? c : nullptr; }
  // (issue 6, errs) Go's p.wrapErrs (Errorf: %w accepts an error operand)
  // and p.wrappedErrs (the operands %w printed, in format order).
  bool wrap_errs = false;
  std::vector<size_t> wrapped;
  bool reordered() const { return reordered_; }
};

// ---- fmt ------------------------------------------------------------------

std::string_view Printer::truncate(std::string_view s) const {
  if (!f_.prec_present) return s;
  int n = prec_;
  size_t i = 0;
  while (i < s.size()) {
    if (--n < 0) return s.substr(0, i);
    char32_t r;
    i += utf8_decode(s.substr(i), r);
  }
  return s;
}

void Printer::fmt_integer_base(uint64_t u, int base, bool is_signed, char32_t verb, const char* digits) {
  const bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = 0 - u;
  size_t size = 68;
  if (f_.wid_present || f_.prec_present) size = std::max<size_t>(size, 3 + static_cast<size_t>(wid_) + prec_);
  std::string b(size, '\0');
  int prec = 0;
  if (f_.prec_present) {
    prec = prec_;
    if (prec == 0 && u == 0) {  // precision 0 and value 0 print nothing but padding
      const bool old = f_.zero;
      f_.zero = false;
      write_padding(wid_);
      f_.zero = old;
      return;
    }
  } else if (f_.zero && f_.wid_present) {
    prec = wid_;
    if (negative || f_.plus || f_.space) --prec;  // leave room for the sign
  }
  size_t i = size;
  const uint64_t ubase = static_cast<uint64_t>(base);
  while (u >= ubase) {
    b[--i] = digits[u % ubase];
    u /= ubase;
  }
  b[--i] = digits[u];
  while (i > 0 && prec > static_cast<int>(size - i)) b[--i] = '0';
  if (f_.sharp) {
    if (base == 2) {
      b[--i] = 'b';
      b[--i] = '0';
    } else if (base == 8) {
      if (b[i] != '0') b[--i] = '0';
    } else if (base == 16) {
      b[--i] = digits[16];
      b[--i] = '0';
    }
  }
  if (verb == 'O') {
    b[--i] = 'o';
    b[--i] = '0';
  }
  if (negative)
    b[--i] = '-';
  else if (f_.plus)
    b[--i] = '+';
  else if (f_.space)
    b[--i] = ' ';
  pad_no_zero(std::string_view(b).substr(i));
}

void Printer::fmt_unicode(uint64_t u) {
  std::string suffix;  // %#U appends the rune itself when printable: U+0041 'A'
  if (f_.sharp && u <= kMaxRune && is_print(static_cast<char32_t>(u))) {
    suffix = " '";
    utf8_append(suffix, static_cast<char32_t>(u));
    suffix += '\'';
  }
  int prec = (f_.prec_present && prec_ > 4) ? prec_ : 4;
  std::string digits;
  do {
    digits.insert(digits.begin(), kUDigits[u & 0xF]);
    --prec;
    u >>= 4;
  } while (u != 0);
  pad_no_zero("U+" + std::string(static_cast<size_t>(std::max(prec, 0)), '0') + digits + suffix);
}

void Printer::fmt_c(uint64_t c) {
  std::string s;
  utf8_append(s, c > kMaxRune ? kRuneError : static_cast<char32_t>(c));
  pad(s);
}

void Printer::fmt_qc(uint64_t c) {
  pad(quote_rune(c > kMaxRune ? kRuneError : static_cast<char32_t>(c), f_.plus));
}

void Printer::fmt_sbx(std::string_view s, const char* digits) {
  int length = static_cast<int>(s.size());
  if (f_.prec_present && prec_ < length) length = prec_;
  int width = 2 * length;
  if (width > 0) {
    if (f_.space) {
      if (f_.sharp) width *= 2;
      width += length - 1;
    } else if (f_.sharp) {
      width += 2;
    }
  } else {  // nothing to encode: only the padding
    if (f_.wid_present) write_padding(wid_);
    return;
  }
  if (f_.wid_present && wid_ > width && !f_.minus) write_padding(wid_ - width);
  if (f_.sharp) {
    buf += '0';
    buf += digits[16];
  }
  for (int i = 0; i < length; ++i) {
    if (f_.space && i > 0) {
      buf += ' ';
      if (f_.sharp) {
        buf += '0';
        buf += digits[16];
      }
    }
    const auto c = static_cast<uint8_t>(s[i]);
    buf += digits[c >> 4];
    buf += digits[c & 0xF];
  }
  if (f_.wid_present && wid_ > width && f_.minus) write_padding(wid_ - width);
}

void Printer::fmt_q(std::string_view s) {
  s = truncate(s);
  if (f_.sharp && can_backquote(s)) {
    pad("`" + std::string(s) + "`");
    return;
  }
  pad(quote(s, f_.plus));
}

// Go's fmt.fmtFloat after strconv has produced `num` (with its sign, if
// negative): sign, Inf/NaN and zero-padding rules; (issue 6) '#' as
// ftoa.cpp's sharp_float.
void Printer::fmt_float_num(std::string num, char32_t verb) {
  if (num[0] != '-' && num[0] != '+') num.insert(num.begin(), '+');
  if (f_.space && num[0] == '+' && !f_.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {  // infinities and NaN are never zero-padded
    if (num[1] == 'N' && !f_.space && !f_.plus) num.erase(0, 1);
    pad_no_zero(num);
    return;
  }
  if (f_.sharp) {
    const bool fixed6 = verb == 'e' || verb == 'E' || verb == 'f' || verb == 'F';
    const int prec = f_.prec_present ? prec_ : fixed6 ? 6 : -1;
    num = num.substr(0, 1) + sharp_float(num.substr(1), static_cast<char>(verb), prec);
  }
  if (f_.plus || num[0] != '+') {
    if (f_.zero && f_.wid_present && wid_ > static_cast<int>(num.size())) {
      buf += num[0];  // the sign goes before the zeros
      write_padding(wid_ - static_cast<int>(num.size()));
      buf.append(num, 1);
      return;
    }
    pad(num);
    return;
  }
  pad(std::string_view(num).substr(1));
}

// ---- pp ---------------------------------------------------------------------

void Printer::bad_verb(char32_t verb) {
  buf += "%!";
  utf8_append(buf, verb);
  buf += '(';
  const Value v = value_;  // printing it below moves value_
  if (v.type != nullptr) {
    buf += v.type->name;
    buf += '=';
    const bool erroring = erroring_;
    erroring_ = true;  // (issue 6, fmt) Go's p.erroring
    print_value(v, 'v', 0);
    erroring_ = erroring;
  } else {
    buf += "<nil>";
  }
  buf += ')';
}

void Printer::fmt_bool(bool v, char32_t verb) {
  if (verb == 't' || verb == 'v')
    pad(v ? "true" : "false");
  else
    bad_verb(verb);
}

void Printer::fmt_integer(uint64_t v, bool is_signed, char32_t verb) {
  switch (verb) {
    case 'v':
      if (f_.sharp_v && !is_signed)
        fmt_0x64(v, true);
      else
        fmt_integer_base(v, 10, is_signed, verb, kLDigits);
      return;
    case 'd': fmt_integer_base(v, 10, is_signed, verb, kLDigits); return;
    case 'b': fmt_integer_base(v, 2, is_signed, verb, kLDigits); return;
    case 'o':
    case 'O': fmt_integer_base(v, 8, is_signed, verb, kLDigits); return;
    case 'x': fmt_integer_base(v, 16, is_signed, verb, kLDigits); return;
    case 'X': fmt_integer_base(v, 16, is_signed, verb, kUDigits); return;
    case 'c': fmt_c(v); return;
    case 'q': fmt_qc(v); return;
    case 'U': fmt_unicode(v); return;
    default: bad_verb(verb);
  }
}

void Printer::fmt_float(double v, int size, char32_t verb) {
  if (verb == 'v' && f_.prec_present) verb = 'g';  // (issue 6, fmt) Go: %.2v is %.2g
  switch (verb) {
    case 'v': fmt_float_num(format_float_shortest(v, size), verb); return;
    case 'b':
    case 'x':
    case 'X':  // (issue 6) strconv's binary and hex forms (runtime/ftoa.cpp)
      if (std::isnan(v) || std::isinf(v)) {
        fmt_float_num(format_float_shortest(v, size), verb);
        return;
      }
      fmt_float_num(format_float_binary(v, static_cast<char>(verb), verb != 'b' && f_.prec_present ? prec_ : -1, size),
                    verb);
      return;
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      if ((verb == 'g' || verb == 'G') && !f_.prec_present) {  // shortest, as %v
        std::string s = format_float_shortest(v, size);
        if (verb == 'G')
          for (char& c : s) c = c == 'e' ? 'E' : c;
        fmt_float_num(s, verb);
        return;
      }
      if (std::isnan(v) || std::isinf(v)) {
        fmt_float_num(format_float_shortest(v, size), verb);
        return;
      }
      // Correctly rounded in both C and Go, so %.Ne/%.Nf/%.Ng agree.
      const int prec = f_.prec_present ? prec_ : 6;
      const char conv = verb == 'F' ? 'f' : static_cast<char>(verb);
      const char fmt[] = {'%', '.', '*', conv, '\0'};
      char tmp[400];
      const int n = std::snprintf(tmp, sizeof tmp, fmt, prec, v);
      if (n < 0 || n >= static_cast<int>(sizeof tmp)) {
        buf += '?';
        return;
      }
      fmt_float_num(std::string(tmp, static_cast<size_t>(n)), verb);
      return;
    }
    default: bad_verb(verb);
  }
}

void Printer::fmt_complex(double re, double im, int size, char32_t verb) {
  if (verb != 'v' && verb != 'e' && verb != 'E' && verb != 'f' && verb != 'F' && verb != 'g' && verb != 'G') {
    bad_verb(verb);
    return;
  }
  const bool old_plus = f_.plus;
  buf += '(';
  fmt_float(re, size / 2, verb);
  f_.plus = true;  // the imaginary part always has a sign
  fmt_float(im, size / 2, verb);
  buf += "i)";
  f_.plus = old_plus;
}

void Printer::fmt_string(std::string_view v, char32_t verb) {
  switch (verb) {
    case 'v':
      if (f_.sharp_v)
        fmt_q(v);
      else
        pad(truncate(v));
      return;
    case 's': pad(truncate(v)); return;
    case 'x': fmt_sbx(v, kLDigits); return;
    case 'X': fmt_sbx(v, kUDigits); return;
    case 'q': fmt_q(v); return;
    default: bad_verb(verb);
  }
}

void Printer::fmt_pointer(const Value& v, char32_t verb) {
  const TypeKind k = v.type->kind;
  if (k != TypeKind::Chan && k != TypeKind::Func && k != TypeKind::Map && k != TypeKind::Pointer &&
      k != TypeKind::Slice && k != TypeKind::UnsafePointer) {
    bad_verb(verb);
    return;
  }
  const uint8_t* p = read(v.addr, 8, "a pointer");
  if (p == nullptr) return;
  uint64_t u = load64(p);  // the pointer; a slice's data pointer; a map's hmap
  // (issue 6, func) a func value prints its code pointer, as reflect's
  // Pointer(): the entry in its funcval's word 0.
  if (k == TypeKind::Func && u != 0) {
    const uint8_t* fv = read(u, 8, "a funcval");
    if (fv == nullptr) return;
    u = load64(fv);
  }
  switch (verb) {
    case 'v':
      if (f_.sharp_v) {
        buf += "(" + v.type->name + ")(";
        if (u == 0)
          buf += "nil";
        else
          fmt_0x64(u, true);
        buf += ')';
      } else if (u == 0) {
        pad("<nil>");
      } else {
        fmt_0x64(u, !f_.sharp);
      }
      return;
    case 'p': fmt_0x64(u, !f_.sharp); return;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': fmt_integer(u, false, verb); return;
    default: bad_verb(verb);
  }
}

// ---- reading VM memory ------------------------------------------------------------

void Printer::fail(const std::string& why) {
  if (failed_) return;
  failed_ = true;
  if (strict_) rt_.internal_error("fmt: " + why);
}

const uint8_t* Printer::read(Addr a, uint64_t n, const char* what) {
  static constexpr uint8_t kZeroSized[8] = {};  // struct{}, [0]T: nothing to read, wherever they are
  if (failed_) return nullptr;
  if (n == 0) return kZeroSized;
  const uint8_t* p = rt_.mem().host(a, n);
  if (p == nullptr) {
    char at[24];
    std::snprintf(at, sizeof at, "%#llx", static_cast<unsigned long long>(a));
    fail(std::string(what) + " at " + at + " is not mapped");
  }
  return p;
}

const TypeDesc* Printer::type_at(Addr a, const char* what) {
  if (failed_) return nullptr;
  const TypeDesc* t = rt_.image().type_at(a);
  if (t == nullptr) fail(std::string("no type descriptor for ") + what);
  return t;
}

// ---- pp: values ---------------------------------------------------------------------

// A []byte argument: Go's printArg case []byte, taken for the unnamed
// []uint8 only (a named byte slice goes through printValue).
bool is_byte_slice(const Runtime& rt, const TypeDesc& t) {
  if (t.kind != TypeKind::Slice || t.named) return false;
  const TypeDesc* e = rt.image().type_at(t.elem);
  return e != nullptr && e->kind == TypeKind::Uint8 && !e->named;
}

void Printer::print_arg(const Arg& arg, char32_t verb) {
  value_ = arg.value();
  if (arg.nil()) {
    if (verb == 'T' || verb == 'v')
      pad("<nil>");
    else
      bad_verb(verb);
    return;
  }
  const TypeDesc& t = *arg.type;
  if (verb == 'w') {  // (issue 6, errs) Go's handleMethods: %w only in Errorf, only of an error
    if (!wrap_errs || t.method_named("Error") == nullptr) {
      bad_verb(verb);
      return;
    }
    verb = 'v';
  }
  if (verb == 'T') {
    pad(truncate(t.name));
    return;
  }
  if (verb == 'p') {
    fmt_pointer(arg.value(), verb);
    return;
  }
  if (is_byte_slice(rt_, t)) {
    std::string_view bytes;
    bool nil = false;
    if (byte_elems(arg.value(), arg.data, bytes, nil)) fmt_bytes(arg.value(), bytes, nil, verb, "[]byte");
    return;
  }
  if (handle_methods(arg.value(), verb)) return;
  print_value(arg.value(), verb, 0);
}

// (issue 5) Go's handleMethods for the one method govm's values have:
// time.Duration's String (on Duration and, through the method set, on
// *Duration), called for %v %s %x %X %q but not %#v, on an argument and on
// any value printValue reaches outside unexported fields. A nil *Duration
// prints <nil> (fmt's catchPanic of the nil dereference).
bool is_duration(const TypeDesc& t) { return t.named && t.kind == TypeKind::Int64 && t.name == "time.Duration"; }

bool Printer::handle_methods(const Value& v, char32_t verb) {
  if (call_method(v, verb)) return true;  // (issue 6, fmt)
  if (f_.sharp_v || (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q')) return false;
  Addr at = v.addr;
  if (v.type->kind == TypeKind::Pointer) {
    const TypeDesc* et = rt_.image().type_at(v.type->elem);
    if (et == nullptr || !is_duration(*et)) return false;
    const uint8_t* p = read(v.addr, 8, "a pointer");
    if (p == nullptr) return true;
    at = load64(p);
    if (at == 0) {
      pad(truncate("<nil>"));
      return true;
    }
  } else if (!is_duration(*v.type)) {
    return false;
  }
  const uint8_t* p = read(at, 8, "a time.Duration");
  if (p != nullptr) fmt_string(duration_string(static_cast<int64_t>(load64(p))), verb);
  return true;
}

// (issue 6, fmt) Go's handleMethods for the methods of the program's own
// types: Error, else String (%v %s %x %X %q), or GoString (%#v), called
// as an interface call would (the data word as receiver) by the call
// site's loop (fmt_methods.cpp). A nil pointer whose method is declared on
// the value type prints <nil> without a call: Go's wrapper would panic
// and fmt's catchPanic print <nil>. Until the result is known the printer
// stops (stop()), and the run's output is dropped.
bool Printer::call_method(const Value& v, char32_t verb) {
  if (erroring_ || calls_ == nullptr || v.type == nullptr) return false;
  const TypeDesc::Method* m = fmt_method(rt_.image(), *v.type, f_.sharp_v, verb);
  if (m == nullptr) return false;
  Addr recv = v.addr;
  if (is_direct_iface(rt_.image(), *v.type)) {
    const uint8_t* p = read(v.addr, 8, "a method's receiver");
    if (p == nullptr) return true;
    recv = load64(p);
  }
  if (v.type->kind == TypeKind::Pointer && recv == 0) {
    const TypeDesc* et = rt_.image().type_at(v.type->elem);
    if (et != nullptr && et->method_named(m->name) != nullptr) {
      buf += "<nil>";  // catchPanic writes it as is: no padding
      return true;
    }
  }
  const G::FmtCall::Result* r = calls_->result(m->ifn, recv);
  if (r == nullptr) return true;  // asked for: the call site makes the call
  if (r->panicked) {  // Go's catchPanic
    if (v.type->kind == TypeKind::Pointer && recv == 0) {
      buf += "<nil>";
      return true;
    }
    buf += "%!";
    utf8_append(buf, verb);
    buf += "(PANIC=" + m->name + " method: " + r->text + ")";
    return true;
  }
  if (f_.sharp_v)
    pad(truncate(r->text));  // Go's fmtS
  else
    fmt_string(r->text, verb);
  return true;
}

// Go's printValue: v printed with verb at nesting depth (0 for an argument).
void Printer::print_value(const Value& v, char32_t verb, int depth) {
  if (stop()) return;
  if (depth > kMaxDepth) {
    failed_ = true;
    if (strict_) rt_.limit_reached("fmt: a value nested more than 64 levels deep (a cycle through interfaces?)");
    return;
  }
  if (depth > 0 && !ro_ && handle_methods(v, verb)) return;  // (issue 5)
  value_ = v;
  const TypeDesc& t = *v.type;
  const uint8_t* p = read(v.addr, t.size, "a value");
  if (p == nullptr) return;
  switch (t.kind) {
    case TypeKind::Bool: fmt_bool(p[0] != 0, verb); return;
    case TypeKind::String: {
      const Addr s = load64(p);
      const uint64_t n = load64(p + 8);
      const uint8_t* bytes = n == 0 ? p : (n <= kMaxValueBytes ? read(s, n, "the bytes of a string") : nullptr);
      if (bytes == nullptr) {
        if (!failed_) fail("a string with a bad length");
        return;
      }
      fmt_string(std::string_view(reinterpret_cast<const char*>(bytes), n), verb);
      return;
    }
    case TypeKind::Complex64:
    case TypeKind::Complex128: {
      TypeDesc half;
      half.kind = t.size == 8 ? TypeKind::Float32 : TypeKind::Float64;
      half.size = half.align = t.size / 2;
      fmt_complex(load_float(half, p), load_float(half, p + t.size / 2), static_cast<int>(t.size * 8), verb);
      return;
    }
    case TypeKind::Map: print_map(v, p, verb, depth); return;
    case TypeKind::Struct: print_struct(v, verb, depth); return;
    case TypeKind::Interface: print_interface(v, p, verb, depth); return;
    case TypeKind::Array:
    case TypeKind::Slice: print_list(v, p, verb, depth); return;
    case TypeKind::Pointer: print_pointer(v, p, verb, depth); return;
    case TypeKind::Chan:
    case TypeKind::Func:
    case TypeKind::UnsafePointer: fmt_pointer(v, verb); return;
    default: break;
  }
  if (is_integer(t.kind)) {
    fmt_integer(load_integer(t, p), is_signed_int(t.kind), verb);
  } else if (is_float(t.kind)) {
    fmt_float(load_float(t, p), static_cast<int>(t.size * 8), verb);
  } else {  // Go's unknownType
    buf += '?';
    buf += t.name;
    buf += '?';
  }
}

// map[k:v k:v], or with %#v map[K]V{k:v, k:v}; entries in fmtsort's order.
void Printer::print_map(const Value& v, const uint8_t* p, char32_t verb, int depth) {
  const Addr h = load64(p);
  if (f_.sharp_v) {
    buf += v.type->name;
    if (h == 0) {
      buf += "(nil)";
      return;
    }
    buf += '{';
  } else {
    buf += "map[";
  }
  const TypeDesc* kt = type_at(v.type->key, "a map's key");
  const TypeDesc* et = type_at(v.type->elem, "a map's element");
  if (kt == nullptr || et == nullptr) return;
  if (h != 0 && read(h, kHmapSize, "a map's header") == nullptr) return;
  std::vector<MapEntry> entries;
  std::string error;
  if (!fmtsort(rt_, *v.type, h, entries, error)) {
    fail(error);
    return;
  }
  for (size_t i = 0; i < entries.size() && !stop(); ++i) {
    if (i > 0) buf += f_.sharp_v ? ", " : " ";
    print_value({kt, entries[i].key}, verb, depth + 1);
    buf += ':';
    print_value({et, entries[i].elem}, verb, depth + 1);
  }
  buf += f_.sharp_v ? '}' : ']';
}

// {1 2}; %+v {X:1 Y:2}; %#v main.T{X:1, Y:2}. An embedded field is named
// by its type, as the descriptor's field name already says.
void Printer::print_struct(const Value& v, char32_t verb, int depth) {
  if (f_.sharp_v) buf += v.type->name;
  buf += '{';
  const std::vector<TypeDesc::Field>& fields = v.type->fields;
  for (size_t i = 0; i < fields.size() && !stop(); ++i) {
    if (i > 0) buf += f_.sharp_v ? ", " : " ";
    if ((f_.plus_v || f_.sharp_v) && !fields[i].name.empty()) {
      buf += fields[i].name;
      buf += ':';
    }
    const TypeDesc* ft = type_at(fields[i].type, "a struct field");
    if (ft == nullptr) return;
    // (issue 5) An unexported field (ASCII rule: not an upper-case letter
    // first) and everything inside it is printed without methods.
    const bool was_ro = ro_;
    if (fields[i].name.empty() || fields[i].name[0] < 'A' || fields[i].name[0] > 'Z') ro_ = true;
    print_value({ft, v.addr + fields[i].offset}, verb, depth + 1);
    ro_ = was_ro;
  }
  buf += '}';
}

// An interface's words are its dynamic type's descriptor and the address
// of its value (govm boxes every dynamic value, as fmt's arguments are
// passed); a nil interface prints <nil> whatever the verb, as in Go.
void Printer::print_interface(const Value& v, const uint8_t* p, char32_t verb, int depth) {
  const Addr data = load64(p + 8);
  const Addr type = dynamic_type(rt_.image(), *v.type, load64(p));  // (issue 6, fmt) an itab's type
  if (load64(p) != 0 && type == 0) {
    fail("an interface's itab is not in the image");
    return;
  }
  if (type == 0) {
    if (f_.sharp_v) {
      buf += v.type->name;
      buf += "(nil)";
    } else {
      buf += "<nil>";
    }
    return;
  }
  const TypeDesc* dyn = type_at(type, "an interface's dynamic type");
  if (dyn == nullptr) return;
  // (issue 6, fmt) A pointer-shaped value is the data word itself.
  print_value({dyn, is_direct_iface(rt_.image(), *dyn) ? v.addr + 8 : data}, verb, depth + 1);
}

// The bytes of a byte array or slice, read in one piece.
bool Printer::byte_elems(const Value& v, const uint8_t* p, std::string_view& bytes, bool& nil) {
  Addr at = v.addr;
  uint64_t n = v.type->len;
  nil = false;
  if (v.type->kind == TypeKind::Slice) {
    at = load64(p);
    n = load64(p + 8);
    nil = at == 0;
  }
  if (n == 0) {
    bytes = {};
    return true;
  }
  const uint8_t* b = n <= kMaxValueBytes ? read(at, n, "the elements of a byte slice") : nullptr;
  if (b == nullptr) {
    if (!failed_) fail("a byte slice with a bad length");
    return false;
  }
  bytes = std::string_view(reinterpret_cast<const char*>(b), n);
  return true;
}

// [1 2 3], or with %#v []int{1, 2, 3}; nil slice [] or []int(nil). Byte
// arrays and slices under %s %q %x %X print as strings (Go's fmtBytes).
void Printer::print_list(const Value& v, const uint8_t* p, char32_t verb, int depth) {
  const TypeDesc* et = type_at(v.type->elem, "an element");
  if (et == nullptr) return;
  if (et->kind == TypeKind::Uint8 && (verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')) {
    std::string_view bytes;
    bool nil = false;
    if (byte_elems(v, p, bytes, nil)) fmt_bytes(v, bytes, nil, verb, v.type->name);
    return;
  }
  Addr at = v.addr;
  uint64_t n = v.type->len;
  const bool slice = v.type->kind == TypeKind::Slice;
  if (slice) {
    at = load64(p);
    n = load64(p + 8);
  }
  if (f_.sharp_v) {
    buf += v.type->name;
    if (slice && at == 0) {
      buf += "(nil)";
      return;
    }
    buf += '{';
  } else {
    buf += '[';
  }
  // The elements must be mapped as a whole (a slice's length is trusted no
  // further than its backing array).
  const uint64_t size = std::max<uint64_t>(et->size, 1);
  if (n > 0 && (n > kMaxValueBytes / size || read(at, n * size, "the elements of a slice or array") == nullptr)) {
    if (!failed_) fail("a slice with a bad length");
    return;
  }
  for (uint64_t i = 0; i < n && !stop(); ++i) {
    if (i > 0) buf += f_.sharp_v ? ", " : " ";
    print_value({et, at + i * et->size}, verb, depth + 1);
  }
  buf += f_.sharp_v ? '}' : ']';
}

// &{1 2}, &[1 2], &map[a:1] for a pointer to a struct, array, slice or map
// at depth 0; an address (or <nil>) anywhere else, so that printing never
// follows a cycle.
void Printer::print_pointer(const Value& v, const uint8_t* p, char32_t verb, int depth) {
  const Addr to = load64(p);
  if (depth == 0 && to != 0) {
    const TypeDesc* et = type_at(v.type->elem, "a pointer's element");
    if (et == nullptr) return;
    const TypeKind k = et->kind;
    if (k == TypeKind::Array || k == TypeKind::Slice || k == TypeKind::Struct || k == TypeKind::Map) {
      buf += '&';
      print_value({et, to}, verb, depth + 1);
      return;
    }
  }
  fmt_pointer(v, verb);
}

// Go's fmtBytes: a byte slice or array as a string under %s %q %x %X; under
// %v and %d as numbers ([]byte{0x1} under %#v, named by type_string).
void Printer::fmt_bytes(const Value& v, std::string_view bytes, bool nil, char32_t verb, std::string_view type_string) {
  switch (verb) {
    case 'v':
    case 'd':
      if (f_.sharp_v) {
        buf += type_string;
        if (nil) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (size_t i = 0; i < bytes.size(); ++i) {
          if (i > 0) buf += ", ";
          fmt_0x64(static_cast<uint8_t>(bytes[i]), true);
        }
        buf += '}';
      } else {
        buf += '[';
        for (size_t i = 0; i < bytes.size(); ++i) {
          if (i > 0) buf += ' ';
          fmt_integer_base(static_cast<uint8_t>(bytes[i]), 10, false, verb, kLDigits);
        }
        buf += ']';
      }
      return;
    case 's': pad(truncate(bytes)); return;
    case 'x': fmt_sbx(bytes, kLDigits); return;
    case 'X': fmt_sbx(bytes, kUDigits); return;
    case 'q': fmt_q(bytes); return;
    default: print_value(v, verb, 0);
  }
}

// Go's argNumber: an explicit [n] index at format[i], if any.
bool Printer::arg_number(size_t& arg_num, std::string_view format, size_t& i, size_t num_args) {
  if (i >= format.size() || format[i] != '[') return false;
  reordered_ = true;
  // parseArgNumber: "[n]" with n >= 1; wid is the bytes consumed.
  std::string_view s = format.substr(i);
  int index = 0;
  size_t wid = 1;
  bool ok = false;
  if (s.size() >= 3) {
    for (size_t j = 1; j < s.size(); ++j) {
      if (s[j] != ']') continue;
      int num = 0;
      bool isnum = false;
      size_t k = 1;
      for (; k < j && s[k] >= '0' && s[k] <= '9'; ++k) {
        if (num > 1000000) {  // tooLarge
          isnum = false;
          k = s.size();
          break;
        }
        num = num * 10 + (s[k] - '0');
        isnum = true;
      }
      wid = j + 1;
      if (isnum && k == j) {
        index = num - 1;
        ok = true;
      }
      break;
    }
  }
  if (ok && index >= 0 && static_cast<size_t>(index) < num_args) {
    arg_num = static_cast<size_t>(index);
    i += wid;
    return true;
  }
  good_arg_num_ = false;
  i += wid;
  return ok;
}

// Go's intFromArg: the argument at arg_num as a width or precision.
bool Printer::int_from_arg(const std::vector<Arg>& a, size_t& arg_num, int& num) {
  num = 0;
  if (arg_num >= a.size()) return false;
  bool is_int = false;
  const Arg& arg = a[arg_num];
  if (!arg.nil() && is_integer(arg.type->kind)) {
    const uint64_t v = load_integer(*arg.type, arg.data);
    const bool fits = is_signed_int(arg.type->kind) || static_cast<int64_t>(v) >= 0;
    const auto n = static_cast<int64_t>(v);
    if (fits && n >= -1000000 && n <= 1000000) {  // tooLarge otherwise
      num = static_cast<int>(n);
      is_int = true;
    }
  }
  ++arg_num;
  return is_int;
}

// parsenum: digits at format[i..end); sets num and advances i.
bool parsenum(std::string_view s, size_t& i, int& num) {
  num = 0;
  bool isnum = false;
  if (i >= s.size()) return false;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (num > 1000000 || num < -1000000) {  // tooLarge: a crazy long number
      num = 0;
      i = s.size();
      return false;
    }
    num = num * 10 + (s[i] - '0');
    isnum = true;
  }
  return isnum;
}

void Printer::do_printf(std::string_view format, const std::vector<Arg>& a) {
  const size_t end = format.size();
  size_t arg_num = 0;
  bool after_index = false;
  reordered_ = false;
  size_t i = 0;
  while (i < end) {
    good_arg_num_ = true;
    const size_t lasti = i;
    while (i < end && format[i] != '%') ++i;
    if (i > lasti) buf += format.substr(lasti, i - lasti);
    if (i >= end) break;
    ++i;  // the '%'

    clear_flags();
    bool simple_done = false;
    for (; i < end; ++i) {
      const char c = format[i];
      if (c == '#') {
        f_.sharp = true;
      } else if (c == '0') {
        f_.zero = !f_.minus;  // only pad with zeros on the left
      } else if (c == '+') {
        f_.plus = true;
      } else if (c == '-') {
        f_.minus = true;
        f_.zero = false;
      } else if (c == ' ') {
        f_.space = true;
      } else {
        // Fast path: a lower-case verb right after the flags.
        if (c >= 'a' && c <= 'z' && arg_num < a.size()) {
          if (c == 'w') wrapped.push_back(arg_num);  // (issue 6, errs) and flags as %v's
          if (c == 'v' || c == 'w') {
            f_.sharp_v = f_.sharp;
            f_.sharp = false;
            f_.plus_v = f_.plus;
            f_.plus = false;
          }
          print_arg(a[arg_num], static_cast<char32_t>(c));
          ++arg_num;
          ++i;
          simple_done = true;
        }
        break;
      }
    }
    if (simple_done) continue;

    after_index = arg_number(arg_num, format, i, a.size());

    // Width.
    if (i < end && format[i] == '*') {
      ++i;
      f_.wid_present = int_from_arg(a, arg_num, wid_);
      if (!f_.wid_present) buf += "%!(BADWIDTH)";
      if (wid_ < 0) {  // a negative width means left-justify
        wid_ = -wid_;
        f_.minus = true;
        f_.zero = false;
      }
      after_index = false;
    } else {
      f_.wid_present = parsenum(format, i, wid_);
      if (after_index && f_.wid_present) good_arg_num_ = false;  // "%[3]2d"
    }

    // Precision.
    if (i + 1 < end && format[i] == '.') {
      ++i;
      if (after_index) good_arg_num_ = false;  // "%[3].2d"
      after_index = arg_number(arg_num, format, i, a.size());
      if (i < end && format[i] == '*') {
        ++i;
        f_.prec_present = int_from_arg(a, arg_num, prec_);
        if (prec_ < 0) {
          prec_ = 0;
          f_.prec_present = false;
        }
        if (!f_.prec_present) buf += "%!(BADPREC)";
        after_index = false;
      } else {
        f_.prec_present = parsenum(format, i, prec_);
        if (!f_.prec_present) {
          prec_ = 0;
          f_.prec_present = true;
        }
      }
    }

    if (!after_index) after_index = arg_number(arg_num, format, i, a.size());

    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }

    char32_t verb = static_cast<uint8_t>(format[i]);
    int size = 1;
    if (verb >= 0x80) size = utf8_decode(format.substr(i), verb);
    i += static_cast<size_t>(size);

    if (verb == '%') {  // a literal percent: no operand, width and flags ignored
      buf += '%';
    } else if (!good_arg_num_) {
      buf += "%!";
      utf8_append(buf, verb);
      buf += "(BADINDEX)";
    } else if (arg_num >= a.size()) {
      buf += "%!";
      utf8_append(buf, verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'w') wrapped.push_back(arg_num);  // (issue 6, errs) and flags as %v's
      if (verb == 'v' || verb == 'w') {
        f_.sharp_v = f_.sharp;
        f_.sharp = false;
        f_.plus_v = f_.plus;
        f_.plus = false;
      }
      print_arg(a[arg_num], verb);
      ++arg_num;
    }
  }

  // Arguments left over, unless the format chose them by index.
  if (!reordered_ && arg_num < a.size()) {
    clear_flags();
    buf += "%!(EXTRA ";
    for (size_t k = arg_num; k < a.size(); ++k) {
      if (k > arg_num) buf += ", ";
      if (a[k].nil()) {
        buf += "<nil>";
      } else {
        buf += a[k].type->name;
        buf += '=';
        print_arg(a[k], 'v');
      }
    }
    buf += ')';
  }
}

// (issue 6, fmt) The dynamic type of an interface value of type t whose
// first word is w: a non-empty interface (one with methods) holds an
// itab there (Go's iface), whose _type it is; 0 when the itab is unknown.
Addr dynamic_type(const Image& image, const TypeDesc& t, Addr w) {
  if (w == 0 || t.methods.empty()) return w;
  const Itab* tab = image.itab_at(w);
  return tab != nullptr ? tab->type : 0;
}

// Reads the []interface{} whose slice header is at host pointer `slice`.
bool load_args(Runtime& rt, const uint8_t* slice, std::vector<Arg>& out) {
  const Addr ptr = load64(slice);
  const auto len = static_cast<int64_t>(load64(slice + 8));
  if (len == 0) return true;
  const uint8_t* elems = len > 0 && len < (int64_t{1} << 32) ? rt.mem().host(ptr, static_cast<uint64_t>(len) * 16)
                                                          : nullptr;
  if (elems == nullptr) {
    rt.internal_error("fmt: bad []interface{} argument");
    return false;
  }
  for (int64_t k = 0; k < len; ++k) {
    Addr type = load64(elems + 16 * k), data = load64(elems + 16 * k + 8);
    // (issue 6, defer) An argument that is itself an interface value (an
    // any from recover) stands for its dynamic value, as Go's conversion of
    // an interface to any keeps it: nil when it is nil.
    if (const TypeDesc* t = type != 0 ? rt.image().type_at(type) : nullptr; t != nullptr && t->kind == TypeKind::Interface) {
      const uint8_t* e = rt.mem().host(data, 16);
      if (e == nullptr) {
        rt.internal_error("fmt: interface argument is not mapped");
        return false;
      }
      const Addr eface_at = data;
      type = dynamic_type(rt.image(), *t, load64(e));
      data = load64(e + 8);
      // (issue 6, fmt) A pointer-shaped value is the data word itself.
      const TypeDesc* dyn = type != 0 ? rt.image().type_at(type) : nullptr;
      if (dyn != nullptr && is_direct_iface(rt.image(), *dyn)) data = eface_at + 8;
    } else if (t != nullptr && is_direct_iface(rt.image(), *t)) {
      data = ptr + 16 * static_cast<uint64_t>(k) + 8;  // a pointer-shaped value is the data word itself
    }
    Arg arg;
    arg.addr = data;
    if (type != 0) {
      arg.type = rt.image().type_at(type);
      if (arg.type == nullptr) {
        rt.internal_error("fmt: interface with no type descriptor at its type word");
        return false;
      }
      arg.data = rt.mem().host(data, std::max<uint64_t>(arg.type->size, 1));
      if (arg.data == nullptr && arg.type->size != 0) {
        rt.internal_error("fmt: interface data is not mapped");
        return false;
      }
    }
    out.push_back(arg);
  }
  return true;
}

// (issue 6, fmt) The call site's method call area follows the block at
// `area` (fmt_methods.h): a run that asks for a method call writes nothing.
template <typename F>
NativeResult print_with(Runtime& rt, const uint8_t* slice, uint8_t* area, F&& f) {
  std::vector<Arg> a;
  if (!load_args(rt, slice, a)) return NativeResult::Fatal;
  FmtMethodCalls calls(rt, area);
  if (rt.ended()) return NativeResult::Fatal;
  Printer p(rt, /*strict=*/true);
  p.set_method_calls(&calls);
  f(p, a);
  if (calls.requested()) return rt.ended() ? NativeResult::Fatal : NativeResult::Ok;
  calls.finish();
  rt.write_stdout(p.buf);
  return rt.ended() ? NativeResult::Fatal : NativeResult::Ok;  // --max-output reached
}

// (issue 6, fmt) Sprint, Sprintf, Sprintln: the same printer, and the
// buffer becomes the result as Go's string(p.buf) makes it: one heap
// allocation of exactly its bytes, none when it is empty. Formatting stops
// once the buffer passes --max-heap (the allocation would fail anyway).
template <typename F>
NativeResult sprint_with(Runtime& rt, const uint8_t* slice, uint8_t* result, NativeId by, F&& f) {
  std::vector<Arg> a;
  if (!load_args(rt, slice, a)) return NativeResult::Fatal;
  FmtMethodCalls calls(rt, result + 16);
  if (rt.ended()) return NativeResult::Fatal;
  Printer p(rt, /*strict=*/true, /*room=*/rt.options().max_heap != 0 ? rt.options().max_heap : UINT64_MAX);
  p.set_method_calls(&calls);
  f(p, a);
  if (p.failed() || rt.ended()) return NativeResult::Fatal;
  if (calls.requested()) return NativeResult::Ok;
  calls.finish();
  return rt.make_string(result, p.buf, by, "fmt's string(p.buf)") ? NativeResult::Ok : NativeResult::Fatal;
}

}  // namespace

NativeResult fmt_Sprint(Runtime& rt, uint8_t* args) {
  return sprint_with(rt, args, args + 24, NativeId::fmt_Sprint,
                     [](Printer& p, const std::vector<Arg>& a) { p.do_print(a); });
}

NativeResult fmt_Sprintln(Runtime& rt, uint8_t* args) {
  return sprint_with(rt, args, args + 24, NativeId::fmt_Sprintln,
                     [](Printer& p, const std::vector<Arg>& a) { p.do_println(a); });
}

NativeResult fmt_Sprintf(Runtime& rt, uint8_t* args) {
  const std::string format(rt.go_string(args));
  return sprint_with(rt, args + 16, args + 40, NativeId::fmt_Sprintf,
                     [&](Printer& p, const std::vector<Arg>& a) { p.do_printf(format, a); });
}

// (issue 6, errs) fmt.Errorf: Sprintf's printer with %w allowed; the
// error is made from its buffer by errorf_finish (errors_wrap.cpp). The
// block is Sprintf's with a 16-byte error result and 16 bytes of scratch
// (kErrorfScratch) before the method call area.
NativeResult fmt_Errorf(Runtime& rt, uint8_t* args) {
  const std::string format(rt.go_string(args));
  std::vector<Arg> a;
  if (!load_args(rt, args + 16, a)) return NativeResult::Fatal;
  FmtMethodCalls calls(rt, args + fmt_call_area_offset(NativeId::fmt_Errorf));
  if (rt.ended()) return NativeResult::Fatal;
  Printer p(rt, /*strict=*/true, /*room=*/rt.options().max_heap != 0 ? rt.options().max_heap : UINT64_MAX);
  p.set_method_calls(&calls);
  p.wrap_errs = true;
  p.do_printf(format, a);
  if (p.failed() || rt.ended()) return NativeResult::Fatal;
  if (calls.requested()) return NativeResult::Ok;
  calls.finish();
  std::vector<size_t> wrapped = p.wrapped;
  if (p.reordered()) std::sort(wrapped.begin(), wrapped.end());
  return errorf_finish(rt, args, p.buf, wrapped);
}

NativeResult fmt_Println(Runtime& rt, uint8_t* args) {
  return print_with(rt, args, args + 24, [](Printer& p, const std::vector<Arg>& a) { p.do_println(a); });
}

NativeResult fmt_Print(Runtime& rt, uint8_t* args) {
  return print_with(rt, args, args + 24, [](Printer& p, const std::vector<Arg>& a) { p.do_print(a); });
}

NativeResult fmt_Printf(Runtime& rt, uint8_t* args) {
  const std::string format(rt.go_string(args));
  return print_with(rt, args + 16, args + 40, [&](Printer& p, const std::vector<Arg>& a) { p.do_printf(format, a); });
}

}  // namespace govm::native

namespace govm {

std::string format_value_at(Runtime& rt, const TypeDesc* t, Addr a) {
  if (t == nullptr) return "?";
  native::Printer p(rt, /*strict=*/false);
  p.print_top({t, a});
  if (p.failed()) return "?";
  if (p.truncated()) return p.buf.substr(0, native::Printer::kInspectRoom) + "...";
  return p.buf;
}

}  // namespace govm
