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

std::string format_value_at(AddressSpace& mem, const TypeDesc* t, Addr a) {
  if (t == nullptr) return "?";
  const uint8_t* p = mem.host(a, t->size == 0 ? 1 : t->size);
  if (p == nullptr) return "?";
  return format_value(mem, *t, p);
}

}  // namespace govm
