// Heap allocation: Go's mallocgc and runtime.newobject (runtime/malloc.go).
//
// Every heap object of a program comes through Runtime::allocate, whatever
// entry asked for it: runtime.newobject (new(T), &T{}, a variable moved to
// the heap), makeslice and growslice (backing arrays), the string entries
// (string bytes, []byte and []rune backing arrays), the map entries. It
//
//   1. checks --max-heap on the bytes requested (heap_limit_allows);
//   2. takes a slot from the heap (MHeap::allocate: Go's size classes, a
//      span of its own for more than 32768 bytes); memory comes zeroed;
//   3. emits a HeapAlloc event when someone listens, saying where and why:
//      the allocation site is found from the goroutine's pc, which the
//      interpreter stores before any runtime call and which then names the
//      CALLRT instruction itself (Image::alloc_site_at). The site gives the
//      source line and column, the site's name as gc's -m prints it
//      ("new(int)", "&Point{...}") and the escape reason that put it on the
//      heap. Without a site (a runtime test, an entry the linker gave no
//      site) the line is the pc's line and the reason the caller's own.
//
// What an event's type says. Go's mallocgc receives a type for objects
// that hold pointers and nil for the others; govm names the type in every
// event, for the reader's sake:
//   - newobject(T): T's name ("int", "main.Point", "*int");
//   - a backing array of n elements of T (makeslice, growslice): "[n]T",
//     n the capacity allocated, so a make([]int, 3, 5) shows "[5]int" of
//     40 bytes and a growslice that rounded up to a size class shows the
//     rounded capacity;
//   - string bytes: "string"; a []byte or []rune made from a string:
//     "[n]uint8", "[n]int32".
//
// What govm simplifies (also in mheap.cpp): no tiny allocator; a
// zero-sized request takes an 8-byte slot where Go returns &zerobase.
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/runtime.h"

namespace govm {

Addr Runtime::allocate(uint64_t size, std::string_view type, NativeId by, std::string_view reason) {
  if (!heap_limit_allows(size)) return 0;
  const HeapObject obj = heap_.allocate(size);
  if (obj.addr == 0) {
    fatal("runtime: out of memory");
    return 0;
  }
  if (events_.enabled(EventKind::HeapAlloc)) {
    const AllocSite* site = cur_ ? image_.alloc_site_at(cur_->pc) : nullptr;
    HeapAllocEvent e{obj.addr, size, obj.slot_size, obj.size_class, std::string(type.empty() ? "?" : type),
                     native_name(by), cur_ ? current_line(*cur_) : 0, std::string(reason)};
    if (site != nullptr) {
      if (site->line != 0) e.line = site->line;
      e.col = site->col;
      e.site = site->what;
      if (!site->reason.empty()) e.reason = site->reason;
    }
    events_.emit(Event{EventKind::HeapAlloc, 0, cur_ ? cur_->id : 0, std::move(e)});
  }
  return obj.addr;
}

// --max-heap: checked before the allocation, on the bytes requested (a size
// class may round them up: the limit is on what the program asked for).
bool Runtime::heap_limit_allows(uint64_t size) {
  const uint64_t in_use = heap_.in_use();
  if (opts_.max_heap == 0 || (size <= opts_.max_heap && in_use <= opts_.max_heap - size)) return true;
  const uint64_t would = size > UINT64_MAX - in_use ? UINT64_MAX : in_use + size;
  limit_reached(LimitKind::Heap, "program exceeded --max-heap=" + format_size(opts_.max_heap) +
                                     " (heap would reach " + std::to_string(would) + " bytes)");
  return false;
}

Addr Runtime::mallocgc(uint64_t size, const char* type, NativeId by, const char* reason) {
  return allocate(size, type ? type : "?", by, reason ? reason : "");
}

Addr Runtime::newobject(const TypeDesc& t, NativeId by) { return allocate(t.size, t.name, by, {}); }

Addr Runtime::newarray(const TypeDesc& elem, uint64_t n, NativeId by) {
  return allocate(n * elem.size, "[" + std::to_string(n) + "]" + elem.name, by, {});
}

Addr Runtime::allocate_typed(uint64_t size, const HeapType& t, NativeId by, std::string_view reason) {
  return allocate(size, t.name ? t.name : (t.elem ? t.elem->name : "?"), by, reason);
}

const TypeDesc& Runtime::runtime_type(const std::string& name, uint64_t size, const std::vector<uint64_t>& ptr_words) {
  static TypeDesc t;
  (void)name; (void)size; (void)ptr_words;
  return t;
}

const char* Runtime::intern(std::string_view s) { (void)s; return "?"; }

const ObjInfo* Runtime::object_info(Addr) const { return nullptr; }

const TypeDesc* Runtime::type_arg(Addr typ, NativeId by) {
  const TypeDesc* t = image_.type_at(typ);
  if (t == nullptr) {
    char at[24];
    std::snprintf(at, sizeof at, "%#" PRIx64, typ);
    internal_error(std::string(native_name(by)) + ": no type descriptor at " + at);
  }
  return t;
}

namespace native {

// runtime.newobject(typ *_type) unsafe.Pointer: args 0 typ, result 8.
NativeResult newobject(Runtime& rt, uint8_t* args) {
  Addr typ;
  std::memcpy(&typ, args, 8);
  const TypeDesc* t = rt.type_arg(typ, NativeId::newobject);
  if (t == nullptr) return NativeResult::Fatal;
  const Addr p = rt.newobject(*t, NativeId::newobject);
  if (p == 0) return NativeResult::Fatal;
  std::memcpy(args + 8, &p, 8);
  return NativeResult::Ok;
}

}  // namespace native

}  // namespace govm
