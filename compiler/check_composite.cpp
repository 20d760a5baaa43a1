// Composite literals, field selectors, index and slice expressions
// (go/types' literals.go, lookup.go, selection.go, index.go).
//
// Field lookup (lookup_field) is go/types' lookupFieldOrMethod without
// methods: a breadth-first search through embedded fields, one depth at a
// time, so that a shallower field hides a deeper one and two fields of the
// same name at the same depth are ambiguous. A pointer is followed once at
// the top (p.f for p *T) and at every embedded *E; the path of field
// indices is what code generation walks (SelectorExpr::path).
//
// Addressability (what & and assignment need) follows the spec: a
// variable, *p, a field of an addressable struct or of any struct reached
// through a pointer, an element of an addressable array, any slice
// element. A map element (Mode::MapIndex) is assignable but not
// addressable, and a field of it is neither.
//
// Composite literals. An element whose type is elided ({1, 2} inside
// []T{...}) takes the element type as a hint (lit_hint_); for an element
// type *T the element is &T{...} (CompositeLit::addr). Keyed elements of
// arrays and slices are constant indices; CompositeLit::indices records
// each element's index (or struct field), CompositeLit::len the length.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>

#include "compiler/check.h"

namespace govm {

namespace {

// Where gc reports about a key:value element: at its ':' (syntax's
// KeyValueExpr position). The parser records only the key's position; for
// the usual keys, a name or a literal written before the colon without a
// space, the colon follows them directly.
Pos colon_pos(const KeyValueExpr* kv) {
  const Expr* k = kv->key;
  Pos p = k->pos;
  if (k->kind == ExprKind::Ident) p.col += static_cast<int>(static_cast<const Ident*>(k)->name.size());
  if (k->kind == ExprKind::BasicLit) p.col += static_cast<int>(static_cast<const BasicLit*>(k)->text.size());
  return p;
}

}  // namespace

// ------------------------------------------------------------ selectors

int Checker::lookup_field(const Type* t, const std::string& name, std::vector<int>* path, const Type** type,
                          bool* indirect) const {
  struct Embedded {
    const Type* t;
    std::vector<int> path;
    bool indirect;
    bool multiples;  // the type appears more than once at this depth
  };
  bool ind = false;
  if (t->underlying()->kind == TypeKindC::Pointer) {
    t = t->underlying()->elem;
    ind = true;
  }
  std::vector<Embedded> current{{t, {}, ind, false}};
  std::set<const Type*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    bool found = false;
    for (const Embedded& e : current) {
      if (e.t->kind == TypeKindC::Named && !seen.insert(e.t).second) continue;
      const Type* u = e.t->underlying();
      if (u->kind != TypeKindC::Struct) continue;
      // (issue 5) another package's unexported fields (sync.Mutex's state)
      // are not visible from package main.
      const bool hidden = is_package_type(e.t) && !name.empty() && !std::isupper(static_cast<unsigned char>(name[0]));
      for (size_t i = 0; i < u->fields.size(); i++) {
        const StructField& f = u->fields[i];
        std::vector<int> p = e.path;
        p.push_back(static_cast<int>(i));
        if (f.name == name && name != "_" && !hidden) {
          if (found || e.multiples) return 2;
          found = true;
          *path = p;
          *type = f.type;
          *indirect = e.indirect;
          continue;
        }
        if (!found && f.embedded) {
          const Type* ft = f.type;
          bool fi = e.indirect;
          if (ft->kind == TypeKindC::Pointer) {
            ft = ft->elem;
            fi = true;
          }
          bool dup = false;
          for (Embedded& n : next) {
            if (n.t == ft) n.multiples = dup = true;
          }
          if (!dup) next.push_back({ft, std::move(p), fi, e.multiples});
        }
      }
    }
    if (found) return 0;
    current = std::move(next);
  }
  return 1;
}

