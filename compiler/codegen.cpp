// Code generation for functions, frames and statements (expressions are in
// codegen_expr.cpp; the frame drawing and the invariants are in codegen.h).
//
// A function is generated in one pass. Operands are emitted relative to the
// region of the frame they live in (outgoing area, locals, temporaries,
// incoming arguments); finish() fixes them up once the region sizes are
// known, as a linker fixes up symbols. Jumps go to labels, patched when the
// label is bound.
//
// Control flow follows gc's shapes: a for loop tests its condition at the
// bottom (one branch per iteration), conditions compile to fused
// compare-and-branch instructions rather than to booleans, a switch
// compares its tag with each case in source order and then lays out the
// bodies, so that fallthrough is a jump to the next body.
#include "compiler/codegen.h"
#include "compiler/closure.h"  // (issue 6, func)

#include <algorithm>
#include <cassert>

#include "runtime/frame.h"

namespace govm {

namespace {

uint32_t align8(uint64_t n) { return static_cast<uint32_t>(align_up(n, 8)); }

void pointer_words_of_address(uint64_t word, std::vector<uint64_t>& mask) {
  if (mask.size() <= word / 64) mask.resize(word / 64 + 1, 0);
  mask[word / 64] |= uint64_t{1} << (word % 64);
}

bool is_blank(const Expr* e) {
  e = unparen(e);
  return e && e->kind == ExprKind::Ident && static_cast<const Ident*>(e)->name == "_";
}

}  // namespace

// ------------------------------------------------------------------ helpers

Op width_op(Op b_variant, uint64_t size) {
  int k = 0;
  switch (size) {
    case 1: k = 0; break;
    case 2: k = 1; break;
    case 4: k = 2; break;
    case 8: k = 3; break;
    default: assert(false && "width_op: not a scalar width"); break;
  }
  return static_cast<Op>(static_cast<int>(b_variant) + k);
}

bool fits_i32(__int128 v) { return v >= INT32_MIN && v <= INT32_MAX; }

int64_t const_bits(const Constant& c) {
  if (c.kind == Constant::Kind::Bool) return c.b ? 1 : 0;
  return static_cast<int64_t>(static_cast<uint64_t>(static_cast<unsigned __int128>(c.i)));
}

bool is_signed_int(const Type* t) { return t->is_integer() && !t->is_unsigned(); }

namespace {
// The n <= 64 bits of mask starting at bit `at` (bits past the end are 0).
uint64_t get_bits(const std::vector<uint64_t>& mask, uint64_t at, uint64_t n) {
  const uint64_t w = at / 64, sh = at % 64;
  uint64_t v = w < mask.size() ? mask[w] >> sh : 0;
  if (sh != 0 && w + 1 < mask.size()) v |= mask[w + 1] << (64 - sh);
  return n == 64 ? v : v & ((uint64_t{1} << n) - 1);
}

// ORs the n bits of src's range [from, from+n) into [to, to+n), a word at
// a time: an array's mask is its first element's, copied by doubling, so
// the cost is the mask's size in words, not the array's length.
void copy_bits(std::vector<uint64_t>& mask, uint64_t from, uint64_t to, uint64_t n) {
  if (mask.size() <= (to + n - 1) / 64) mask.resize((to + n - 1) / 64 + 1, 0);
  for (uint64_t i = 0; i < n; i += 64) {
    const uint64_t k = std::min<uint64_t>(64, n - i);
    const uint64_t v = get_bits(mask, from + i, k);
    const uint64_t at = to + i, w = at / 64, sh = at % 64;
    mask[w] |= v << sh;
    if (sh != 0 && (v >> (64 - sh)) != 0) mask[w + 1] |= v >> (64 - sh);
  }
}
}  // namespace

void pointer_words(const Type* t, uint64_t base_word, std::vector<uint64_t>& mask) {
  const Type* u = t->underlying();
  auto set = [&](uint64_t w) {
    if (mask.size() <= w / 64) mask.resize(w / 64 + 1, 0);
    mask[w / 64] |= uint64_t{1} << (w % 64);
  };
  switch (u->kind) {
    case TypeKindC::String: case TypeKindC::Pointer: case TypeKindC::Slice: case TypeKindC::Map:
    case TypeKindC::Chan: case TypeKindC::Func: case TypeKindC::UnsafePointer:
      set(base_word);
      return;
    case TypeKindC::Interface:
      set(base_word + 1);
      return;
    case TypeKindC::Array:
      if (!u->elem || !has_pointers(u->elem) || u->elem->size % 8 != 0) return;
      if (u->len == 0) return;
      pointer_words(u->elem, base_word, mask);
      for (uint64_t done = 1, ew = u->elem->size / 8; done < u->len;) {
        const uint64_t k = std::min(done, u->len - done);
        copy_bits(mask, base_word, base_word + done * ew, k * ew);
        done += k;
      }
      return;
    case TypeKindC::Struct:
      for (const StructField& f : u->fields) {
        if (f.offset % 8 == 0) pointer_words(f.type, base_word + f.offset / 8, mask);
      }
      return;
    default: return;
  }
}

namespace {
const Type* oversized_from(const Type* t, std::set<const Type*>& seen) {
  if (!t || !seen.insert(t).second) return nullptr;
  if (t->size > kMaxPointerfulType && has_pointers(t)) return t;
  const Type* u = t->underlying();
  if (const Type* x = oversized_from(u, seen)) return x;
  if (const Type* x = oversized_from(u->elem, seen)) return x;
  if (const Type* x = oversized_from(u->key, seen)) return x;
  for (const StructField& f : u->fields) {
    if (const Type* x = oversized_from(f.type, seen)) return x;
  }
  for (const Param& p : u->params) {
    if (const Type* x = oversized_from(p.type, seen)) return x;
  }
  for (const Param& p : u->results) {
    if (const Type* x = oversized_from(p.type, seen)) return x;
  }
  return nullptr;
}
}  // namespace

const Type* oversized_pointerful(const Type* t) {
  std::set<const Type*> seen;
  return oversized_from(t, seen);
}

bool refuse_oversized(Diagnostics& diags, const Type* t, Pos pos) {
  const Type* x = oversized_pointerful(t);
  if (!x) return false;
  diags.error(pos, "govm does not support types larger than 1 GiB that hold pointers yet (" + x->name + ")");
  return true;
}

bool has_pointers(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKindC::String: case TypeKindC::Pointer: case TypeKindC::Slice: case TypeKindC::Map:
    case TypeKindC::Chan: case TypeKindC::Func: case TypeKindC::UnsafePointer: case TypeKindC::Interface:
      return true;
    case TypeKindC::Array: return u->len > 0 && u->elem && has_pointers(u->elem);
    case TypeKindC::Struct:
      for (const StructField& f : u->fields) {
        if (has_pointers(f.type)) return true;
      }
      return false;
    default: return false;
  }
}

CallLayout call_layout(const Type* ft) {
  CallLayout l;
  uint64_t off = 0;
  if (!ft) return l;
  for (const Param& p : ft->params) {
    off = align_up(off, std::max<uint64_t>(p.type->align, 1));
    l.params.push_back(static_cast<uint32_t>(off));
    off += p.type->size;
  }
  off = align_up(off, 8);
  l.params_size = static_cast<uint32_t>(off);
  for (const Param& p : ft->results) {
    off = align_up(off, std::max<uint64_t>(p.type->align, 1));
    l.results.push_back(static_cast<uint32_t>(off));
    off += p.type->size;
  }
  l.size = align8(off);
  l.total = align_up(off, 8);
  return l;
}

uint32_t Program::string_id(const std::string& s) {
  auto [it, fresh] = string_ids.emplace(s, static_cast<uint32_t>(strings.size()));
  if (fresh) strings.push_back(s);
  return it->second;
}

uint32_t Program::global_id(const Object* obj) {
  auto it = global_ids.find(obj);
  if (it != global_ids.end()) return it->second;
  GlobalDef g;
  g.name = "main." + obj->name;
  g.type = obj->type;
  g.type_id = type_id(obj->type);
  g.decl_line = obj->pos.line;
  global_ids.emplace(obj, static_cast<uint32_t>(globals.size()));
  globals.push_back(g);
  return static_cast<uint32_t>(globals.size() - 1);
}

uint32_t Program::type_id(const Type* t) {
  auto [it, fresh] = type_ids.emplace(t, static_cast<uint32_t>(types.size()));
  if (fresh) types.push_back(t);
  return it->second;
}

// ----------------------------------------------------------------- emission

