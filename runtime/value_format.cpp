// Go values in VM memory, read by type and formatted as %v (see
// value_format.h). Values are read with memcpy: a value in a frame or in
// rodata need not be aligned on the host.
#include "runtime/value_format.h"

#include <cstring>

#include "runtime/address_space.h"
#include "runtime/strconv.h"

namespace govm {

namespace {

template <typename T>
T load(const uint8_t* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

std::string format_complex(const TypeDesc& t, const uint8_t* p) {
  const bool c64 = t.kind == TypeKind::Complex64;
  const double re = c64 ? load<float>(p) : load<double>(p);
  const double im = c64 ? load<float>(p + 4) : load<double>(p + 8);
  const int bits = c64 ? 32 : 64;
  std::string ims = format_float_shortest(im, bits);
  if (ims[0] != '-' && ims[0] != '+') ims.insert(ims.begin(), '+');  // the imaginary part always has a sign
  return "(" + format_float_shortest(re, bits) + ims + "i)";
}

}  // namespace

bool is_signed_int(TypeKind k) { return k >= TypeKind::Int && k <= TypeKind::Int64; }
bool is_unsigned_int(TypeKind k) { return k >= TypeKind::Uint && k <= TypeKind::Uintptr; }
bool is_float(TypeKind k) { return k == TypeKind::Float32 || k == TypeKind::Float64; }
bool is_complex(TypeKind k) { return k == TypeKind::Complex64 || k == TypeKind::Complex128; }

uint64_t load_integer(const TypeDesc& t, const uint8_t* p) {
  const bool s = is_signed_int(t.kind);
  switch (t.size) {
    case 1: return s ? static_cast<uint64_t>(load<int8_t>(p)) : load<uint8_t>(p);
    case 2: return s ? static_cast<uint64_t>(load<int16_t>(p)) : load<uint16_t>(p);
    case 4: return s ? static_cast<uint64_t>(load<int32_t>(p)) : load<uint32_t>(p);
    default: return load<uint64_t>(p);
  }
}

double load_float(const TypeDesc& t, const uint8_t* p) {
  return t.size == 4 ? static_cast<double>(load<float>(p)) : load<double>(p);
}

std::string_view load_string(AddressSpace& mem, const uint8_t* p) {
  const Addr ptr = load<uint64_t>(p);
  const auto len = load<int64_t>(p + 8);
  if (len <= 0) return {};
  const uint8_t* bytes = mem.host(ptr, static_cast<uint64_t>(len));
  if (bytes == nullptr) return {};
  return {reinterpret_cast<const char*>(bytes), static_cast<size_t>(len)};
}

std::string format_value(AddressSpace& mem, const TypeDesc& t, const uint8_t* p) {
  if (t.kind == TypeKind::Bool) return p[0] ? "true" : "false";
  if (is_signed_int(t.kind)) return std::to_string(static_cast<int64_t>(load_integer(t, p)));
  if (is_unsigned_int(t.kind)) return std::to_string(load_integer(t, p));
  if (t.kind == TypeKind::String) return std::string(load_string(mem, p));
  if (is_float(t.kind)) return format_float_shortest(load_float(t, p), t.size == 4 ? 32 : 64);
  if (is_complex(t.kind)) return format_complex(t, p);
  return "?";
}

// Go's Duration.String (time/time.go): under a second in the largest unit
// that keeps an integer part (ns, µs, ms) with the fraction's trailing
// zeros dropped; from a second up, h, m and s with a fractional second,
// the larger units only when not zero ("1h0m0s", "2m30s").
std::string duration_string(int64_t d) {
  char buf[32];
  int w = sizeof buf;
  // fmtFrac: the prec lowest digits of v as ".ddd" without trailing
  // zeros (nothing when all are zero); v becomes the rest.
  auto frac = [&](uint64_t& v, int prec) {
    bool print = false;
    for (int i = 0; i < prec; ++i) {
      const uint64_t digit = v % 10;
      print = print || digit != 0;
      if (print) buf[--w] = static_cast<char>('0' + digit);
      v /= 10;
    }
    if (print) buf[--w] = '.';
  };
  auto integer = [&](uint64_t v) {
    do {
      buf[--w] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v > 0);
  };
  const bool neg = d < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
  constexpr uint64_t kSecond = 1000000000;
  if (u < kSecond) {
    if (u == 0) return "0s";
    int prec = 0;
    buf[--w] = 's';
    if (u < 1000) {
      buf[--w] = 'n';
    } else if (u < 1000000) {
      prec = 3;
      buf[--w] = '\xb5';  // U+00B5 'µ', two bytes
      buf[--w] = '\xc2';
    } else {
      prec = 6;
      buf[--w] = 'm';
    }
    frac(u, prec);
    integer(u);
  } else {
    buf[--w] = 's';
    frac(u, 9);
    integer(u % 60);  // seconds
    u /= 60;
    if (u > 0) {
      buf[--w] = 'm';
      integer(u % 60);
      u /= 60;
      if (u > 0) {  // hours: days differ in length
        buf[--w] = 'h';
        integer(u);
      }
    }
  }
  if (neg) buf[--w] = '-';
  return std::string(buf + w, sizeof buf - static_cast<size_t>(w));
}

std::string format_value_at(AddressSpace& mem, const TypeDesc* t, Addr a) {
  if (t == nullptr) return "?";
  const uint8_t* p = mem.host(a, t->size == 0 ? 1 : t->size);
  if (p == nullptr) return "?";
  return format_value(mem, *t, p);
}

}  // namespace govm