void Checker::field_selector(Operand& x, SelectorExpr* e) {
  expr_or_type(x, e->x);
  if (x.invalid()) return;
  const std::string& name = e->sel->name;
  if (x.mode == Mode::Builtin) {
    error(start_pos(e), "invalid use of " + operand_string(x) + " in selector expression");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.type == nullptr) {
    error(e->sel->pos, expr_str(e) + " undefined");
    x.mode = Mode::Invalid;
    return;
  }
  if (method_selector(x, e)) return;  // (issue 5) sync's methods
  if (user_method_selector(x, e)) return;  // (issue 6, iface) check_method.cpp
  if (x.mode == Mode::TypeExpr) {
    if (refused_methods_.count(name)) {
      x.mode = Mode::Invalid;  // a method expression of a refused method
      return;
    }
    error(e->sel->pos, expr_str(e) + " undefined (type " + x.type->name + " has no method " + name + ")");
    x.mode = Mode::Invalid;
    return;
  }
  std::vector<int> path;
  const Type* ft = nullptr;
  bool indirect = false;
  int r = lookup_field(x.type, name, &path, &ft, &indirect);
  if (r == 2) {
    error(e->sel->pos, "ambiguous selector " + expr_str(e));
    x.mode = Mode::Invalid;
    return;
  }
  if (r == 1 && refused_methods_.count(name)) {
    x.mode = Mode::Invalid;  // a method, refused where it is declared
    return;
  }
  if (r == 1) {
    std::string why = "type " + x.type->name + " has no field or method " + name;
    // "but does have Name": the same name with its first letter's case changed.
    std::string other = name;
    unsigned char c0 = static_cast<unsigned char>(other[0]);
    other[0] = static_cast<char>(std::isupper(c0) ? std::tolower(c0) : std::toupper(c0));
    std::vector<int> p2;
    const Type* t2;
    bool i2;
    if (other != name && lookup_field(x.type, other, &p2, &t2, &i2) == 0) why += ", but does have " + other;
    error(e->sel->pos, expr_str(e) + " undefined (" + why + ")");
    x.mode = Mode::Invalid;
    return;
  }
  e->sel_kind = SelKind::Field;
  e->path = std::move(path);
  x.mode = x.mode == Mode::Variable || indirect ? Mode::Variable : Mode::Value;
  x.type = ft;
  x.val.reset();
  e->sel->mode = x.mode;
  e->sel->type = ft;
}

// (issue 5) Methods of package types: sync.WaitGroup's and sync.Mutex's
// (natives, their receivers passed by address), directly, through a
// pointer or promoted from an embedded field; time.Duration's and method
// expressions (sync.Mutex.Lock) are refused by name.
bool Checker::method_selector(Operand& x, SelectorExpr* e) {
  const std::string& name = e->sel->name;
  const Type* t = x.type;
  const bool ptr = t->underlying()->kind == TypeKindC::Pointer && t->kind != TypeKindC::Named;
  const Type* base = ptr ? t->underlying()->elem : t;
  if (base == duration_ && duration_ != nullptr) {
    static const char* const kDurationMethods[] = {"Abs", "Hours", "Microseconds", "Milliseconds", "Minutes",
                                                   "Nanoseconds", "Round", "Seconds", "String", "Truncate"};
    for (const char* m : kDurationMethods) {
      if (name != m) continue;
      unsupported(start_pos(e), "time.Duration." + name);
      x.mode = Mode::Invalid;
      return true;
    }
    return false;
  }
  bool refused = false;
  Object* m = sync_method(base, name, &refused);
  std::vector<int> path;
  bool indirect = ptr;
  bool via_ptr = ptr;  // the receiver is a pointer value already
  if (m == nullptr && !refused && x.mode != Mode::TypeExpr) {
    // Promoted from an embedded sync.WaitGroup or sync.Mutex (unless a
    // field of that name comes first).
    std::vector<int> p;
    const Type* ft = nullptr;
    bool ind = false;
    if (lookup_field(t, name, &p, &ft, &ind) != 1) return false;
    for (const char* embedded : {"WaitGroup", "Mutex", "Builder"}) {  // (issue 6) strings.Builder
      if (lookup_field(t, embedded, &p, &ft, &ind) != 0) continue;
      const bool fptr = ft->kind == TypeKindC::Pointer;
      const Type* fbase = fptr ? ft->elem : ft;
      if (fbase != waitgroup_ && fbase != mutex_ && (fbase != builder_ || builder_ == nullptr)) continue;
      m = sync_method(fbase, name, &refused);
      if (m == nullptr && !refused) continue;
      path = p;
      indirect = ind;
      via_ptr = fptr;
      base = fbase;
      break;
    }
  }
  if (refused) {
    unsupported(start_pos(e), "(*" + base->name + ")." + name);
    x.mode = Mode::Invalid;
    return true;
  }
  if (m == nullptr) return false;
  if (x.mode == Mode::TypeExpr) {
    if (via_ptr) {
      unsupported(start_pos(e), "method expressions");  // (*sync.Mutex).Lock
    } else {
      error(e->sel->pos, "cannot call pointer method " + name + " on " + base->name);
    }
    x.mode = Mode::Invalid;
    return true;
  }
  // A pointer method needs an addressable receiver (or a pointer).
  if (!via_ptr && x.mode != Mode::Variable && !indirect) {
    error(e->sel->pos, "cannot call pointer method " + name + " on " + base->name);
    x.mode = Mode::Invalid;
    return true;
  }
  e->sel_kind = SelKind::Method;
  e->path = std::move(path);
  e->implicit_addr = !via_ptr;
  e->sel->obj = m;
  x.mode = Mode::Value;
  x.type = m->type;
  x.val.reset();
  return true;
}