namespace {
// Does v fit the operand format letter's word? i is a signed 32-bit
// immediate, z an unsigned 32-bit size or count; the others are addresses
// and slots, which the linker and finish() check.
bool operand_fits(Op op, char letter, int64_t v) {
  // MOVK_B/W/L keep the low bits of a narrow constant, signed or not.
  if (op == Op::MOVK_B || op == Op::MOVK_W || op == Op::MOVK_L) return true;
  if (letter == 'i') return fits_i32(v);
  if (letter == 'z') return v >= 0 && v <= int64_t{UINT32_MAX};
  return true;
}
}  // namespace

// A constant offset, index, length or size too wide for its operand
// (a field at 2 GiB, an array of 2^31 elements) must not wrap into wrong
// code: the construct is refused, at the latest marked position.
void FuncGen::too_wide() {
  if (too_wide_reported_) return;
  too_wide_reported_ = true;
  unsupported(here(), "offsets, lengths and sizes of 2 GiB or more");
}

// Where the code being emitted comes from, as well as is known.
Pos FuncGen::here() const { return mark_pos_.valid() ? mark_pos_ : (fd_ ? fd_->pos : Pos{}); }

uint32_t FuncGen::emit(Op op, std::initializer_list<Opnd> ops) {
  std::vector<uint32_t>& w = fc_.code.words();
  const uint32_t at = fc_.code.size_bytes();
  const uint32_t w0 = at / 4;
  const char* f = op_format(op);
  // (issue 4) Every CALL and CALLRT is a safe point: remember which
  // temporaries are live there (finish() builds its live_ptrs entry).
  if (op == Op::CALL || op == Op::CALLRT || op == Op::CALLIND /* (issue 6, iface) */) {
    safe_points_.push_back(SafePoint{at, live_temps_.empty() ? -1 : static_cast<int64_t>(live_temps_.back())});
  }
  w.push_back(static_cast<uint32_t>(op));
  auto it = ops.begin();
  std::vector<int> labels;
  auto put = [&](char letter, bool is_a) {
    assert(it != ops.end());
    const Opnd& o = *it++;
    const uint32_t word = is_a ? w0 : static_cast<uint32_t>(w.size());
    int64_t v = 0;
    switch (o.kind) {
      case Opnd::Kind::Imm: v = o.v; break;
      case Opnd::Kind::Slot:
        v = o.v;
        if (o.base != Base::Abs) fixups_.push_back(Fixup{word, o.base, is_a, static_cast<uint64_t>(o.v)});
        break;
      case Opnd::Kind::Label: labels.push_back(static_cast<int>(o.v)); break;
      case Opnd::Kind::Reloc:
        if (o.reloc == RelocKind::Type && !oversized_reported_) {
          oversized_reported_ = refuse_oversized(diags_, prog_.types.at(static_cast<size_t>(o.v)), here());
        }
        fc_.relocs.push_back(Reloc{at, word, o.reloc, static_cast<uint32_t>(o.v), o.addend});
        break;
    }
    if (!operand_fits(op, letter, v)) too_wide();
    if (is_a) {
      w[w0] |= static_cast<uint32_t>(v) << 8;
    } else {
      w.push_back(static_cast<uint32_t>(static_cast<uint64_t>(v)));
      if (letter == 'K') w.push_back(static_cast<uint32_t>(static_cast<uint64_t>(v) >> 32));
    }
  };
  if (f[0] != '-') put(f[0], true);
  for (const char* p = f + 1; *p; ++p) put(*p, false);
  assert(it == ops.end());
  for (int l : labels) {
    if (label_pos_[l] >= 0) {
      fc_.code.patch_target(at, static_cast<uint32_t>(label_pos_[l]));
    } else {
      label_uses_[l].push_back(at);
    }
  }
  return at;
}

int FuncGen::new_label() {
  label_pos_.push_back(-1);
  label_uses_.emplace_back();
  return static_cast<int>(label_pos_.size() - 1);
}

void FuncGen::bind(int label) {
  const uint32_t here = fc_.code.size_bytes();
  label_pos_[label] = static_cast<int32_t>(here);
  for (uint32_t at : label_uses_[label]) fc_.code.patch_target(at, here);
  label_uses_[label].clear();
}

// Records that the code from the current pc on comes from pos's line. An
// entry at the same pc is replaced, so the table stays sorted with unique pcs.
void FuncGen::mark(Pos pos) {
  if (!pos.valid()) return;
  mark_pos_ = pos;
  const uint32_t pc = fc_.code.size_bytes();
  if (!fc_.lines.empty() && fc_.lines.back().pc_offset == pc) {
    fc_.lines.back().line = pos.line;
    if (fc_.lines.size() >= 2 && fc_.lines[fc_.lines.size() - 2].line == pos.line) fc_.lines.pop_back();
    return;
  }
  if (!fc_.lines.empty() && fc_.lines.back().line == pos.line) return;
  fc_.lines.push_back(PcLine{pc, pos.line});
}

// (issue 4) A temporary gets a virtual range of its own, never reused:
// place_temps() gives it its frame offset once every temporary's pointer
// words are known. It stays live until the statement that made it ends.
Slot FuncGen::temp(uint64_t size) {
  constexpr uint64_t kMaxVirtual = uint64_t{1} << 31;  // Slot::off and .at() stay in 32 bits
  TempRec r;
  r.vbase = temp_vtop_;
  r.size = align_up(std::max<uint64_t>(size, 1), 8);
  r.parent = live_temps_.empty() ? -1 : static_cast<int64_t>(live_temps_.back());
  if (temp_vtop_ <= kMaxVirtual && temp_vtop_ + r.size > kMaxVirtual) {
    unsupported(fd_ ? fd_->pos : here(), "functions whose temporaries total 2 GiB or more");
  }
  temp_vtop_ += r.size;
  live_temps_.push_back(temps_.size());
  temps_.push_back(std::move(r));
  temp_top_ = live_temps_.size();
  return Slot{Base::Temp, static_cast<uint32_t>(temps_.back().vbase)};
}

size_t FuncGen::temp_index(uint64_t v) const {
  auto it = std::upper_bound(temps_.begin(), temps_.end(), v,
                             [](uint64_t x, const TempRec& t) { return x < t.vbase; });
  return static_cast<size_t>(it - temps_.begin()) - 1;
}

// (issue 3) Typed temporaries: the stack map learns what they may hold.
Slot FuncGen::temp(const Type* t) {
  const Slot s = temp(t ? t->size : 8);
  if (t) note_ptrs(s, t);
  return s;
}

Slot FuncGen::ptr_temp() {
  const Slot s = temp(8);
  note_ptr(s);
  return s;
}

void FuncGen::note_ptrs(Slot s, const Type* t) {
  if (t && has_pointers(t)) typed_slots_.emplace_back(s, t);
}

// A heap allocation at the CALLRT emitted next, for the HeapAlloc event.
void FuncGen::alloc_site(const Expr* site, const std::string& what, const std::string& reason) {
  AllocSite a;
  a.pc = fc_.code.size_bytes();
  if (site) {
    a.line = site->pos.line;
    a.col = site->pos.col;
  }
  a.what = what;
  a.reason = reason;
  fc_.alloc_sites.push_back(std::move(a));
}

// A synthetic expression standing for the value already in slot s (the
// current value of x in x op= y): operand() and expr_to() read the slot.
const Expr* FuncGen::pin(Slot s, const Type* t) {
  auto e = std::make_unique<Expr>();
  e->kind = ExprKind::Bad;
  e->mode = Mode::Value;
  e->type = t;
  const Expr* raw = e.get();
  pinned_slots_[raw] = s;
  pinned_.push_back(std::move(e));
  return raw;
}

Slot FuncGen::local_slot(uint64_t size) {
  Slot s{Base::Local, static_cast<uint32_t>(local_size_)};  // finish rejects frames past 32 bits
  local_size_ += align_up(std::max<uint64_t>(size, 1), 8);
  return s;
}

void FuncGen::add_local(Slot s, const Type* t, LocalVar::Role role, const std::string& name, uint32_t line) {
  if (!oversized_reported_) oversized_reported_ = refuse_oversized(diags_, t, here());
  LocalVar v;
  v.name = name;
  v.type = prog_.type_id(t);
  v.size = static_cast<uint32_t>(t->size);
  v.role = role;
  v.decl_line = line;
  fc_.locals.push_back(v);
  local_slots_.push_back(s);
  if (s.base != Base::Arg) note_ptrs(s, t);
}

