// Go's internal/fmtsort, over keys in VM memory (design in fmt_sort.h).
//
// Keys are compared where they live (in the map's buckets) through their
// type descriptors: a struct key field by field at its offsets, an array
// element by element, an interface key through its (type, data) words. A
// key that cannot be read stops the comparison with an error rather than
// reading host memory it does not own.
#include "runtime/fmt_sort.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string_view>

#include "runtime/map.h"
#include "runtime/runtime.h"
#include "runtime/value_format.h"

namespace govm {

namespace {

template <typename T>
int three_way(T a, T b) {
  return a < b ? -1 : (a > b ? 1 : 0);
}

// Go's floatCompare, with NaN == NaN so that the order is a strict weak
// order (see fmt_sort.h).
int float_compare(double a, double b) {
  const bool an = std::isnan(a), bn = std::isnan(b);
  if (an || bn) return an && bn ? 0 : (an ? -1 : 1);
  return three_way(a, b);
}

uint64_t word(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

class KeyCompare {
 public:
  KeyCompare(Runtime& rt, std::string& error) : rt_(rt), error_(error) {}

  int compare(const TypeDesc& t, Addr a, Addr b) {
    if (!error_.empty()) return 0;
    if (t.size == 0) return 0;  // struct{} and [0]T: every value is equal
    const uint8_t* pa = read(a, t.size);
    const uint8_t* pb = read(b, t.size);
    if (pa == nullptr || pb == nullptr) return 0;
    const TypeKind k = t.kind;
    if (is_signed_int(k))
      return three_way(static_cast<int64_t>(load_integer(t, pa)), static_cast<int64_t>(load_integer(t, pb)));
    if (is_unsigned_int(k)) return three_way(load_integer(t, pa), load_integer(t, pb));
    if (is_float(k)) return float_compare(load_float(t, pa), load_float(t, pb));
    switch (k) {
      case TypeKind::Complex64:
      case TypeKind::Complex128: return compare_complex(t, pa, pb);
      case TypeKind::String: return compare_strings(pa, pb);
      case TypeKind::Bool: return three_way(pa[0] != 0, pb[0] != 0);  // false before true
      case TypeKind::Pointer:
      case TypeKind::UnsafePointer:
      case TypeKind::Chan: return three_way(word(pa), word(pb));  // nil (0) first
      case TypeKind::Struct: return compare_struct(t, a, b);
      case TypeKind::Array: return compare_array(t, a, b);
      case TypeKind::Interface: return compare_interface(pa, pb);
      default:
        fail("a map key of type " + t.name + " cannot be ordered");
        return 0;
    }
  }

 private:
  const uint8_t* read(Addr a, uint64_t n) {
    const uint8_t* p = rt_.mem().host(a, n);
    if (p == nullptr) fail("a map key at " + hex(a) + " is not mapped");
    return p;
  }
  const TypeDesc* type_at(Addr a) {
    const TypeDesc* t = rt_.image().type_at(a);
    if (t == nullptr) fail("no type descriptor at " + hex(a));
    return t;
  }
  void fail(std::string why) {
    if (error_.empty()) error_ = std::move(why);
  }
  static std::string hex(Addr a) {
    char b[24];
    std::snprintf(b, sizeof b, "%#llx", static_cast<unsigned long long>(a));
    return b;
  }

  int compare_complex(const TypeDesc& t, const uint8_t* pa, const uint8_t* pb) {
    TypeDesc half;
    half.kind = t.size == 8 ? TypeKind::Float32 : TypeKind::Float64;
    half.size = t.size / 2;
    if (int c = float_compare(load_float(half, pa), load_float(half, pb)); c != 0) return c;
    return float_compare(load_float(half, pa + half.size), load_float(half, pb + half.size));
  }

  std::string_view string_at(const uint8_t* hdr) {
    const auto len = static_cast<int64_t>(word(hdr + 8));
    if (len == 0) return {};
    const uint8_t* bytes = len > 0 ? rt_.mem().host(word(hdr), static_cast<uint64_t>(len)) : nullptr;
    if (bytes == nullptr) {
      fail("the bytes of a string key are not mapped");
      return {};
    }
    return {reinterpret_cast<const char*>(bytes), static_cast<size_t>(len)};
  }
  int compare_strings(const uint8_t* pa, const uint8_t* pb) {
    const std::string_view a = string_at(pa), b = string_at(pb);
    const int c = a.compare(b);  // bytewise, as Go's < on strings
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }

  int compare_struct(const TypeDesc& t, Addr a, Addr b) {
    for (const TypeDesc::Field& f : t.fields) {
      const TypeDesc* ft = type_at(f.type);
      if (ft == nullptr) return 0;
      if (int c = compare(*ft, a + f.offset, b + f.offset); c != 0 || !error_.empty()) return c;
    }
    return 0;
  }
  int compare_array(const TypeDesc& t, Addr a, Addr b) {
    const TypeDesc* et = type_at(t.elem);
    if (et == nullptr) return 0;
    for (uint64_t i = 0; i < t.len; ++i)
      if (int c = compare(*et, a + i * et->size, b + i * et->size); c != 0 || !error_.empty()) return c;
    return 0;
  }
  // An interface's words: the dynamic type's descriptor address and the
  // address of the value (govm boxes every dynamic value, as fmt's
  // arguments are passed).
  int compare_interface(const uint8_t* pa, const uint8_t* pb) {
    const Addr ta = word(pa), tb = word(pb);
    if (ta == 0 || tb == 0) return ta == tb ? 0 : (ta == 0 ? -1 : 1);  // nil first
    if (ta != tb) return three_way(ta, tb);
    const TypeDesc* dyn = type_at(ta);
    if (dyn == nullptr) return 0;
    return compare(*dyn, word(pa + 8), word(pb + 8));
  }

  Runtime& rt_;
  std::string& error_;
};

}  // namespace

int fmtsort_compare(Runtime& rt, const TypeDesc& t, Addr a, Addr b, std::string& error) {
  return KeyCompare(rt, error).compare(t, a, b);
}

bool fmtsort(Runtime& rt, const TypeDesc& map_type, Addr h, std::vector<MapEntry>& out, std::string& error) {
  out.clear();
  if (h == 0) return true;  // the nil map
  const TypeDesc* key = rt.image().type_at(map_type.key);
  if (key == nullptr) {
    error = "map type " + map_type.name + " has no key type descriptor";
    return false;
  }
  std::string broken;
  map_for_each(rt, map_type, h, [&](Addr k, Addr e) { out.push_back({k, e}); }, &broken);
  if (!broken.empty()) {
    error = "the map could not be walked: " + broken;
    return false;
  }
  KeyCompare cmp(rt, error);
  std::stable_sort(out.begin(), out.end(),
                   [&](const MapEntry& a, const MapEntry& b) { return cmp.compare(*key, a.key, b.key) < 0; });
  return error.empty();
}

}  // namespace govm