// ------------------------------------------------------------ composite literals

void Checker::composite_lit(Operand& x, CompositeLit* e) {
  x.mode = Mode::Invalid;
  const Type* hint = lit_hint_;
  lit_hint_ = nullptr;
  auto use_elts = [&]() {
    for (Expr* el : e->elts) {
      if (el->kind == ExprKind::KeyValue) el = static_cast<KeyValueExpr*>(el)->value;
      use({el});
    }
  };
  const Type* typ = nullptr;
  const Type* base = nullptr;   // the literal's type (T for an elided &T)
  const Type* named = nullptr;  // how messages name it: types2's base
  bool open_array = false;  // [...]T
  if (e->type_expr != nullptr) {
    auto* at = unparen(e->type_expr)->kind == ExprKind::ArrayType ? static_cast<ArrayTypeExpr*>(unparen(e->type_expr))
                                                                  : nullptr;
    if (at != nullptr && at->len != nullptr && at->len->kind == ExprKind::Ellipsis) {
      open_array = true;
      typ = type_expr(at->elem);
      if (typ != nullptr && !complete(typ)) typ = nullptr;
    } else {
      typ = type_expr(e->type_expr);
    }
    base = named = typ;
  } else if (hint != nullptr) {
    typ = hint;
    base = hint->underlying()->kind == TypeKindC::Pointer ? hint->underlying()->elem : hint;
    e->addr = base != hint;
    // types2 names an elided literal by its core type, dereferenced.
    named = e->addr ? base : hint->underlying();
  } else {
    error(start_pos(e), "missing type in composite literal");
    use_elts();
    return;
  }
  if (typ == nullptr) {
    use_elts();
    mark_used_in(nullptr, e);
    return;
  }
  if (open_array) {
    int64_t n = indexed_elts(e, typ, -1);
    const Type* arr = types_.array(typ, static_cast<uint64_t>(n));
    e->type_expr->mode = Mode::TypeExpr;
    e->type_expr->type = arr;
    if (unparen(e->type_expr) != e->type_expr) {
      unparen(e->type_expr)->mode = Mode::TypeExpr;
      unparen(e->type_expr)->type = arr;
    }
    e->lit_type = arr;
    e->len = n;
    x.mode = Mode::Value;
    x.type = arr;
    return;
  }
  const Type* u = base->underlying();
  switch (u->kind) {
    case TypeKindC::Struct: struct_lit(e, named, u); break;
    case TypeKindC::Array: e->len = indexed_elts(e, u->elem, static_cast<int64_t>(u->len)); break;
    case TypeKindC::Slice: e->len = indexed_elts(e, u->elem, -1); break;
    case TypeKindC::Map: map_lit(e, u); break;
    default:
      use_elts();
      if (u->kind == TypeKindC::Named) return;  // invalid (a cycle), reported
      error(start_pos(e), "invalid composite literal type " + typ->name);
      return;
  }
  e->lit_type = base;
  x.mode = Mode::Value;
  x.type = e->addr ? types_.pointer(base) : base;
}