// A variable's slot: parameters and results were placed at entry; a local
// gets its slot the first time it is seen (its declaration).
Slot FuncGen::var_slot(const Object* obj) {
  auto it = vars_.find(obj);
  if (it != vars_.end()) return it->second;
  if (obj->is_param || obj->is_result) {
    diags_.error(obj->pos, "internal error: parameter " + obj->name + " has no slot");
  }
  const Slot s = local_slot(obj->type->size);
  vars_.emplace(obj, s);
  add_local(s, obj->type, LocalVar::Role::Local, obj->name, obj->pos.line);
  return s;
}

namespace {
bool test_bit(const std::vector<uint64_t>& m, uint64_t i) {
  return i / 64 < m.size() && ((m[i / 64] >> (i % 64)) & 1u);
}
}  // namespace

// (issue 4) Gives every temporary its offset in the temporaries region so
// that (a) temporaries live at the same time do not overlap: a temporary
// goes above the one below it on the live stack (and so above all those
// live with it), and (b) every word of the region is a pointer word or a
// scalar word for the whole function: a temporary goes at the lowest
// offset where each of its words finds a free word or one of its kind.
// Temporaries of different statements share words of the same kind, so
// frames stay about as small as with a plain stack.
bool FuncGen::place_temps() {
  for (const auto& [slot, t] : typed_slots_) {
    if (slot.base != Base::Temp) continue;
    TempRec& r = temps_[temp_index(slot.off)];
    const uint64_t d = slot.off - r.vbase;
    if (d % 8 == 0) pointer_words(t, d / 8, r.ptrs);
  }
  for (const Slot& slot : ptr_slots_) {
    if (slot.base != Base::Temp) continue;
    TempRec& r = temps_[temp_index(slot.off)];
    const uint64_t d = slot.off - r.vbase;
    if (d % 8 == 0) pointer_words_of_address(d / 8, r.ptrs);
  }
  enum : uint8_t { kFree = 0, kScalar = 1, kPointer = 2 };
  std::vector<uint8_t> kind;  // per word of the region
  int64_t budget = int64_t{1} << 24;  // words compared; past it, temporaries go on top
  for (TempRec& r : temps_) {
    const uint64_t n = r.size / 8;
    const uint64_t start = r.parent < 0 ? 0 : (temps_[static_cast<size_t>(r.parent)].real + temps_[static_cast<size_t>(r.parent)].size) / 8;
    auto want = [&](uint64_t j) -> uint8_t { return test_bit(r.ptrs, j) ? kPointer : kScalar; };
    bool uniform = true;  // all its words of one kind: a conflict rules out every window over it
    for (uint64_t j = 1; j < n && uniform; ++j) uniform = want(j) == want(0);
    uint64_t off = start;
    while (off < kind.size()) {
      uint64_t j = 0;
      while (j < n && off + j < kind.size() && (kind[off + j] == kFree || kind[off + j] == want(j))) ++j;
      if (j == n || off + j >= kind.size()) break;
      budget -= static_cast<int64_t>(j + 1);
      if (budget < 0) {
        off = std::max<uint64_t>(start, kind.size());
        break;
      }
      off += uniform ? j + 1 : 1;
    }
    if (kind.size() < off + n) kind.resize(off + n, kFree);
    for (uint64_t j = 0; j < n; ++j) kind[off + j] = want(j);
    r.real = off * 8;
  }
  temp_max_ = kind.size() * 8;
  return true;
}

// Fixes up every frame operand now that the frame is final.
//
// A frame operand in word 0 (A) has 24 bits and the others 32: a function
// whose frame (with its own arguments) puts a slot that an A operand names
// past 16 MiB, or whose frame does not fit 32 bits, is refused with a
// compile error rather than run with wrapped offsets.
void FuncGen::finish(uint32_t params_size, uint32_t results_size) {
  place_temps();
  const uint64_t out = align_up(out_size_, 8);
  const uint64_t local = out;
  const uint64_t tmp = local + local_size_;
  const uint64_t z64 = align_up(tmp + temp_max_, 8);
  const uint64_t arg = z64 + kFrameLinkSize;
  auto base_of = [&](Base b) -> uint64_t {
    switch (b) {
      case Base::Abs: case Base::Out: return 0;
      case Base::Local: return local;
      case Base::Temp: return tmp;
      case Base::Arg: return arg;
      case Base::Frame: return z64;
    }
    return 0;
  };
  // Where a slot is in the frame: a temporary's virtual offset becomes its
  // placed one.
  auto frame_off = [&](Base b, uint64_t v) -> uint64_t {
    if (b != Base::Temp) return base_of(b) + v;
    const TempRec& t = temps_[temp_index(v)];
    return tmp + t.real + (v - t.vbase);
  };
  bool too_big = arg + self_.total >= (uint64_t{1} << 31);
  for (const Fixup& f : fixups_) {
    if (f.is_a && frame_off(f.base, f.v) >= (1u << 24)) too_big = true;
  }
  if (too_big) {
    unsupported(fd_ ? fd_->pos : here(), "frames larger than 16 MiB");
    return;
  }
  const uint32_t z = static_cast<uint32_t>(z64);
  std::vector<uint32_t>& w = fc_.code.words();
  for (const Fixup& f : fixups_) {
    const uint32_t at = static_cast<uint32_t>(frame_off(f.base, f.v));
    if (f.is_a) {
      w[f.word] = (w[f.word] & 0xff) | (at << 8);
    } else {
      w[f.word] = at;
    }
  }
  for (size_t i = 0; i < fc_.locals.size(); ++i) {
    fc_.locals[i].offset = local_slots_[i].off + base_of(local_slots_[i].base);
  }
  for (size_t l = 0; l < label_uses_.size(); ++l) {
    assert(label_uses_[l].empty() && "jump to a label never bound");
  }
  // Stack maps (runtime/image.h): the locals' and temporaries' pointer
  // words. A local has one slot for one variable (or one purpose) and a
  // temporary word one kind (place_temps), so a marked word only ever holds
  // a pointer. The outgoing area is out_ptrs' (callrt) and the callee's.
  fc_.frame_ptrs.assign((z / 8 + 63) / 64, 0);
  for (const auto& [slot, t] : typed_slots_) {
    if (slot.base == Base::Arg || slot.base == Base::Out) continue;
    const uint64_t at = frame_off(slot.base, slot.off);
    if (at % 8 == 0) pointer_words(t, at / 8, fc_.frame_ptrs);
  }
  for (const Slot& slot : ptr_slots_) {
    if (slot.base == Base::Arg || slot.base == Base::Out) continue;
    const uint64_t at = frame_off(slot.base, slot.off);
    if (at % 8 == 0) pointer_words_of_address(at / 8, fc_.frame_ptrs);
  }
  fc_.frame_ptrs.resize((z / 8 + 63) / 64);
  build_live_ptrs(local, tmp, z);
  set_zero_range(z);
  // (meth2) a method's parameters include its receiver (recv_sig), as self_'s do
  const Type* ft = fd_ && fd_->name && fd_->name->obj ? method_func_type(fd_->name->obj) : nullptr;
  if (ft) {
    for (size_t k = 0; k < ft->params.size() && k < self_.params.size(); ++k) {
      if (self_.params[k] % 8 == 0) pointer_words(ft->params[k].type, self_.params[k] / 8, fc_.args_ptrs);
    }
    for (size_t k = 0; k < ft->results.size() && k < self_.results.size(); ++k) {
      if (self_.results[k] % 8 == 0) pointer_words(ft->results[k].type, self_.results[k] / 8, fc_.args_ptrs);
    }
  }
  if (fc_.has_defer) fc_.defer_head = static_cast<uint32_t>(frame_off(defer_head_.base, defer_head_.off));  // (issue 6)
  fc_.frame_size = z;
  fc_.params_size = params_size;
  fc_.results_size = results_size;
}

