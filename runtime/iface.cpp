// Interface values in the runtime (issue 6): Go's runtime/iface.go.
//
// An interface value is two words. The first is the type word: for the
// empty interface (an eface) the dynamic type's descriptor, for a
// non-empty one (an iface) an itab (runtime/image.h), whose _type is the
// dynamic type; nil when the interface is nil. The second is the data
// word: the value itself when its type is pointer-shaped (Go's
// isdirectiface: pointers, channels, maps, funcs, unsafe.Pointer, and a
// struct of one such field or an array of one such element), else a
// pointer to a box holding it.
//
// Boxing (convT64, convTstring, convTslice, convT, convTnoptr) allocates
// the box through the typed path, so it shows in the trace with its site
// and reason ("converted to interface"). As gc does, small values need no
// box: integers under 256 and single bytes point into staticuint64s, a
// zero-sized value or an empty string or nil slice at zerobase (both in
// rodata). Compiled code makes the other no-allocation cases itself
// (constants are read-only statics in rodata; a value whose interface
// does not escape is boxed in the frame).
//
// Itabs are all built by the linker, so assertE2I only looks one up in the
// image's table (Go's getitab would build and cache it here); a missing one
// means the type does not implement the interface, and the message says
// which method is missing, as Go's does.
#include <cstring>
#include <string>

#include "runtime/iface.h"
#include "runtime/natives.h"
#include "runtime/runtime.h"

