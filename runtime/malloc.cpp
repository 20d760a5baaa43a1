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

// Every heap object of a program comes through here (the entries below
// and the map, string and slice entries call it with their HeapType).
Addr Runtime::allocate_typed(uint64_t size, const HeapType& t, NativeId by, std::string_view reason) {
  if (opts_.gc.stress)
    gc_start(GcTrigger::Stress);
  else if (heap_.in_use() + size > gc_.goal && heap_.in_use() != 0)
    gc_start(GcTrigger::Heap);
  if (ended() || !heap_limit_allows(size)) return 0;
  const HeapObject obj = heap_.allocate(size);
  if (obj.addr == 0) {
    fatal("runtime: out of memory");
    return 0;
  }
  record_object(obj.addr, size, t, by, reason);
  gc_.peak_heap = std::max(gc_.peak_heap, heap_.in_use());
  if (events_.enabled(EventKind::HeapAlloc)) emit_alloc(obj, size, t, by, reason);
  return obj.addr;
}

// The heap bitmap and the ObjInfo of a new object; and the object is held
// for the collector until the runtime call that allocated it returns.
void Runtime::record_object(Addr a, uint64_t size, const HeapType& t, NativeId by, std::string_view reason) {
  MSpan* s = heap_.span_of_page(a);
  const uint32_t i = s->index_of(a);
  if (t.elem != nullptr && t.elem->ptrdata != 0) {
    const uint64_t stride = t.elem->size / 8, n = t.count == 0 ? 1 : t.count;
    const uint64_t w0 = (a - s->base) / 8, mask_words = t.elem->ptrdata / 8;
    for (uint64_t k = 0; k < n && (k * stride + mask_words) * 8 <= s->elemsize; ++k)
      for (uint64_t w = 0; w < mask_words; ++w)
        if (t.elem->has_pointer(w)) s->ptr_bits[(w0 + k * stride + w) / 64] |= uint64_t{1} << ((w0 + k * stride + w) % 64);
  }
  ObjInfo& info = s->info[i];
  info.type = t;
  info.size = size;
  info.pc = cur_ ? cur_->pc : 0;
  info.goid = cur_ ? cur_->id : 0;
  info.by = by;
  info.reason = reason.empty() ? nullptr : intern(reason);
  const uint64_t epoch = counter_ ? counter_->instructions() : 0;
  if (epoch != fresh_epoch_) {
    fresh_.clear();
    fresh_epoch_ = epoch;
  }
  fresh_.push_back(a);
}

void Runtime::emit_alloc(const HeapObject& obj, uint64_t size, const HeapType& t, NativeId by, std::string_view reason) {
  const AllocSite* site = cur_ ? image_.alloc_site_at(cur_->pc) : nullptr;
  ObjInfo info;
  info.type = t;
  HeapAllocEvent e{obj.addr, size, obj.slot_size, obj.size_class, object_name(info),
                   native_name(by), cur_ ? current_line(*cur_) : 0, std::string(reason)};
  if (site != nullptr) {
    if (site->line != 0) e.line = site->line;
    e.col = site->col;
    e.site = site->what;
    if (!site->reason.empty()) e.reason = site->reason;
  }
  events_.emit(Event{EventKind::HeapAlloc, 0, cur_ ? cur_->id : 0, std::move(e)});
}

// What events call an object: the allocator's name for it, else its type's
// ("main.Point"), or "[n]T" for an array of n.
std::string Runtime::object_name(const ObjInfo& info) const {
  if (info.type.name != nullptr) return info.type.name;
  if (info.type.elem == nullptr) return "?";
  if (info.type.count == 0) return info.type.elem->name;
  return "[" + std::to_string(info.type.count) + "]" + info.type.elem->name;
}

// Runtime entries pass the same text again and again ("string
// concatenation"): the last one is remembered, so the hash set is
// consulted only when the text changes.
const char* Runtime::intern(std::string_view s) {
  if (last_interned_ != nullptr && s == last_interned_) return last_interned_;
  return last_interned_ = interned_.emplace(s).first->c_str();
}

const TypeDesc& Runtime::runtime_type(const std::string& name, uint64_t size, const std::vector<uint64_t>& ptr_words) {
  auto [it, fresh] = runtime_types_.try_emplace(name);
  TypeDesc& t = it->second;
  if (fresh) {
    t.name = name;
    t.size = size;
    t.align = 8;
    t.kind = TypeKind::Struct;
    for (uint64_t w : ptr_words) {
      if (t.ptrmask.size() <= w / 64) t.ptrmask.resize(w / 64 + 1, 0);
      t.ptrmask[w / 64] |= uint64_t{1} << (w % 64);
      t.ptrdata = std::max(t.ptrdata, 8 * (w + 1));
    }
  }
  return t;
}

const ObjInfo* Runtime::object_info(Addr a) const {
  const MSpan* s = heap_.span_of_page(a);
  if (s == nullptr || a >= s->limit()) return nullptr;
  const uint32_t i = s->index_of(a);
  return s->is_allocated(i) ? &s->info[i] : nullptr;
}

// --max-heap: checked before the allocation, on the bytes requested (a size
// class may round them up: the limit is on what the program asked for).
// (issue 4) Before giving up, a collection may free enough (unless
// collection is off).
bool Runtime::heap_limit_allows(uint64_t size) {
  auto fits = [&] {
    const uint64_t in_use = heap_.in_use();
    return opts_.max_heap == 0 || (size <= opts_.max_heap && in_use <= opts_.max_heap - size);
  };
  if (fits()) return true;
  if (opts_.gc.gogc >= 0) gc_start(GcTrigger::Heap);
  if (ended()) return false;
  const uint64_t in_use = heap_.in_use();
  if (fits()) return true;
  const uint64_t would = size > UINT64_MAX - in_use ? UINT64_MAX : in_use + size;
  limit_reached(LimitKind::Heap, "program exceeded --max-heap=" + format_size(opts_.max_heap) +
                                     " (heap would reach " + std::to_string(would) + " bytes)");
  return false;
}

Addr Runtime::mallocgc(uint64_t size, const char* type, NativeId by, const char* reason) {
  HeapType t;
  t.name = type ? intern(type) : "?";
  return allocate_typed(size, t, by, reason ? reason : "");
}

Addr Runtime::newobject(const TypeDesc& t, NativeId by) { return allocate_typed(t.size, HeapType{&t, 0, nullptr}, by); }

Addr Runtime::newarray(const TypeDesc& elem, uint64_t n, NativeId by) {
  return allocate_typed(n * elem.size, HeapType{&elem, n, nullptr}, by);
}

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