// (issue 4) Liveness at safe points (FuncInfo::live_ptrs): at each CALL
// and CALLRT, the locals' pointer words (one slot per variable, live for
// the whole function) and the pointer words of the temporaries on the
// live-temp stack there, at their placed offsets. A temporary's lifetime
// is its statement's (end_statement), so what a finished statement left
// in a pointer word is dead at every later call: the collector clears it.
// Stacks are shared by many safe points (a statement's calls), so each is
// built once. A map ends at its last live word (the words past it are
// dead). A huge frame with many calls would make the maps huge: past a
// budget the remaining safe points get no entry and fall back to
// frame_ptrs (everything kept, as before liveness), which is safe.
void FuncGen::build_live_ptrs(uint64_t local_base, uint64_t temp_base, uint32_t frame_size) {
  const size_t nwords = (frame_size / 8 + 63) / 64;
  auto set = [&](std::vector<uint64_t>& m, uint64_t w) {
    if (w < uint64_t{frame_size} / 8) m[w / 64] |= uint64_t{1} << (w % 64);
  };
  std::vector<uint64_t> locals(nwords, 0);
  for (const auto& [slot, t] : typed_slots_) {
    if (slot.base != Base::Local) continue;
    const uint64_t at = local_base + slot.off;
    if (at % 8 != 0) continue;
    std::vector<uint64_t> m;
    pointer_words(t, at / 8, m);
    for (size_t i = 0; i < m.size() && i < nwords; ++i) locals[i] |= m[i];
  }
  for (const Slot& slot : ptr_slots_) {
    const uint64_t at = local_base + slot.off;
    if (slot.base == Base::Local && at % 8 == 0) set(locals, at / 8);
  }
  constexpr uint64_t kBudgetWords = uint64_t{1} << 22;  // 32 MiB of maps per function
  uint64_t spent = 0;
  std::map<int64_t, size_t> built;  // stack top -> index in live_ptrs of its map
  fc_.live_ptrs.clear();
  for (const SafePoint& sp : safe_points_) {
    auto it = built.find(sp.top);
    if (it != built.end()) {
      spent += fc_.live_ptrs[it->second].words.size();
      if (spent > kBudgetWords) break;
      fc_.live_ptrs.push_back(FuncInfo::LivePtrs{sp.pc, fc_.live_ptrs[it->second].words});
      continue;
    }
    std::vector<uint64_t> words = locals;
    for (int64_t k = sp.top; k >= 0; k = temps_[static_cast<size_t>(k)].parent) {
      const TempRec& r = temps_[static_cast<size_t>(k)];
      const uint64_t first = (temp_base + r.real) / 8;  // temp_base and real are 8-aligned
      for (size_t i = 0; i < r.ptrs.size(); ++i) {
        for (uint64_t b = r.ptrs[i]; b != 0; b &= b - 1) set(words, first + 64 * i + static_cast<uint64_t>(__builtin_ctzll(b)));
      }
    }
    while (!words.empty() && words.back() == 0) words.pop_back();
    spent += words.size();
    if (spent > kBudgetWords) break;
    built.emplace(sp.top, fc_.live_ptrs.size());
    fc_.live_ptrs.push_back(FuncInfo::LivePtrs{sp.pc, std::move(words)});
  }
}

// (issue 4) ENTER (the function's first instruction) zeroes the frame
// from the first word frame_ptrs marks to the last, so that no marked word
// holds what an earlier frame left there. Its A operand has 24 bits: a
// range starting past 16 MiB starts at 0 instead.
void FuncGen::set_zero_range(uint32_t z) {
  std::vector<uint32_t>& w = fc_.code.words();
  if (w.size() < 3 || static_cast<Op>(w[0] & 0xff) != Op::ENTER) return;
  uint64_t first = UINT64_MAX, last = 0;
  for (uint64_t i = 0; i < uint64_t{z} / 8; ++i) {
    if (!test_bit(fc_.frame_ptrs, i)) continue;
    first = std::min(first, i);
    last = i;
  }
  if (first == UINT64_MAX) return;  // nothing to zero: A = n = 0
  if (first * 8 >= (uint64_t{1} << 24)) first = 0;
  w[0] = (w[0] & 0xff) | static_cast<uint32_t>(first * 8) << 8;
  w[2] = static_cast<uint32_t>((last + 1 - first) * 8);
}

bool FuncGen::unsupported(Pos pos, const std::string& what) {
  diags_.unsupported(pos, what);
  return false;
}

// ---------------------------------------------------------------- functions

void FuncGen::gen_func(const FuncDecl* fd) {
  fd_ = fd;
  fc_.decl_line = fd->pos.line;
  // (issue 6, iface) A method's receiver is its first parameter.
  const Type* ft = fd->name && fd->name->obj ? method_func_type(fd->name->obj) : nullptr;
  // (issue 6, func) a variadic function's last parameter is a plain slice
  self_ = call_layout(ft);

  // Parameters and results live in the caller's outgoing area.
  size_t k = 0;
  for (const FieldList* pl : {fd->recv, fd->sig ? fd->sig->params : nullptr}) {
    if (!pl) continue;
    for (const Field* f : pl->list) {
      const size_t n = std::max<size_t>(f->names.size(), 1);
      for (size_t i = 0; i < n; ++i, ++k) {
        if (!ft || k >= ft->params.size()) break;
        const Slot s{Base::Arg, self_.params[k]};
        const Ident* id = i < f->names.size() ? f->names[i] : nullptr;
        if (id && id->obj) vars_.emplace(id->obj, s);
        add_local(s, ft->params[k].type, LocalVar::Role::Param, id ? id->name : "~p" + std::to_string(k),
                  id ? id->pos.line : fd->pos.line);
      }
    }
  }
  k = 0;
  if (fd->sig && fd->sig->results) {
    for (const Field* f : fd->sig->results->list) {
      const size_t n = std::max<size_t>(f->names.size(), 1);
      for (size_t i = 0; i < n; ++i, ++k) {
        if (!ft || k >= ft->results.size()) break;
        const Slot s{Base::Arg, self_.results[k]};
        const Ident* id = i < f->names.size() ? f->names[i] : nullptr;
        const Object* obj = id ? id->obj : nullptr;
        if (obj) vars_.emplace(obj, s);
        results_.push_back(obj);
        const bool named = id && id->name != "_";
        add_local(s, ft->results[k].type, LocalVar::Role::Result, named ? id->name : "~r" + std::to_string(k),
                  id ? id->pos.line : fd->pos.line);
      }
    }
  }

  mark(fd->pos);
  emit(Op::ENTER, {Opnd::imm(0), Slot{Base::Frame, 0}, Opnd::imm(0)});  // finish() sets the zero range
  if (fd->lit) closure_prologue(fd->lit);  // (issue 6, func) GETCTXT right after ENTER
  // Named results start as zero values. Unnamed ones are always assigned
  // by a return statement before RET; (issue 4) those that hold pointers
  // are zeroed too, as args_ptrs marks them while the body runs.
  for (size_t i = 0; i < results_.size(); ++i) {
    if (id_named_result(i) || has_pointers(ft->results[i].type)) zero(Slot{Base::Arg, self_.results[i]}, ft->results[i].type);
  }
  // Parameters and results moved to the heap get their objects at entry; a
  // parameter's value is copied in (gc's prologue does the same). (issue 4)
  // Its temporaries die before the body, like a statement's.
  const uint64_t mark_prologue = temp_top_;
  for (const FieldList* fl : {fd->recv, fd->sig ? fd->sig->params : nullptr, fd->sig ? fd->sig->results : nullptr}) {
    if (!fl) continue;
    for (const Field* f : fl->list) {
      for (const Ident* id : f->names) {
        const Object* obj = id->obj;
        if (!is_heap_var(obj) || !vars_.count(obj)) continue;
        const Slot slot = vars_.at(obj);
        declare_var(obj);
        if (obj->is_param) store_to(var_place(obj), slot);
      }
    }
  }
  end_statement(mark_prologue);
  begin_defers(fd);  // (issue 6) codegen_defer.cpp
  if (fd->body) {
    block(fd->body->list);
    const bool returns = !fd->body->list.empty() && fd->body->list.back()->kind == StmtKind::Return;
    if (!returns) ret(fd->body->rbrace);  // (issue 6) RET, or to the deferreturn sequence
  }
  end_defers();  // (issue 6)
  finish(self_.params_size, self_.size - self_.params_size);
}

bool FuncGen::id_named_result(size_t i) const { return i < results_.size() && results_[i] != nullptr; }

