// Type expressions and type declarations (go/types' typexpr.go, decl.go's
// typeDecl, struct.go, validtype.go).
//
// A defined type (type T struct{...}) is a Named: TypeTable::new_named
// makes it first, the declaring object gets it at once, and only then is
// the right-hand side checked, so that T may refer to itself through a
// pointer, a slice or a map (type List struct{ next *List }). Its
// underlying type is set when the right-hand side is known. An alias
// (type A = B) is just another name for B's type.
//
// Recursive types. A type that contains itself by value has no size
// (type R [2]R; type A struct{ b B }; type B struct{ a A }). The checker
// needs a component's size exactly where it builds an array or a struct,
// or gives a defined type another defined type's underlying type; there,
// complete() finds a Named whose underlying type is still unknown. Such a
// type is being declared (it is on type_path_, the declarations in
// progress, outermost first), and the path from it to the innermost
// declaration is the cycle: reported once, as types2's cycleError does,
// starting from the type declared first in the source:
//
//   invalid recursive type A
//   	prog.go:3:6: A refers to
//   	prog.go:4:6: B refers to
//   	prog.go:3:6: A
//
// Every type of the cycle then stays without underlying type, and so
// invalid: its uses are silent.
//
// Forward types. A pointer, slice or map does not need its element's size,
// so a package-level type named only behind one (type A struct{ p *B };
// type B struct{ a A }) is not declared there: indirect_type_expr() gives
// it its Named at once and queues its declaration, which runs once the
// outermost type declaration is done (or earlier, where its size is
// needed). Declaring B inside A would put A on B's path, and B's field of
// type A would look like a cycle although A only points to B.
//
// Spelling. Type::name is reflect's spelling, which %T prints
// ("main.T", "struct { a int }"); types2 prints types relative to the
// package being checked and without the spaces ("T", "struct{a int}").
// types2_spelling() turns one into the other in every message.
#include <algorithm>
#include <cctype>

#include "compiler/check.h"

