// The print and println builtins (Go's runtime/print.go).
//
// The compiler lowers println(a, b) to printlock, one print* call per
// operand with printsp between them, printnl, printunlock, exactly as gc
// does. Everything goes to the program's stderr, formatted as Go's runtime
// formats it: integers in decimal; printhex (what println shows for
// pointers, channels, maps, funcs) as 0x and lowercase digits, no padding;
// booleans as true/false; strings as their raw bytes; (issue 6) floats as
// printfloat does (+1.500000e+000, NaN, +Inf). Pointers, maps,
// channels and funcs go through printpointer (0xc000012080, nil 0x0);
// slices through printslice, as [len/cap] and the data pointer:
// [3/4]0xc000012080, a nil slice [0/0]0x0.
//
// printlock/printunlock make a println atomic with respect to other
// goroutines in Go. govm's goroutines never interleave inside a runtime
// call, so they have nothing to do.
#include <cstring>
#include <string>

#include "runtime/runtime.h"

namespace govm::native {

namespace {

uint64_t arg64(const uint8_t* args) {
  uint64_t v;
  std::memcpy(&v, args, 8);
  return v;
}

std::string decimal(uint64_t v) { return std::to_string(v); }

}  // namespace

// After a write: the run may have just ended (--max-output reached).
static NativeResult written(Runtime& rt) { return rt.ended() ? NativeResult::Fatal : NativeResult::Ok; }

NativeResult printlock(Runtime&, uint8_t*) { return NativeResult::Ok; }
NativeResult printunlock(Runtime&, uint8_t*) { return NativeResult::Ok; }

NativeResult printint(Runtime& rt, uint8_t* args) {
  const auto v = static_cast<int64_t>(arg64(args));
  // Go prints "-" and then the magnitude as unsigned: right for MinInt64 too.
  rt.write_stderr(v < 0 ? "-" + decimal(0 - static_cast<uint64_t>(v)) : decimal(static_cast<uint64_t>(v)));
  return written(rt);
}

NativeResult printuint(Runtime& rt, uint8_t* args) {
  rt.write_stderr(decimal(arg64(args)));
  return written(rt);
}

// Go's printhex: 0x and lowercase digits, no padding.
static std::string hex(uint64_t v) {
  static constexpr char kDigits[] = "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = kDigits[v % 16];
    v /= 16;
  } while (v != 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  return std::string(buf + i, sizeof buf - i);
}

NativeResult printhex(Runtime& rt, uint8_t* args) {
  rt.write_stderr(hex(arg64(args)));
  return written(rt);
}

NativeResult printpointer(Runtime& rt, uint8_t* args) {
  rt.write_stderr(hex(arg64(args)));
  return written(rt);
}

// (issue 6) Go's printfloat: NaN, +Inf, -Inf, or a sign, 7 significant
// digits and a three-digit exponent (+1.500000e+000), computed by Go's own
// loop of float64 divisions and multiplications, so the last digit is
// whatever Go's rounding gives (not printf's correctly rounded one).
static std::string printfloat_string(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {  // normalize
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;  // round
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {  // +d.dddddde+ddd
    const int d = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(d + '0');
    v -= static_cast<double>(d);
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, sizeof buf);
}

NativeResult printfloat(Runtime& rt, uint8_t* args) {
  double v;
  std::memcpy(&v, args, 8);
  rt.write_stderr(printfloat_string(v));
  return written(rt);
}

// Go's printslice: print("[", len(s), "/", cap(s), "]"); printpointer(s.array).
NativeResult printslice(Runtime& rt, uint8_t* args) {
  const auto len = static_cast<int64_t>(arg64(args + 8)), cap = static_cast<int64_t>(arg64(args + 16));
  rt.write_stderr("[" + std::to_string(len) + "/" + std::to_string(cap) + "]" + hex(arg64(args)));
  return written(rt);
}

NativeResult printbool(Runtime& rt, uint8_t* args) {
  rt.write_stderr(args[0] ? "true" : "false");
  return written(rt);
}

NativeResult printstring(Runtime& rt, uint8_t* args) {
  rt.write_stderr(rt.go_string(args));
  return written(rt);
}

NativeResult printsp(Runtime& rt, uint8_t*) {
  rt.write_stderr(" ");
  return written(rt);
}

NativeResult printnl(Runtime& rt, uint8_t*) {
  rt.write_stderr("\n");
  return written(rt);
}

}  // namespace govm::native