// main.init: the non-constant package-level initializers in Go's
// initialization order, each announced by GLOBALINIT, then the init funcs.
void FuncGen::gen_package_init() {
  fc_.decl_line = 0;
  emit(Op::ENTER, {Opnd::imm(0), Slot{Base::Frame, 0}, Opnd::imm(0)});
  for (const GlobalInit& gi : pkg_.init_order) {
    if (gi.constant_init || !gi.rhs) continue;
    const uint64_t mark_t = temp_top_;
    mark(gi.rhs->pos);
    if (gi.lhs.size() == 1) {
      const Object* obj = gi.lhs[0];
      const Slot v = operand_last(gi.rhs);
      if (obj) {
        const uint32_t g = prog_.global_id(obj);
        gstore(v, g, obj->type);
        emit(Op::GLOBALINIT, {Opnd::rel(RelocKind::Global, g)});
      }
    } else {
      const Expr* call = unparen(gi.rhs);
      const IndexExpr* ix = comma_ok_index(call);
      const UnaryExpr* rx = comma_ok_recv(call);  // (issue 5) var v, ok = <-c
      const TypeAssertExpr* ax = comma_ok_assert(call);  // (issue 6, iface) var v, ok = x.(T)
      if (ix || rx || ax) {  // var v, ok = m[k]
        const std::vector<Slot> vo = ix ? comma_ok_to(ix) : rx ? comma_ok_recv_to(rx) : comma_ok_assert_to(ax);
        for (size_t i = 0; i < 2 && i < gi.lhs.size(); ++i) {
          if (!gi.lhs[i]) continue;
          const uint32_t g = prog_.global_id(gi.lhs[i]);
          gstore(vo[i], g, gi.lhs[i]->type);
          emit(Op::GLOBALINIT, {Opnd::rel(RelocKind::Global, g)});
        }
      } else if (call->kind != ExprKind::Call) {
        unsupported(gi.rhs->pos, "this multi-value initializer");
      } else {
        const std::vector<Slot> rs = call_results(static_cast<const CallExpr*>(call));
        for (size_t i = 0; i < gi.lhs.size() && i < rs.size(); ++i) {
          if (!gi.lhs[i]) continue;
          const uint32_t g = prog_.global_id(gi.lhs[i]);
          gstore(rs[i], g, gi.lhs[i]->type);
          emit(Op::GLOBALINIT, {Opnd::rel(RelocKind::Global, g)});
        }
      }
    }
    end_statement(mark_t);
  }
  for (const FuncDecl* f : pkg_.init_funcs) {
    mark(f->pos);
    emit(Op::CALL, {Opnd::rel(RelocKind::Call, prog_.func_ids.at(f))});
  }
  emit(Op::RET, {Slot{Base::Frame, 0}});
  finish(0, 0);
}

// --------------------------------------------------------------- statements

void FuncGen::block(const std::vector<Stmt*>& list) {
  for (const Stmt* s : list) stmt(s);
}

void FuncGen::stmt(const Stmt* s) {
  if (!s) return;
  const uint64_t mark_t = temp_top_;
  if (s->kind != StmtKind::Block && s->kind != StmtKind::Labeled && s->kind != StmtKind::Empty) mark(s->pos);
  switch (s->kind) {
    case StmtKind::Empty: break;
    case StmtKind::Decl: decl_stmt(static_cast<const DeclStmt*>(s)); break;
    case StmtKind::Labeled: {
      const auto* l = static_cast<const LabeledStmt*>(s);
      label_of_[l->stmt] = l;  // break L / continue L may name either
      stmt(l->stmt);
      break;
    }
    case StmtKind::Expr: expr_stmt(static_cast<const ExprStmt*>(s)); break;
    case StmtKind::IncDec: incdec_stmt(static_cast<const IncDecStmt*>(s)); break;
    case StmtKind::Assign: assign_stmt(static_cast<const AssignStmt*>(s)); break;
    case StmtKind::Return: return_stmt(static_cast<const ReturnStmt*>(s)); break;
    case StmtKind::Branch: branch_stmt(static_cast<const BranchStmt*>(s)); break;
    case StmtKind::Block: block(static_cast<const BlockStmt*>(s)->list); break;
    case StmtKind::If: if_stmt(static_cast<const IfStmt*>(s)); break;
    case StmtKind::Switch: switch_stmt(static_cast<const SwitchStmt*>(s)); break;
    case StmtKind::TypeSwitch: type_switch_stmt(static_cast<const TypeSwitchStmt*>(s)); break;  // (issue 6) codegen_iface.cpp
    case StmtKind::For: for_stmt(static_cast<const ForStmt*>(s)); break;
    case StmtKind::Range: range_stmt(static_cast<const RangeStmt*>(s)); break;
    case StmtKind::Go: go_stmt(static_cast<const GoStmt*>(s)); break;  // (issue 5) codegen_go.cpp
    case StmtKind::Defer: defer_stmt(static_cast<const DeferStmt*>(s)); break;  // (issue 6) codegen_defer.cpp
    case StmtKind::Send: send_stmt(static_cast<const SendStmt*>(s)); break;  // (issue 5) codegen_chan.cpp
    case StmtKind::Select: select_stmt(static_cast<const SelectStmt*>(s)); break;  // (issue 5) codegen_select.cpp
    default: unsupported(s->pos, "this statement"); break;
  }
  end_statement(mark_t);
}

// The statement's temporaries are free again and its calls forgotten.
void FuncGen::end_statement(uint64_t temp_mark) {
  if (temp_mark < live_temps_.size()) live_temps_.resize(temp_mark);
  temp_top_ = live_temps_.size();
  out_args_.clear();
  hoisted_.clear();
  for (const Expr* e : pinned_ast_) pinned_slots_.erase(e);
  pinned_ast_.clear();
  pending_ = nullptr;
}

void FuncGen::zero(Slot dst, const Type* t) {
  switch (t->size) {
    case 0: break;
    case 1: emit(Op::MOVK_B, {dst, Opnd::imm(0)}); break;
    case 2: emit(Op::MOVK_W, {dst, Opnd::imm(0)}); break;
    case 4: emit(Op::MOVK_L, {dst, Opnd::imm(0)}); break;
    case 8: emit(Op::MOVK_Q, {dst, Opnd::imm(0)}); break;
    default: emit(Op::ZERO, {dst, Opnd::imm(static_cast<int64_t>(t->size))}); break;
  }
}

void FuncGen::decl_stmt(const DeclStmt* s) {
  if (!s->decl || s->decl->tok != Token::Var) return;  // const and type declarations emit nothing
  for (const Spec* sp : s->decl->specs) {
    const auto* vs = static_cast<const ValueSpec*>(sp);
    mark(vs->pos);
    if (vs->values.empty()) {
      for (const Ident* id : vs->names) {
        if (!id->obj) continue;
        declare_var(id->obj);  // a heap variable's new object is already zero
        if (!is_heap_var(id->obj)) zero(var_slot(id->obj), id->obj->type);
      }
    } else if (vs->values.size() == vs->names.size()) {
      // The new variables are not in scope on the right: no aliasing.
      for (const Expr* v : vs->values) hoist(v);
      for (const Ident* id : vs->names) {
        if (id->obj) declare_var(id->obj);
      }
      for (size_t i = 0; i < vs->names.size(); ++i) assign_expr(vs->names[i], vs->values[i]);
    } else {
      const Expr* call = unparen(vs->values[0]);
      const IndexExpr* ix = comma_ok_index(call);  // var v, ok = m[k]
      const UnaryExpr* rx = comma_ok_recv(call);   // (issue 5) var v, ok = <-c
      const TypeAssertExpr* ax = comma_ok_assert(call);  // (issue 6, iface) var v, ok = x.(T)
      if (!ix && !rx && !ax && call->kind != ExprKind::Call) {
        unsupported(vs->pos, "this multi-value declaration");
        continue;
      }
      const std::vector<Slot> rs = ix   ? comma_ok_to(ix)
                                   : rx ? comma_ok_recv_to(rx)
                                   : ax ? comma_ok_assert_to(ax)
                                        : call_results(static_cast<const CallExpr*>(call));
      for (const Ident* id : vs->names) {
        if (id->obj) declare_var(id->obj);
      }
      for (size_t i = 0; i < vs->names.size() && i < rs.size(); ++i) {
        if (vs->names[i]->obj) store(vs->names[i], rs[i], vs->names[i]->obj->type);
      }
    }
  }
}

// v, ok = m[k] in any form (assignment, var declaration, package-level
// var): the map index as the checker marked it, or null.
const IndexExpr* FuncGen::comma_ok_index(const Expr* e) {
  if (e->kind != ExprKind::Index) return nullptr;
  const auto* ix = static_cast<const IndexExpr*>(e);
  return ix->comma_ok ? ix : nullptr;
}

// Runs the comma-ok lookup; returns the slots of the value and of ok.
std::vector<Slot> FuncGen::comma_ok_to(const IndexExpr* ix) {
  hoist(ix);
  const Slot v = temp(ix->type);
  const Slot ok = temp(1);
  map_index_to(ix, v, ok);
  return {v, ok};
}