namespace govm {

namespace {

bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

}  // namespace

// ------------------------------------------------------------ spelling

// Whether msg[at:] starts with the name of a defined type (main.T in a
// message is that type, not a selector on a variable named main).
bool Checker::defined_type_at(const std::string& msg, size_t at) const {
  size_t end = at;
  while (end < msg.size() && ident_char(msg[end])) end++;
  if (end == at) return false;
  std::string name = "main." + msg.substr(at, end - at);
  for (const Type* t : named_types_) {
    if (t->name == name) return true;
  }
  return false;
}

std::string Checker::types2_spelling(const std::string& msg) const {
  const std::string& file = diags_.file();
  std::string out;
  std::vector<bool> struct_brace;  // per open '{': a struct type's
  bool quoted = false;
  for (size_t i = 0; i < msg.size(); i++) {
    char c = msg[i];
    if (quoted) {
      out += c;
      if (c == '\\' && i + 1 < msg.size()) {
        out += msg[++i];
      } else if (c == '"') {
        quoted = false;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      out += c;
      continue;
    }
    bool word_start = i == 0 || !ident_char(msg[i - 1]);
    if (word_start && !file.empty() && msg.compare(i, file.size(), file) == 0) {
      out += file;  // a position "prog.go:3:5", not a type
      i += file.size() - 1;
      continue;
    }
    if (word_start && msg.compare(i, 5, "main.") == 0 && defined_type_at(msg, i + 5)) {
      i += 4;  // main.T is T
      continue;
    }
    if (word_start && msg.compare(i, 8, "struct {") == 0) {
      out += "struct{";
      i += 7;
      if (i + 1 < msg.size() && msg[i + 1] == ' ') i++;
      struct_brace.push_back(true);
      continue;
    }
    if (c == '{') struct_brace.push_back(false);
    if (c == ' ' && i + 1 < msg.size() && msg[i + 1] == '}' && !struct_brace.empty() && struct_brace.back()) continue;
    if (c == '}' && !struct_brace.empty()) struct_brace.pop_back();
    out += c;
  }
  return out;
}

// A type as gc's own messages (those of its later passes) spell it:
// reflect's spelling without "main." on the package's defined types.
std::string Checker::gc_type_string(const Type* t) const {
  const std::string& name = t->name;
  std::string out;
  for (size_t i = 0; i < name.size(); i++) {
    bool word_start = i == 0 || !ident_char(name[i - 1]);
    if (word_start && name.compare(i, 5, "main.") == 0 && defined_type_at(name, i + 5)) {
      i += 4;
      continue;
    }
    out += name[i];
  }
  return out;
}

// ------------------------------------------------------------ type expressions

const Type* Checker::type_expr(Expr* e) {
  const Type* t = type_internal(e);
  e->mode = t != nullptr ? Mode::TypeExpr : Mode::Invalid;
  e->type = t;
  return t;
}

const Type* Checker::type_internal(Expr* e) {
  switch (e->kind) {
    case ExprKind::Ident:
    case ExprKind::Selector: {
      Operand x;
      if (e->kind == ExprKind::Ident) {
        ident(x, static_cast<Ident*>(e));
      } else {
        selector(x, static_cast<SelectorExpr*>(e));
      }
      x.expr = e;
      if (x.mode == Mode::TypeExpr) return x.type;
      if (x.mode == Mode::NoValue) {
        error(start_pos(e), operand_string(x) + " used as type");
      } else if (!x.invalid()) {
        error(start_pos(e), operand_string(x) + " is not a type");
      }
      return nullptr;
    }
    case ExprKind::Paren: return type_expr(static_cast<ParenExpr*>(e)->x);
    case ExprKind::ArrayType: return array_type(static_cast<ArrayTypeExpr*>(e));
    case ExprKind::StructType: return struct_type(static_cast<StructTypeExpr*>(e));
    case ExprKind::Star: {
      const Type* elem = indirect_type_expr(static_cast<StarExpr*>(e)->x);
      return elem != nullptr ? types_.pointer(elem) : nullptr;
    }
    case ExprKind::MapType: return map_type(static_cast<MapTypeExpr*>(e));
    case ExprKind::FuncType: return func_type_expr(static_cast<FuncType*>(e));  // (issue 6, func)
    case ExprKind::InterfaceType: return interface_type(static_cast<InterfaceTypeExpr*>(e));  // (issue 6) check_iface.cpp
    case ExprKind::ChanType: return chan_type(static_cast<ChanTypeExpr*>(e));
    case ExprKind::Ellipsis: unsupported(e->pos, "variadic functions"); return nullptr;
    case ExprKind::Bad: return nullptr;
    default: error(start_pos(e), expr_str(e) + " is not a type"); return nullptr;
  }
}

const Type* Checker::array_type(ArrayTypeExpr* e) {
  if (e->len == nullptr) {
    const Type* elem = indirect_type_expr(e->elem);
    return elem != nullptr ? types_.slice(elem) : nullptr;
  }
  uint64_t n = 0;
  bool ok = true;
  if (e->len->kind == ExprKind::Ellipsis) {
    error(e->pos, "invalid use of [...] array (outside a composite literal)");
    ok = false;
  } else {
    ok = array_length(e->len, &n);
  }
  const Type* elem = type_expr(e->elem);
  if (!ok || elem == nullptr || !complete(elem)) return nullptr;
  if (elem->size != 0 && n > (uint64_t(1) << 50) / elem->size) {
    unsupported(start_pos(e), "arrays larger than 1 PB");
    return nullptr;
  }
  return types_.array(elem, n);
}

// go/types' arrayLength.
bool Checker::array_length(Expr* e, uint64_t* n) {
  if (e->kind == ExprKind::Ident) {
    Object* obj = ctx_.scope->lookup(static_cast<Ident*>(e)->name);
    if (obj != nullptr && obj->kind != ObjKind::Const) {
      use({e});
      error(e->pos, "invalid array length " + expr_str(e));
      return false;
    }
  }
  Operand x;
  expr(x, e);
  if (x.invalid()) return false;
  if (x.mode != Mode::Constant) {
    error(start_pos(e), "array length " + operand_string(x) + " must be constant");
    return false;
  }
  if (x.type->is_untyped() || x.type->is_integer()) {
    const Constant& v = *x.val;
    if (v.kind == Constant::Kind::Int && v.i >= 0 && v.i <= INT64_MAX) {
      *n = static_cast<uint64_t>(v.i);
      if (x.type->is_untyped()) update_expr_type(x.expr, int_, true);
      return true;
    }
  }
  if (x.type->is_integer()) {
    error(start_pos(e), "invalid array length " + operand_string(x));
  } else {
    error(start_pos(e), "array length " + operand_string(x) + " must be integer");
  }
  return false;
}

// Fields in order; an embedded field is named by its type's name (E for
// E and *E). A tag is kept, unquoted, in its field: it takes part in the
// type's identity and spelling (types.cpp).  A literal with a lexical
// error, already reported, counts as no tag.
const Type* Checker::struct_type(StructTypeExpr* e) {
  std::vector<StructField> fields;
  std::map<std::string, Pos> seen;
  bool ok = true;
  auto add = [&](const std::string& name, Pos pos, const Type* t, bool embedded, const std::string& tag) {
    if (name != "_") {
      auto [it, fresh] = seen.emplace(name, pos);
      if (!fresh) {
        error(pos, name + " redeclared\n\t" + pos_string(it->second) + ": other declaration of " + name);
        ok = false;
        return;
      }
    }
    fields.push_back(StructField{name, t, 0, embedded, tag});
  };
  if (e->fields == nullptr) return types_.strukt({});
  for (Field* f : e->fields->list) {
    const Type* t = type_expr(f->type_expr);
    const std::string tag = f->tag != nullptr && !f->tag->bad ? unquote_string(f->tag->text) : "";
    if (t == nullptr || !complete(t)) {
      ok = false;
      continue;
    }
    if (!f->names.empty()) {
      for (Ident* id : f->names) {
        id->mode = Mode::Variable;
        id->type = t;
        add(id->name, id->pos, t, false, tag);
      }
      continue;
    }
    Expr* te = unparen(f->type_expr);
    if (te->kind == ExprKind::Star) te = unparen(static_cast<StarExpr*>(te)->x);
    std::string name;
    if (te->kind == ExprKind::Ident) name = static_cast<Ident*>(te)->name;
    if (te->kind == ExprKind::Selector) name = static_cast<SelectorExpr*>(te)->sel->name;
    // An embedded T or *T must not be a pointer type itself; T may be
    // incomplete yet (type T *struct{ T }): checked once it is known.
    const Type* base = t->kind == TypeKindC::Pointer ? t->elem : t;
    Pos pos = start_pos(f->type_expr);
    // (issue 6, strconv) its native methods have no wrappers to promote
    // through an itab (compiler/itab.cpp): refused rather than printed wrong
    if (base == numerror_ && numerror_ != nullptr) unsupported(pos, "embedding strconv.NumError");
    later_.push_back([this, base, pos]() {
      if (base->underlying()->kind == TypeKindC::Pointer) error(pos, "embedded field type cannot be a pointer");
    });
    add(name, pos, t, true, tag);
  }
  if (!ok) return nullptr;
  return types_.strukt(std::move(fields));
}

const Type* Checker::map_type(MapTypeExpr* e) {
  const Type* key = indirect_type_expr(e->key);
  const Type* value = indirect_type_expr(e->value);
  if (key == nullptr || value == nullptr) return nullptr;
  // Inside a type declaration the key may be (or contain) a type being
  // declared (type T struct{ m map[T]int }): checked once all are known,
  // as go/types does.
  Pos pos = start_pos(e->key);
  if (!type_path_.empty()) {  // the key may contain a type not yet known
    later_.push_back([this, key, pos]() {
      bool invalid = key->kind == TypeKindC::Named && key->underlying_ == nullptr;  // a cycle, reported
      if (!invalid && !key->is_comparable()) error(pos, "invalid map key type " + key->name);
    });
  } else if (!key->is_comparable()) {
    error(pos, "invalid map key type " + key->name);
    return nullptr;
  }
  return types_.map(key, value);
}

// (issue 5) A channel holds a pointer: its element may be a type being
// declared (type T chan T), as behind a pointer.
const Type* Checker::chan_type(ChanTypeExpr* e) {
  const Type* elem = indirect_type_expr(e->value);
  return elem != nullptr ? types_.chan(elem, e->dir) : nullptr;
}

// gc's types.CalcSize refuses a channel whose element takes 64 KiB or more.
void Checker::chan_elem_size(const Type* t, Pos pos) {
  if (t == nullptr || t->underlying()->kind != TypeKindC::Chan) return;
  const Type* elem = t->underlying()->elem;
  if (elem->kind == TypeKindC::Named && elem->underlying_ == nullptr) return;  // invalid, reported
  if (elem->size >= (uint64_t{1} << 16) && dead_code_ == 0) {
    print_errors_.emplace_back(pos, "channel element type too large (>64kB)");
  }
}

// ------------------------------------------------------------ declarations

void Checker::type_decl(Object* obj, TypeSpec* ts) {
  type_path_.push_back(obj);
  if (ts->alias) {
    obj->type = type_expr(ts->type_expr);
    type_path_.pop_back();
    if (obj->type == nullptr) invalid_[obj] = true;
    return;
  }
  Type* named = nullptr;
  if (forward_.erase(obj) != 0) {
    named = const_cast<Type*>(obj->type);  // made by indirect_type_expr
  } else {
    named = types_.new_named("main." + obj->name);
    named_types_.push_back(named);
    obj->type = named;
  }
  // A pointer, slice or map has its size whatever it refers to: such a type
  // may be contained by value while being declared (type m map[k]int;
  // type k [1]m) without a cycle.
  Expr* rhs_syntax = unparen(ts->type_expr);
  uint64_t known_size = 0;
  switch (rhs_syntax->kind) {
    case ExprKind::Star:
    case ExprKind::MapType:
    case ExprKind::ChanType: known_size = 8; break;
    case ExprKind::InterfaceType: known_size = 16; break;  // (issue 6) two words
    case ExprKind::ArrayType:
      if (static_cast<ArrayTypeExpr*>(rhs_syntax)->len == nullptr) known_size = 24;
      break;
    default: break;
  }
  if (known_size != 0) {
    named->size = known_size;
    named->align = 8;
    presized_.insert(named);
  }
  ts->name->mode = Mode::TypeExpr;
  ts->name->type = named;
  const Type* rhs = type_expr(ts->type_expr);
  bool ok = rhs != nullptr && complete(rhs);
  type_path_.pop_back();
  presized_.erase(named);
  if (!ok) {
    invalid_[obj] = true;
  } else {
    types_.set_underlying(named, rhs);
  }
  if (type_path_.empty()) declare_forward_types();
}

// The element type of a pointer, slice or map. Inside a type declaration,
// a package-level defined type named here and not yet declared becomes a
// forward type (see the top of this file).
const Type* Checker::indirect_type_expr(Expr* e) {
  Expr* u = unparen(e);
  if (type_path_.empty() || u->kind != ExprKind::Ident) return type_expr(e);
  Object* obj = ctx_.scope->lookup(static_cast<Ident*>(u)->name);
  auto d = obj != nullptr ? objmap_.find(obj) : objmap_.end();
  if (d != objmap_.end() && obj->kind == ObjKind::TypeName && obj->type == nullptr &&
      color_[obj] == Color::White && d->second->tspec != nullptr && !d->second->tspec->alias) {
    Type* named = types_.new_named("main." + obj->name);
    named_types_.push_back(named);
    obj->type = named;
    forward_.insert(obj);
    forward_queue_.push_back(obj);
  }
  Object* saved = forward_use_;
  forward_use_ = forward_.count(obj) != 0 ? obj : nullptr;
  const Type* t = type_expr(e);
  forward_use_ = saved;
  return t;
}

// Declares the forward types not declared yet; each may queue more.
void Checker::declare_forward_types() {
  while (!forward_queue_.empty()) {
    Object* obj = forward_queue_.front();
    forward_queue_.erase(forward_queue_.begin());
    if (forward_.count(obj) != 0) obj_decl(obj);
  }
}

bool Checker::complete(const Type* t) {
  if (t->kind != TypeKindC::Named || t->underlying_ != nullptr) return true;
  if (presized_.count(t)) return true;
  for (size_t i = 0; i < type_path_.size(); i++) {
    if (type_path_[i]->type == t) {
      cycle_error(i);
      return false;
    }
  }
  return false;  // an invalid type, already reported
}

void Checker::process_later() {
  while (!later_.empty()) {
    std::vector<std::function<void()>> now = std::move(later_);
    later_.clear();
    for (auto& f : now) f();
  }
}

// The declarations type_path_[from:] refer to each other in a cycle.
void Checker::cycle_error(size_t from) {
  std::vector<Object*> cycle(type_path_.begin() + static_cast<std::ptrdiff_t>(from), type_path_.end());
  for (Object* o : cycle) {
    if (cycle_reported_.count(o)) return;
  }
  for (Object* o : cycle) cycle_reported_.insert(o);
  auto first = std::min_element(cycle.begin(), cycle.end(), [](Object* a, Object* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  });
  std::rotate(cycle.begin(), first, cycle.end());
  std::string msg = "invalid recursive type " + cycle[0]->name;
  for (Object* o : cycle) msg += "\n\t" + pos_string(o->pos) + ": " + o->name + " refers to";
  msg += "\n\t" + pos_string(cycle[0]->pos) + ": " + cycle[0]->name;
  error(cycle[0]->pos, msg);
}

// ------------------------------------------------------------ comparability

// go/types' kindString: how a comparison error names an operand's type.
std::string Checker::kind_string(const Type* t) {
  switch (t->underlying()->kind) {
    case TypeKindC::Array: return "array";
    case TypeKindC::Slice: return "slice";
    case TypeKindC::Struct: return "struct";
    case TypeKindC::Pointer: return "pointer";
    case TypeKindC::Func: return "func";
    case TypeKindC::Map: return "map";
    case TypeKindC::Chan: return "chan";
    case TypeKindC::Interface: return "interface";
    default: return t->name;
  }
}

// go/types' incomparableCause.
std::string Checker::incomparable_cause(const Type* t) const {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKindC::Slice:
    case TypeKindC::Func:
    case TypeKindC::Map:
      return kind_string(t) + " can only be compared to nil";
    case TypeKindC::Struct:
      for (const StructField& f : u->fields) {
        if (!f.type->is_comparable()) return "struct containing " + f.type->name + " cannot be compared";
      }
      return "";
    case TypeKindC::Array: return t->name + " cannot be compared";
    default: return "";
  }
}

}  // namespace govm