void Checker::struct_lit(CompositeLit* e, const Type* base, const Type* u) {
  const std::vector<StructField>& fields = u->fields;
  if (e->elts.empty()) return;
  if (e->elts[0]->kind == ExprKind::KeyValue) {
    std::vector<bool> visited(fields.size(), false);
    for (Expr* el : e->elts) {
      if (el->kind != ExprKind::KeyValue) {
        error(start_pos(el), "mixture of field:value and value elements in struct literal");
        use({el});
        e->indices.push_back(-1);
        continue;
      }
      auto* kv = static_cast<KeyValueExpr*>(el);
      Operand x;
      expr(x, kv->value);
      e->indices.push_back(-1);
      if (kv->key->kind != ExprKind::Ident) {
        error(colon_pos(kv), "invalid field name " + expr_str(kv->key) + " in struct literal");
        continue;
      }
      auto* key = static_cast<Ident*>(kv->key);
      int i = -1;
      const bool hidden = is_package_type(base) && !std::isupper(static_cast<unsigned char>(key->name[0]));
      for (size_t j = 0; j < fields.size(); j++) {
        if (fields[j].name == key->name && key->name != "_" && !hidden) i = static_cast<int>(j);
      }
      if (i < 0) {
        error(key->pos, "unknown field '" + key->name + "' in struct literal of type " + base->name);
        continue;
      }
      key->mode = Mode::Variable;
      key->type = fields[static_cast<size_t>(i)].type;
      assignment(x, fields[static_cast<size_t>(i)].type, "struct literal");
      if (visited[static_cast<size_t>(i)]) {
        error(colon_pos(kv), "duplicate field name " + key->name + " in struct literal");
        continue;
      }
      visited[static_cast<size_t>(i)] = true;
      e->indices.back() = i;
    }
    return;
  }
  for (size_t i = 0; i < e->elts.size(); i++) {
    Expr* el = e->elts[i];
    if (el->kind == ExprKind::KeyValue) {
      error(colon_pos(static_cast<KeyValueExpr*>(el)), "mixture of field:value and value elements in struct literal");
      use({static_cast<KeyValueExpr*>(el)->value});
      e->indices.push_back(-1);
      continue;
    }
    Operand x;
    expr(x, el);
    if (i >= fields.size()) {
      error(start_pos(el), "too many values in " + base->name + "{…}");
      break;
    }
    if (is_package_type(base) && !std::isupper(static_cast<unsigned char>(fields[i].name[0]))) {
      error(start_pos(el), "implicit assignment to unexported field " + fields[i].name + " in " + base->name + " literal");
      e->indices.push_back(-1);
      continue;
    }
    assignment(x, fields[i].type, "struct literal");
    e->indices.push_back(static_cast<int64_t>(i));
  }
  if (e->elts.size() < fields.size()) error(e->rbrace, "too few values in " + base->name + "{…}");
}