namespace {
const IndexExpr* as_map_index(const Expr* e) {
  e = unparen(e);
  if (!e || e->kind != ExprKind::Index) return nullptr;
  const auto* ix = static_cast<const IndexExpr*>(e);
  return ix->x->type && ix->x->type->underlying()->kind == TypeKindC::Map ? ix : nullptr;
}

// A plain local variable in the frame (not a global, not moved to the heap,
// (issue 6, func) not one a closure captured by reference: byref).
const Object* frame_local(const Expr* e, const std::set<const Object*>& byref) {
  e = unparen(e);
  if (!e || e->kind != ExprKind::Ident) return nullptr;
  const Object* obj = static_cast<const Ident*>(e)->obj;
  if (!obj || obj->kind != ObjKind::Var || obj->is_global || obj->storage == Storage::Heap) return nullptr;
  if (byref.count(obj)) return nullptr;
  return obj;
}

// The identifiers a := statement declares (not those it reassigns).
std::vector<const Object*> defined_vars(const AssignStmt* s) {
  std::vector<const Object*> out;
  if (s->tok != Token::Define) return out;
  for (const Expr* l : s->lhs) {
    const Expr* u = unparen(l);
    if (u->kind != ExprKind::Ident) continue;
    const auto* id = static_cast<const Ident*>(u);
    if (id->obj && id->obj->kind == ObjKind::Var && id->obj->pos == id->pos) out.push_back(id->obj);
  }
  return out;
}
}  // namespace

// Stores the value at slot `value` into what lhs denotes.
void FuncGen::store(const Expr* lhs, Slot value, const Type* t) {
  lhs = unparen(lhs);
  if (is_blank(lhs)) return;
  if (const IndexExpr* ix = as_map_index(lhs)) {
    store_to(deref(map_assign_ptr(ix), ix->type), value);
    return;
  }
  Place p = place(lhs);
  if (!p.type) p.type = t;
  store_to(p, value);
}

// lhs = rhs, evaluating rhs straight into a local's slot when it can.
void FuncGen::assign_expr(const Expr* lhs, const Expr* rhs) {
  lhs = unparen(lhs);
  if (is_blank(lhs)) {
    // (issue 4) _ = f(): the call runs and its result dies in the outgoing
    // area, never copied to a temporary that the stack map would keep.
    const Expr* r = unparen(rhs);
    if (r->kind == ExprKind::Call && static_cast<const CallExpr*>(r)->call_kind == CallKind::Func) {
      call_func(static_cast<const CallExpr*>(r));
      return;
    }
    if (rhs->mode != Mode::Nil) operand(rhs);  // evaluated for its effects
    return;
  }
  hoist(lhs);
  hoist(rhs);
  if (const Object* obj = frame_local(lhs, byref_)) {
    // A composite literal fills its destination piece by piece: it may read
    // the variable it is assigned to (a = T{a.y, a.x}).
    if (unparen(rhs)->kind != ExprKind::CompositeLit) {
      expr_to_as(rhs, obj->type, var_slot(obj));
      return;
    }
  }
  const Type* t = lhs->type ? lhs->type : rhs->type;
  const Slot v = temp(t);
  expr_to_as(rhs, t, v);
  store(lhs, v, t);
}

void FuncGen::assign_stmt(const AssignStmt* s) {
  for (const Object* obj : defined_vars(s)) declare_var(obj);
  if (s->tok != Token::Assign && s->tok != Token::Define) {
    const Token op = op_of_assign(s->tok);
    const Expr* lhs = unparen(s->lhs[0]);
    const Expr* site = op_assign_site(s);
    if (const Object* obj = frame_local(lhs, byref_)) {
      arith_to(op, obj->type, lhs, s->rhs[0], var_slot(obj), s->tok_pos, site);
      return;
    }
    hoist(lhs);  // the order pass: the target's calls, then the value's
    hoist(s->rhs[0]);
    const Type* t = lhs->type;
    const IndexExpr* mix = as_map_index(lhs);
    const Place p = mix ? deref(map_assign_ptr(mix), t) : place(lhs);
    const Slot cur = temp(t);
    load(p, cur);
    const Slot res = temp(t);
    arith_to(op, t, pin(cur, t), s->rhs[0], res, s->tok_pos, site);
    store_to(p, res);
    return;
  }
  if (s->lhs.size() == 1 && s->rhs.size() == 1) {
    assign_expr(s->lhs[0], s->rhs[0]);
    return;
  }
  if (s->rhs.size() == 1) {  // a, b = f() / v, ok = m[k]
    const Expr* r = unparen(s->rhs[0]);
    if (const IndexExpr* ix = comma_ok_index(r)) {
      const std::vector<Slot> vo = comma_ok_to(ix);
      store(s->lhs[0], vo[0], ix->type);
      store(s->lhs[1], vo[1], s->lhs[1]->type ? s->lhs[1]->type : pkg_.types->basic(TypeKindC::Bool));
      return;
    }
    if (const UnaryExpr* rx = comma_ok_recv(r)) {  // (issue 5) v, ok = <-c
      const std::vector<Slot> vo = comma_ok_recv_to(rx);
      store(s->lhs[0], vo[0], rx->type);
      store(s->lhs[1], vo[1], s->lhs[1]->type ? s->lhs[1]->type : pkg_.types->basic(TypeKindC::Bool));
      return;
    }
    if (const TypeAssertExpr* ax = comma_ok_assert(r)) {  // (issue 6, iface) v, ok = x.(T)
      const std::vector<Slot> vo = comma_ok_assert_to(ax);
      store(s->lhs[0], vo[0], ax->type);
      store(s->lhs[1], vo[1], s->lhs[1]->type ? s->lhs[1]->type : pkg_.types->basic(TypeKindC::Bool));
      return;
    }
    if (r->kind != ExprKind::Call) {
      unsupported(s->pos, "this multi-value assignment");
      return;
    }
    const std::vector<Slot> rs = call_results(static_cast<const CallExpr*>(r));
    const Type* tt = r->type;
    for (size_t i = 0; i < s->lhs.size() && i < rs.size(); ++i) store(s->lhs[i], rs[i], tt->params[i].type);
    return;
  }
  tuple_assign(s);  // a, b = x, y: codegen_assign.cpp
}

// s += t allocates as s = s + t does; gc names the site "s + t". The
// checker gives no BinaryExpr for it and escape analysis decides nothing
// there, so one is made here, undecided (the event keeps the runtime's
// reason).
const Expr* FuncGen::op_assign_site(const AssignStmt* s) {
  if (s->tok != Token::AddAssign || !s->lhs[0]->type || !s->lhs[0]->type->underlying()->is_string()) return nullptr;
  auto b = std::make_unique<BinaryExpr>();
  b->kind = ExprKind::Binary;
  b->mode = Mode::Value;
  b->type = s->lhs[0]->type;
  b->op = Token::Add;
  b->pos = s->lhs[0]->pos;
  b->op_pos = s->tok_pos;
  b->x = s->lhs[0];
  b->y = s->rhs[0];
  const Expr* raw = b.get();
  pinned_.push_back(std::move(b));
  return raw;
}

void FuncGen::incdec_stmt(const IncDecStmt* s) {
  const Expr* lhs = unparen(s->x);
  const Type* t = lhs->type;
  BasicLit one;
  one.kind = ExprKind::BasicLit;
  one.mode = Mode::Constant;
  one.type = t;
  one.value = Constant::make_int(1);
  one.pos = s->pos;
  const Token op = s->tok == Token::Inc ? Token::Add : Token::Sub;
  if (const Object* obj = frame_local(lhs, byref_)) {
    arith_to(op, obj->type, lhs, &one, var_slot(obj), s->pos);
    return;
  }
  hoist(lhs);
  const IndexExpr* mix = as_map_index(lhs);
  const Place p = mix ? deref(map_assign_ptr(mix), t) : place(lhs);
  const Slot cur = temp(t);
  load(p, cur);
  const Slot res = temp(t);
  arith_to(op, t, pin(cur, t), &one, res, s->pos);
  store_to(p, res);
}