namespace govm {

namespace {

constexpr const char* kConverted = "converted to interface";

// Copies n bytes of the value at v into a new box of type t.
NativeResult box(Runtime& rt, const TypeDesc& t, Addr v, uint8_t* result, NativeId by) {
  if (t.size == 0) {
    store64(result, rt.image().zerobase);
    return NativeResult::Ok;
  }
  const Addr b = rt.allocate_typed(t.size, HeapType{&t, 0, nullptr}, by, kConverted);
  if (b == 0) return NativeResult::Fatal;
  const uint8_t* src = rt.mem().host(v, t.size);
  uint8_t* dst = rt.mem().host(b, t.size);
  if (src == nullptr || dst == nullptr) {
    rt.internal_error(std::string(native_name(by)) + ": value or box not mapped");
    return NativeResult::Fatal;
  }
  std::memmove(dst, src, t.size);
  store64(result, b);
  return NativeResult::Ok;
}

// The method of `want`'s method list that t lacks (name and signature), or "".
std::string missing_method(const TypeDesc& t, const TypeDesc& inter) {
  for (const TypeDesc::Method& m : inter.methods) {
    const TypeDesc::Method* have = t.method_named(m.name);
    if (have == nullptr || have->mtyp != m.mtyp) return m.name;
  }
  return "";
}

// Does t have Go's equal function (no slice, map or func inside)?
bool type_comparable(const Image& img, const TypeDesc& t) {
  switch (t.kind) {
    case TypeKind::Slice: case TypeKind::Map: case TypeKind::Func: return false;
    case TypeKind::Struct:
      for (const TypeDesc::Field& f : t.fields) {
        const TypeDesc* ft = img.type_at(f.type);
        if (ft != nullptr && !type_comparable(img, *ft)) return false;
      }
      return true;
    case TypeKind::Array: {
      const TypeDesc* e = img.type_at(t.elem);
      return e == nullptr || type_comparable(img, *e);
    }
    default: return true;
  }
}

}  // namespace

// is_direct_iface: runtime/fmt_methods.cpp (the fmt engineer's, same rule).

bool iface_dynamic(const Image& img, AddressSpace& mem, const TypeDesc& iface_t, Addr at, Addr* type, Addr* value) {
  const uint8_t* w = mem.host(at, 16);
  if (w == nullptr) return false;
  Addr tw = load64(w);
  const Addr data = load64(w + 8);
  if (tw != 0 && !iface_t.methods.empty()) {  // an itab: its _type
    const uint8_t* tab = mem.host(tw + 8, 8);
    if (tab == nullptr) return false;
    tw = load64(tab);
  }
  *type = tw;
  *value = 0;
  if (tw == 0) return true;
  const TypeDesc* dyn = img.type_at(tw);
  if (dyn == nullptr) return false;
  *value = is_direct_iface(img, *dyn) ? at + 8 : data;
  return true;
}

namespace native {

// convT64(val uint64) unsafe.Pointer: args 0 val, result 8.
NativeResult convT64(Runtime& rt, uint8_t* args) {
  const uint64_t v = load64(args);
  if (v < 256 && rt.image().staticuint64s != 0) {
    store64(args + 8, rt.image().staticuint64s + 8 * v);
    return NativeResult::Ok;
  }
  const TypeDesc& t = rt.runtime_type("uint64", 8, {});
  const Addr b = rt.allocate_typed(8, HeapType{&t, 0, nullptr}, NativeId::convT64, kConverted);
  if (b == 0) return NativeResult::Fatal;
  uint8_t* p = rt.mem().host(b, 8);
  if (p == nullptr) return NativeResult::Fatal;
  store64(p, v);
  store64(args + 8, b);
  return NativeResult::Ok;
}

// convTstring(val string) unsafe.Pointer: args 0 val (16 bytes), result 16.
NativeResult convTstring(Runtime& rt, uint8_t* args) {
  if (load64(args + 8) == 0) {
    store64(args + 16, rt.image().zerobase);
    return NativeResult::Ok;
  }
  const TypeDesc& t = rt.runtime_type("string", 16, {0});
  const Addr b = rt.allocate_typed(16, HeapType{&t, 0, nullptr}, NativeId::convTstring, kConverted);
  if (b == 0) return NativeResult::Fatal;
  uint8_t* p = rt.mem().host(b, 16);
  if (p == nullptr) return NativeResult::Fatal;
  std::memcpy(p, args, 16);
  store64(args + 16, b);
  return NativeResult::Ok;
}

// convTslice(val []T) unsafe.Pointer: args 0 val (24 bytes), result 24.
NativeResult convTslice(Runtime& rt, uint8_t* args) {
  if (load64(args) == 0) {
    store64(args + 24, rt.image().zerobase);
    return NativeResult::Ok;
  }
  const TypeDesc& t = rt.runtime_type("slice", 24, {0});
  const Addr b = rt.allocate_typed(24, HeapType{&t, 0, nullptr}, NativeId::convTslice, kConverted);
  if (b == 0) return NativeResult::Fatal;
  uint8_t* p = rt.mem().host(b, 24);
  if (p == nullptr) return NativeResult::Fatal;
  std::memcpy(p, args, 24);
  store64(args + 24, b);
  return NativeResult::Ok;
}

// convT(t *_type, v unsafe.Pointer) unsafe.Pointer: a box of t holding *v.
NativeResult convT(Runtime& rt, uint8_t* args) {
  const TypeDesc* t = rt.type_arg(load64(args), NativeId::convT);
  if (t == nullptr) return NativeResult::Fatal;
  return box(rt, *t, load64(args + 8), args + 16, NativeId::convT);
}

// convTnoptr: convT for a type without pointers. Single bytes always, and
// 2- and 4-byte values under 256, come from staticuint64s, as gc's direct
// staticuint64s load and Go's convT16/convT32 small cases do (a little-
// endian word holding v starts with v's bytes).
NativeResult convTnoptr(Runtime& rt, uint8_t* args) {
  const TypeDesc* t = rt.type_arg(load64(args), NativeId::convTnoptr);
  if (t == nullptr) return NativeResult::Fatal;
  if ((t->size == 1 || ((t->size == 2 || t->size == 4) && t->align == t->size)) && rt.image().staticuint64s != 0) {
    const uint8_t* v = rt.mem().host(load64(args + 8), t->size);
    if (v == nullptr) return NativeResult::Fatal;
    uint32_t small = 0;
    std::memcpy(&small, v, t->size);
    if (small < 256) {
      store64(args + 16, rt.image().staticuint64s + 8 * small);
      return NativeResult::Ok;
    }
  }
  return box(rt, *t, load64(args + 8), args + 16, NativeId::convTnoptr);
}

namespace {

// The itab of (inter, t), or 0 after raising Go's panic when !canfail.
NativeResult assert_e2i(Runtime& rt, uint8_t* args, bool canfail, NativeId by) {
  const Addr inter = load64(args), typ = load64(args + 8);
  const TypeDesc* i = rt.type_arg(inter, by);
  if (i == nullptr) return NativeResult::Fatal;
  store64(args + 16, 0);
  if (typ == 0) {
    if (canfail) return NativeResult::Ok;
    rt.raise_type_assertion(0, 0, inter);
    return NativeResult::Panic;
  }
  if (const Itab* tab = rt.image().itab_for(inter, typ)) {
    store64(args + 16, tab->addr);
    return NativeResult::Ok;
  }
  if (canfail) return NativeResult::Ok;
  const TypeDesc* t = rt.type_arg(typ, by);
  if (t == nullptr) return NativeResult::Fatal;
  rt.raise_type_assertion(0, typ, inter, missing_method(*t, *i));
  return NativeResult::Panic;
}

}  // namespace

NativeResult assertE2I(Runtime& rt, uint8_t* args) { return assert_e2i(rt, args, false, NativeId::assertE2I); }
NativeResult assertE2I2(Runtime& rt, uint8_t* args) { return assert_e2i(rt, args, true, NativeId::assertE2I2); }

// panicdottypeI(have *itab, want, iface *_type): x.(T) of a non-empty
// interface holding another type (or nil).
NativeResult panicdottypeI(Runtime& rt, uint8_t* args) {
  const Addr have = load64(args), want = load64(args + 8), iface = load64(args + 16);
  const TypeDesc* w = rt.type_arg(want, NativeId::panicdottypeI);
  const TypeDesc* i = rt.type_arg(iface, NativeId::panicdottypeI);
  if (w == nullptr || i == nullptr) return NativeResult::Fatal;
  Addr concrete = 0;
  if (have != 0) {
    const Itab* tab = rt.image().itab_at(have);
    const TypeDesc* ht = tab != nullptr ? rt.type_arg(tab->type, NativeId::panicdottypeI) : nullptr;
    if (ht == nullptr) return NativeResult::Fatal;
    concrete = ht->addr;
  }
  rt.raise_type_assertion(iface, concrete, want);
  return NativeResult::Panic;
}

NativeResult panicnildottype(Runtime& rt, uint8_t* args) {
  const TypeDesc* w = rt.type_arg(load64(args), NativeId::panicnildottype);
  if (w == nullptr) return NativeResult::Fatal;
  rt.raise_type_assertion(0, 0, w->addr);
  return NativeResult::Panic;
}

namespace {

// Two values of dynamic type t, at x and y (addresses of the values).
NativeResult equal_values(Runtime& rt, const TypeDesc& t, Addr x, Addr y, uint8_t* result, NativeId by) {
  std::string why;
  int eq = values_equal(rt, t, x, y, &why);
  if (eq < 0) {
    if (why.empty()) return NativeResult::Fatal;
    rt.raise_panic("runtime error: comparing uncomparable type " + why);
    return NativeResult::Panic;
  }
  (void)by;
  *result = static_cast<uint8_t>(eq);
  return NativeResult::Ok;
}

}  // namespace

// efaceeq(t *_type, x, y unsafe.Pointer) bool: the data words of two
// efaces of the same dynamic type t (non-nil).
NativeResult efaceeq(Runtime& rt, uint8_t* args) {
  const TypeDesc* t = rt.type_arg(load64(args), NativeId::efaceeq);
  if (t == nullptr) return NativeResult::Fatal;
  Addr x = load64(args + 8), y = load64(args + 16);
  if (is_direct_iface(rt.image(), *t)) {  // the words are the values
    args[24] = x == y;
    return NativeResult::Ok;
  }
  return equal_values(rt, *t, x, y, args + 24, NativeId::efaceeq);
}

// ifaceeq(tab *itab, x, y unsafe.Pointer) bool: as efaceeq, for itab tab.
NativeResult ifaceeq(Runtime& rt, uint8_t* args) {
  const Itab* tab = rt.image().itab_at(load64(args));
  const TypeDesc* t = tab != nullptr ? rt.type_arg(tab->type, NativeId::ifaceeq) : nullptr;
  if (t == nullptr) {
    rt.internal_error("runtime.ifaceeq: no itab there");
    return NativeResult::Fatal;
  }
  Addr x = load64(args + 8), y = load64(args + 16);
  if (is_direct_iface(rt.image(), *t)) {
    args[24] = x == y;
    return NativeResult::Ok;
  }
  return equal_values(rt, *t, x, y, args + 24, NativeId::ifaceeq);
}

}  // namespace native

// Go's efaceeq/memequal through a type: 1 equal, 0 not, -1 with *why the
// uncomparable type's name (a slice, map or func inside), or -1 with *why
// empty after an internal error.
int values_equal(Runtime& rt, const TypeDesc& t, Addr x, Addr y, std::string* why) {
  const Image& img = rt.image();
  auto host = [&](Addr a, uint64_t n) { return rt.mem().host(a, n); };
  switch (t.kind) {
    case TypeKind::Slice: case TypeKind::Map: case TypeKind::Func:
      *why = t.name;
      return -1;
    case TypeKind::String: {
      const uint8_t* a = host(x, 16);
      const uint8_t* b = host(y, 16);
      if (a == nullptr || b == nullptr) break;
      const uint64_t la = load64(a + 8), lb = load64(b + 8);
      if (la != lb) return 0;
      if (la == 0) return 1;
      const uint8_t* pa = host(load64(a), la);
      const uint8_t* pb = host(load64(b), lb);
      if (pa == nullptr || pb == nullptr) break;
      return std::memcmp(pa, pb, la) == 0 ? 1 : 0;
    }
    case TypeKind::Float32: case TypeKind::Float64: {
      const uint8_t* a = host(x, t.size);
      const uint8_t* b = host(y, t.size);
      if (a == nullptr || b == nullptr) break;
      if (t.size == 4) {
        float fa, fb;
        std::memcpy(&fa, a, 4);
        std::memcpy(&fb, b, 4);
        return fa == fb ? 1 : 0;
      }
      double da, db;
      std::memcpy(&da, a, 8);
      std::memcpy(&db, b, 8);
      return da == db ? 1 : 0;
    }
    case TypeKind::Interface: {
      Addr ta, va, tb, vb;
      if (!iface_dynamic(img, rt.mem(), t, x, &ta, &va) || !iface_dynamic(img, rt.mem(), t, y, &tb, &vb)) break;
      if (ta != tb) return 0;
      if (ta == 0) return 1;
      const TypeDesc* d = img.type_at(ta);
      if (d == nullptr) break;
      return values_equal(rt, *d, va, vb, why);
    }
    case TypeKind::Struct: {
      if (!type_comparable(img, t)) {
        *why = t.name;
        return -1;
      }
      int result = 1;
      for (const TypeDesc::Field& f : t.fields) {
        const TypeDesc* ft = img.type_at(f.type);
        if (ft == nullptr) break;
        if (f.name == "_") continue;
        const int r = values_equal(rt, *ft, x + f.offset, y + f.offset, why);
        if (r < 0) return r;
        if (r == 0) result = 0;  // Go compares on, and panics on a later uncomparable field
      }
      return result;
    }
    case TypeKind::Array: {
      const TypeDesc* et = img.type_at(t.elem);
      if (et == nullptr) break;
      if (!type_comparable(img, t)) {
        *why = t.name;
        return -1;
      }
      int result = 1;
      for (uint64_t k = 0; k < t.len; ++k) {
        const int r = values_equal(rt, *et, x + k * et->size, y + k * et->size, why);
        if (r < 0) return r;
        if (r == 0) result = 0;
      }
      return result;
    }
    default: {
      if (t.size == 0) return 1;
      const uint8_t* a = host(x, t.size);
      const uint8_t* b = host(y, t.size);
      if (a == nullptr || b == nullptr) break;
      return std::memcmp(a, b, t.size) == 0 ? 1 : 0;
    }
  }
  why->clear();
  rt.internal_error("comparing interface values: value not mapped");
  return -1;
}

}  // namespace govm