// go/types' indexedElts: the elements of an array (length >= 0) or slice
// literal; returns the length the elements make (max index + 1).
int64_t Checker::indexed_elts(CompositeLit* e, const Type* elem, int64_t length) {
  std::set<int64_t> visited;
  int64_t index = 0, max = 0;
  for (Expr* el : e->elts) {
    bool valid = false;
    Expr* eval = el;
    if (el->kind == ExprKind::KeyValue) {
      auto* kv = static_cast<KeyValueExpr*>(el);
      int64_t i;
      if (this->index(kv->key, length, &i)) {
        if (i >= 0) {
          index = i;
          valid = true;
        } else {
          error(colon_pos(kv), "index " + expr_str(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && index >= length) {
      error(start_pos(el), "index " + std::to_string(index) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      valid = true;
    }
    if (valid && !visited.insert(index).second) {
      Pos at = el->kind == ExprKind::KeyValue ? colon_pos(static_cast<KeyValueExpr*>(el)) : start_pos(el);
      error(at, "duplicate index " + std::to_string(index) + " in array or slice literal");
    }
    e->indices.push_back(index);
    index++;
    if (index > max) max = index;
    Operand x;
    elem_value(x, eval, elem, "array or slice literal");
  }
  return max;
}

void Checker::map_lit(CompositeLit* e, const Type* u) {
  std::set<std::tuple<int, __int128, std::string>> visited;
  for (Expr* el : e->elts) {
    if (el->kind != ExprKind::KeyValue) {
      error(start_pos(el), "missing key in map literal");
      use({el});
      continue;
    }
    auto* kv = static_cast<KeyValueExpr*>(el);
    Operand k;
    elem_value(k, kv->key, u->key, "map literal");
    if (k.mode == Mode::Constant && k.val) {
      const Constant& v = *k.val;
      auto key = std::make_tuple(static_cast<int>(v.kind), v.kind == Constant::Kind::Bool ? __int128(v.b) : v.i, v.s);
      // (issue 6) a float key by its value, not its literal's spelling (.5, 0.5)
      if (v.kind == Constant::Kind::Float) std::get<2>(key) = v.exact_string();  // (const) exact
      if (!visited.insert(key).second) {
        error(start_pos(k.expr), "duplicate key " + v.to_string() + " in map literal");
        use({kv->value});
        continue;
      }
    }
    Operand x;
    elem_value(x, kv->value, u->elem, "map literal");
  }
}

// An element of a composite literal: a literal without type takes elem.
void Checker::elem_value(Operand& x, Expr* e, const Type* elem, const std::string& context) {
  lit_hint_ = e->kind == ExprKind::CompositeLit ? elem : nullptr;
  expr(x, e);
  lit_hint_ = nullptr;
  assignment(x, elem, context);
}

// ------------------------------------------------------------ index expressions

// An index or slice bound: an integer, non-negative, below max when max
// >= 0. *value is its constant value, or -1.
bool Checker::index(Expr* e, int64_t max, int64_t* value) {
  *value = -1;
  Operand x;
  expr(x, e);
  if (x.invalid()) return false;
  convert_untyped(x, int_);
  if (x.invalid()) return false;
  if (!x.type->is_integer()) {
    error(start_pos(e), "invalid argument: index " + operand_string(x) + " must be integer");
    return false;
  }
  if (x.mode != Mode::Constant) return true;
  if (x.val->i < 0) {
    error(start_pos(e), "invalid argument: index " + operand_string(x) + " must not be negative");
    return false;
  }
  if (x.val->i > INT64_MAX) {
    error(start_pos(e), "invalid argument: index " + operand_string(x) + " overflows int");
    return false;
  }
  if (max >= 0 && x.val->i >= max) {
    error(start_pos(e), "invalid argument: index " + x.val->to_string() + " out of bounds [0:" +
                            std::to_string(max) + "]");
    return false;
  }
  *value = static_cast<int64_t>(x.val->i);
  return true;
}

void Checker::index_expr(Operand& x, IndexExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    use({e->index});
    return;
  }
  const Type* u = x.type->underlying();
  int64_t length = -1;
  bool valid = false;
  if (x.mode != Mode::Nil && x.type->is_string()) {
    if (x.mode == Mode::Constant) length = static_cast<int64_t>(x.val->s.size());
    if (x.type->is_untyped()) update_expr_type(x.expr, string_, true);
    // Indexing a string yields a byte value, never a constant.
    x.mode = Mode::Value;
    x.type = types_.byte_alias();
    valid = true;
  } else if (u->kind == TypeKindC::Array) {
    length = static_cast<int64_t>(u->len);
    if (x.mode != Mode::Variable) x.mode = Mode::Value;
    x.type = u->elem;
    valid = true;
  } else if (u->kind == TypeKindC::Pointer && u->elem->underlying()->kind == TypeKindC::Array) {
    length = static_cast<int64_t>(u->elem->underlying()->len);
    x.mode = Mode::Variable;
    x.type = u->elem->underlying()->elem;
    valid = true;
  } else if (u->kind == TypeKindC::Slice) {
    x.mode = Mode::Variable;
    x.type = u->elem;
    valid = true;
  } else if (u->kind == TypeKindC::Map) {
    Operand key;
    expr(key, e->index);
    assignment(key, u->key, "map index");
    x.mode = Mode::MapIndex;
    x.type = u->elem;
    x.val.reset();
    return;
  }
  if (!valid) {
    // types2 reports this one at the '['.
    error(e->lbrack.valid() ? e->lbrack : start_pos(e->x), "invalid operation: cannot index " + operand_string(x));
    use({e->index});
    x.mode = Mode::Invalid;
    return;
  }
  x.val.reset();
  int64_t v;
  if (!index(e->index, length, &v)) x.mode = Mode::Invalid;
}

void Checker::slice_expr(Operand& x, SliceExpr* e) {
  expr(x, e->x);
  if (x.invalid()) {
    use({e->lo, e->hi, e->max});
    return;
  }
  const Type* u = x.type->underlying();
  int64_t length = -1;
  bool valid = false;
  if (x.mode != Mode::Nil && x.type->is_string()) {
    if (e->three) {
      error(e->max != nullptr ? start_pos(e->max) : start_pos(e), "invalid operation: 3-index slice of string");
      use({e->lo, e->hi, e->max});
      x.mode = Mode::Invalid;
      return;
    }
    valid = true;
    if (x.mode == Mode::Constant) length = static_cast<int64_t>(x.val->s.size());
    if (x.type->is_untyped()) {
      update_expr_type(x.expr, string_, true);
      x.type = string_;
    }
  } else if (u->kind == TypeKindC::Array) {
    valid = true;
    length = static_cast<int64_t>(u->len);
    if (x.mode != Mode::Variable) {
      error(start_pos(x.expr), "invalid operation: " + operand_string(x) + " (slice of unaddressable value)");
      use({e->lo, e->hi, e->max});
      x.mode = Mode::Invalid;
      return;
    }
    x.type = types_.slice(u->elem);
  } else if (u->kind == TypeKindC::Pointer && u->elem->underlying()->kind == TypeKindC::Array) {
    valid = true;
    length = static_cast<int64_t>(u->elem->underlying()->len);
    x.type = types_.slice(u->elem->underlying()->elem);
  } else if (u->kind == TypeKindC::Slice) {
    valid = true;
  }
  if (!valid) {
    error(start_pos(x.expr), "invalid operation: cannot slice " + operand_string(x));
    use({e->lo, e->hi, e->max});
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  x.val.reset();
  Expr* idx[3] = {e->lo, e->hi, e->max};
  int64_t ind[3];
  for (int i = 0; i < 3; i++) {
    int64_t v = -1;
    if (idx[i] != nullptr) {
      int64_t got;
      if (index(idx[i], length >= 0 ? length + 1 : -1, &got) && got >= 0) v = got;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; i++) {
    if (ind[i] <= 0) continue;
    for (int j = i + 1; j < 3; j++) {
      if (ind[j] >= 0 && ind[j] < ind[i]) {
        error(start_pos(idx[j]), "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
        return;
      }
    }
  }
}

// v, ok := m[k] (and = and var): the map index gives a second, untyped
// bool result (go/types' comma-ok mode). True when rhs is such an index
// expression; *ops then holds the two operands.
bool Checker::comma_ok_map_index(const std::vector<Expr*>& rhs, size_t nlhs, std::vector<Operand>* ops) {
  if (nlhs != 2 || rhs.size() != 1) return false;
  Expr* u = unparen(rhs[0]);
  if (u->kind != ExprKind::Index) return false;
  Operand x;
  expr(x, rhs[0]);
  ops->clear();
  if (x.mode != Mode::MapIndex) {
    ops->push_back(x);
    return true;  // one value: the caller reports the mismatch
  }
  static_cast<IndexExpr*>(u)->comma_ok = true;
  x.mode = Mode::Value;
  Operand ok;
  ok.mode = Mode::Value;
  ok.expr = rhs[0];
  ok.type = untyped_bool_;
  ops->push_back(x);
  ops->push_back(ok);
  return true;
}

}  // namespace govm