void FuncGen::return_stmt(const ReturnStmt* s) {
  const size_t n = self_.results.size();
  const Type* ft = fd_ && fd_->name && fd_->name->obj ? fd_->name->obj->type : nullptr;
  if (!s->results.empty() && n > 0 && ft) {
    if (s->results.size() == 1 && n > 1) {  // return f()
      const Expr* call = unparen(s->results[0]);
      if (call->kind != ExprKind::Call) {
        unsupported(s->pos, "this return");
      } else {
        const std::vector<Slot> rs = call_results(static_cast<const CallExpr*>(call));
        for (size_t i = 0; i < n && i < rs.size(); ++i) {
          move(Slot{Base::Arg, self_.results[i]}, rs[i], ft->results[i].type);
        }
      }
    } else if (n == 1) {
      expr_to_as(s->results[0], ft->results[0].type, Slot{Base::Arg, self_.results[0]});
    } else {
      // With named results, `return b, a` reads what it overwrites: go
      // through temporaries. Unnamed results cannot be read.
      bool named = false;
      for (size_t i = 0; i < n; ++i) named = named || id_named_result(i);
      for (const Expr* r : s->results) hoist(r);
      if (named) {
        std::vector<Slot> vals;
        for (size_t i = 0; i < n; ++i) {
          const Slot t = temp(ft->results[i].type);
          expr_to_as(s->results[i], ft->results[i].type, t);
          vals.push_back(t);
        }
        for (size_t i = 0; i < n; ++i) move(Slot{Base::Arg, self_.results[i]}, vals[i], ft->results[i].type);
      } else {
        for (size_t i = 0; i < n; ++i) expr_to_as(s->results[i], ft->results[i].type, Slot{Base::Arg, self_.results[i]});
      }
    }
  }
  if (s->results.empty()) {
    // Results moved to the heap are copied back to the caller's slots.
    for (size_t i = 0; i < results_.size(); ++i) {
      if (results_[i] && is_heap_var(results_[i])) load(var_place(results_[i]), Slot{Base::Arg, self_.results[i]});
    }
  }
  ret(s->pos);  // (issue 6) RET, or to the deferreturn sequence
}

void FuncGen::if_stmt(const IfStmt* s) {
  stmt(s->init);
  const int else_l = new_label();
  const uint64_t mark_t = temp_top_;
  mark(s->cond->pos);
  cond_jump(s->cond, false, else_l);
  end_statement(mark_t);  // the condition's temporaries are dead in the branches
  stmt(s->body);
  if (s->else_) {
    const int end = new_label();
    emit(Op::JMP, {Opnd::label(end)});
    bind(else_l);
    stmt(s->else_);
    bind(end);
  } else {
    bind(else_l);
  }
}

void FuncGen::push_targets(const Stmt* s, Targets t) {
  targets_[s] = t;
  auto it = label_of_.find(s);
  if (it != label_of_.end()) targets_[it->second] = t;
  target_stack_.push_back(t);
}

void FuncGen::pop_targets(const Stmt*) { target_stack_.pop_back(); }

// for init; cond; post { body }:
//        init
//        JMP cond
//   top: body
//  cont: post
//  cond: if cond goto top
//   brk:
void FuncGen::for_stmt(const ForStmt* s) {
  const Stmt* self = s;
  stmt(s->init);
  const int top = new_label(), cont = new_label(), cond = new_label(), brk = new_label();
  push_targets(self, Targets{brk, cont});
  if (s->cond) emit(Op::JMP, {Opnd::label(cond)});
  bind(top);
  stmt(s->body);
  bind(cont);
  // Go 1.22: each iteration has its own loop variables. One moved to the
  // heap gets a new object, holding the value so far, before the post
  // statement runs on it.
  const uint64_t mark_copy = temp_top_;  // (issue 4) the copies' temporaries die here
  if (s->init && s->init->kind == StmtKind::Assign) {
    for (const Object* obj : defined_vars(static_cast<const AssignStmt*>(s->init))) {
      if (!is_heap_var(obj)) continue;
      const Slot old = heap_ptrs_.at(obj);
      const Slot fresh = ptr_temp();
      new_heap_object(obj->type, fresh, nullptr, obj->name,
                      obj->escape_reason.empty() ? "moved to heap: " + obj->name : obj->escape_reason);
      if (obj->type->size > 0) emit(Op::MEMMOVE, {fresh, old, Opnd::imm(static_cast<int64_t>(obj->type->size))});
      emit(Op::MOV_Q, {old, fresh});
    }
  }
  end_statement(mark_copy);
  stmt(s->post);
  bind(cond);
  if (s->cond) {
    mark(s->cond->pos);
    cond_jump(s->cond, true, top);
  } else {
    emit(Op::JMP, {Opnd::label(top)});
  }
  bind(brk);
  pop_targets(self);
}

// for i, r := range s (over a string, by rune):
//        s' = s; idx = 0
//        JMP cond
//   top: r, next = DECODERUNE s', idx; i = idx
//        body
//  cont: idx = next
//  cond: if idx < len(s') goto top
//   brk:
void FuncGen::range_stmt(const RangeStmt* s) {
  const Type* xt = s->x->type ? s->x->type->underlying() : nullptr;
  if (xt && (xt->kind == TypeKindC::Array || xt->kind == TypeKindC::Slice ||
             (xt->kind == TypeKindC::Pointer && xt->elem->underlying()->kind == TypeKindC::Array))) {
    range_index(s);
    return;
  }
  if (xt && xt->kind == TypeKindC::Map) {
    range_map(s);
    return;
  }
  if (xt && xt->kind == TypeKindC::Chan) {  // (issue 5) codegen_chan.cpp
    range_chan(s);
    return;
  }
  if (!xt || !xt->is_string()) {
    unsupported(s->x->pos, "range over " + (s->x->type ? s->x->type->name : std::string("this value")));
    return;
  }
  // (issue 4) The loop's state is the range statement's temporaries: live
  // (on the live-temp stack) for the whole loop, body included, dead after.
  const Slot str = temp(16);
  note_ptr(str);  // the string's data
  {
    const uint64_t mark_x = temp_top_;  // the expression's temporaries die once it is evaluated
    expr_to(s->x, str);
    end_statement(mark_x);
  }
  const Slot idx = temp(8);
  const Slot next = temp(8);
  emit(Op::MOVK_Q, {idx, Opnd::imm(0)});
  const Expr* key = s->key && !is_blank(s->key) ? unparen(s->key) : nullptr;
  const Expr* val = s->value && !is_blank(s->value) ? unparen(s->value) : nullptr;
  // The rune goes straight into the value variable when it is a local.
  Slot rune = Slot{};
  bool rune_direct = false;
  if (val && frame_local(val, byref_)) {
    rune = var_slot(static_cast<const Ident*>(val)->obj);
    rune_direct = true;
  } else {
    rune = temp(8);
  }
  const Type* rune_t = pkg_.types ? pkg_.types->rune_type() : nullptr;
  const Type* int_t = pkg_.types ? pkg_.types->basic(TypeKindC::Int) : nullptr;

  const int top = new_label(), cont = new_label(), cond = new_label(), brk = new_label();
  push_targets(s, Targets{brk, cont});
  emit(Op::JMP, {Opnd::label(cond)});
  bind(top);
  mark(s->pos);
  emit(Op::DECODERUNE, {rune, next, str, idx});
  const uint64_t mark_kv = temp_top_;  // the stores' temporaries die before the body
  if (s->tok == Token::Define) {  // per-iteration variables
    if (key && key->kind == ExprKind::Ident) declare_var(static_cast<const Ident*>(key)->obj);
    if (val && val->kind == ExprKind::Ident) declare_var(static_cast<const Ident*>(val)->obj);
  }
  if (key) store(key, idx, key->type ? key->type : int_t);
  if (val && !rune_direct) store(val, rune, val->type ? val->type : rune_t);
  end_statement(mark_kv);
  stmt(s->body);
  bind(cont);
  emit(Op::MOV_Q, {idx, next});
  bind(cond);
  emit(Op::JLT_Q, {idx, str.at(8), Opnd::label(top)});
  bind(brk);
  pop_targets(s);
}

// switch init; tag { case a, b: ...; default: ... }: the tag is evaluated
// once; cases are compared in source order (default last); bodies follow.
void FuncGen::switch_stmt(const SwitchStmt* s) {
  stmt(s->init);
  const uint64_t mark_t = temp_top_;
  const Stmt* self = s;
  Slot tag;
  const Type* tag_t = nullptr;
  if (s->tag) {
    mark(s->tag->pos);
    tag = operand(s->tag);
    tag_t = s->tag->type;
  }
  std::vector<const CaseClause*> clauses;
  if (s->body) {
    for (const Stmt* c : s->body->list) clauses.push_back(static_cast<const CaseClause*>(c));
  }
  const int brk = new_label();
  std::vector<int> bodies;
  for (size_t i = 0; i < clauses.size(); ++i) bodies.push_back(new_label());
  push_targets(self, Targets{brk, -1});
  int dflt = brk;
  for (size_t i = 0; i < clauses.size(); ++i) {
    const CaseClause* cc = clauses[i];
    if (cc->is_default || cc->list.empty()) {
      dflt = bodies[i];
      continue;
    }
    for (const Expr* e : cc->list) {
      mark(e->pos);
      if (s->tag) {
        compare_slots_jump(Token::Eql, tag, e, tag_t, bodies[i]);
      } else {
        cond_jump(e, true, bodies[i]);
      }
    }
  }
  emit(Op::JMP, {Opnd::label(dflt)});
  end_statement(mark_t);  // the tag's and the cases' temporaries are dead in the bodies
  for (size_t i = 0; i < clauses.size(); ++i) {
    bind(bodies[i]);
    fallthrough_.push_back(i + 1 < clauses.size() ? bodies[i + 1] : brk);
    block(clauses[i]->body);
    fallthrough_.pop_back();
    // No jump to the end after fallthrough (it jumped) or return.
    const Stmt* last = clauses[i]->body.empty() ? nullptr : clauses[i]->body.back();
    const bool leaves = last && (last->kind == StmtKind::Return ||
                                 (last->kind == StmtKind::Branch &&
                                  static_cast<const BranchStmt*>(last)->tok == Token::Fallthrough));
    if (!leaves && i + 1 < clauses.size()) emit(Op::JMP, {Opnd::label(brk)});
  }
  bind(brk);
  pop_targets(self);
}

void FuncGen::branch_stmt(const BranchStmt* s) {
  if (s->tok == Token::Fallthrough) {
    if (fallthrough_.empty()) {
      unsupported(s->pos, "fallthrough here");
      return;
    }
    emit(Op::JMP, {Opnd::label(fallthrough_.back())});
    return;
  }
  if (s->tok == Token::Goto) {
    unsupported(s->pos, "goto");
    return;
  }
  const bool is_break = s->tok == Token::Break;
  int label = -1;
  if (s->target) {
    auto it = targets_.find(s->target);
    if (it != targets_.end()) label = is_break ? it->second.brk : it->second.cont;
  } else {
    for (auto it = target_stack_.rbegin(); it != target_stack_.rend(); ++it) {
      const int l = is_break ? it->brk : it->cont;
      if (l >= 0) {
        label = l;
        break;
      }
    }
  }
  if (label < 0) {
    unsupported(s->pos, is_break ? "this break" : "this continue");
    return;
  }
  emit(Op::JMP, {Opnd::label(label)});
}

void FuncGen::expr_stmt(const ExprStmt* s) {
  const Expr* x = unparen(s->x);
  if (x->kind == ExprKind::Unary && static_cast<const UnaryExpr*>(x)->op == Token::Arrow) {
    recv_stmt(static_cast<const UnaryExpr*>(x));  // (issue 5) <-c
    return;
  }
  if (x->kind != ExprKind::Call) {
    unsupported(x->pos, "this expression statement");
    return;
  }
  const auto* c = static_cast<const CallExpr*>(x);
  switch (c->call_kind) {
    case CallKind::Func: call_func(c); break;
    case CallKind::Builtin: builtin_call(c); break;
    case CallKind::Native: fmt_call(c); break;
    default: unsupported(c->pos, "this call"); break;
  }
}

// ---------------------------------------------------------------- generate

namespace {

std::string func_name(const CheckedPackage& pkg, const FuncDecl* fd) {
  for (size_t i = 0; i < pkg.init_funcs.size(); ++i) {
    if (pkg.init_funcs[i] == fd) return "main.init." + std::to_string(i);
  }
  if (fd->recv && fd->name && fd->name->obj) return method_func_name(fd->name->obj);  // (issue 6, iface)
  return "main." + (fd->name ? fd->name->name : std::string("?"));
}

bool is_zero(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::Bool: return !c.b;
    case Constant::Kind::Int: return c.i == 0;
    case Constant::Kind::Float: return false;  // (const) zero is an Int
    case Constant::Kind::String: return c.s.empty();
  }
  return false;
}

// Globals in source order. As gc does, a constant initializer with a
// non-zero value puts its global in data; a zero value (var x = 0) leaves
// it in bss, like a global without initializer.
void declare_globals(const CheckedPackage& pkg, Program& prog, Diagnostics& diags) {
  // (issue 6, strconv) strconv.ErrRange and ErrSyntax: errors the linker
  // initializes in data (link.cpp), with their *errors.errorString.
  for (const Object* obj : pkg.strconv_errors) {
    const uint32_t id = prog.global_id(obj);
    prog.globals[id].name = "strconv." + obj->name;
    prog.globals[id].static_error = obj->name == "ErrSyntax" ? "invalid syntax" : "value out of range";
    prog.type_id(pkg.errors_string_ptr);
    prog.type_id(pkg.errors_string_ptr->elem);
  }
  if (pkg.strconv_numerror_ptr != nullptr) prog.type_id(pkg.strconv_numerror_ptr);
  for (const Object* obj : pkg.globals) {
    refuse_oversized(diags, obj->type, obj->pos);
    prog.global_id(obj);
  }
  for (const GlobalInit& gi : pkg.init_order) {
    for (const Object* obj : gi.lhs) {
      if (!obj) continue;
      auto it = prog.global_ids.find(obj);
      if (it == prog.global_ids.end()) continue;
      GlobalDef& g = prog.globals[it->second];
      if (!gi.rhs) continue;
      if (gi.constant_init && gi.rhs->value) {
        if (!is_zero(*gi.rhs->value)) g.data = *gi.rhs->value;
      } else {
        g.init_by_code = true;
      }
    }
  }
}

}  // namespace

std::shared_ptr<const Image> generate(const CheckedPackage& pkg, Diagnostics& diags) {
  Program prog;
  prog.file = pkg.file ? pkg.file->path : std::string();
  prog.funcs.emplace_back();
  prog.funcs[0].name = "main.init";
  for (const FuncDecl* fd : pkg.funcs) {
    if (prog.func_ids.count(fd)) continue;
    prog.func_ids.emplace(fd, static_cast<uint32_t>(prog.funcs.size()));
    prog.funcs.emplace_back();
    prog.funcs.back().name = func_name(pkg, fd);
  }
  for (const FuncDecl* fd : pkg.init_funcs) {
    if (prog.func_ids.count(fd)) continue;  // init funcs missing from funcs (defensive)
    prog.func_ids.emplace(fd, static_cast<uint32_t>(prog.funcs.size()));
    prog.funcs.emplace_back();
    prog.funcs.back().name = func_name(pkg, fd);
  }
  if (!pkg.main_func || !prog.func_ids.count(pkg.main_func)) {
    diags.error(Pos{}, "function main is undeclared in the main package");
    return nullptr;
  }
  prog.main_id = prog.func_ids.at(pkg.main_func);
  declare_globals(pkg, prog, diags);

  // In id order (source order), so that string and type ids, and with them
  // every rodata address, are the same on every run.
  std::vector<const FuncDecl*> decl_of(prog.funcs.size(), nullptr);
  for (const auto& [fd, id] : prog.func_ids) decl_of[id] = fd;
  // (issue 6, func) Closures after the declared functions, laid out now
  // that escape analysis has decided their captures.
  for (FuncLit* lit : pkg.closures) {
    closure_layout(*pkg.types, lit);
    prog.func_ids.emplace(lit->decl, static_cast<uint32_t>(prog.funcs.size()));
    prog.funcs.emplace_back();
    prog.funcs.back().name = lit->name;
    decl_of.push_back(lit->decl);
  }
  FuncGen(prog, pkg, diags, prog.funcs[0]).gen_package_init();
  const std::vector<std::pair<uint32_t, const Object*>> fm = declare_method_value_wrappers(prog, pkg);  // (issue 6, iface)
  const std::vector<uint32_t> drivers = declare_errors_drivers(prog, pkg);  // (issue 6, errs) codegen_errors.cpp
  const auto mexprs = declare_method_expr_wrappers(prog, pkg);  // (methods) codegen_method_expr.cpp
  for (size_t id = 1; id < decl_of.size(); ++id) FuncGen(prog, pkg, diags, prog.funcs[id]).gen_func(decl_of[id]);
  for (const auto& [id, m] : fm) FuncGen(prog, pkg, diags, prog.funcs[id]).gen_method_value_wrapper(m);
  generate_errors_drivers(prog, pkg, diags, drivers);
  generate_method_expr_wrappers(prog, pkg, diags, mexprs);
  if (diags.has_errors()) return nullptr;
  build_itabs(prog, pkg, diags);  // (issue 6, iface) itab.cpp
  if (diags.has_errors()) return nullptr;
  return link(prog, diags);
}

}  // namespace govm
