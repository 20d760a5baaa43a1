// Method tables and itabs (issue 6): the compiler's and linker's side of
// interfaces.
//
// Every type with a descriptor carries its method set (TypeDesc::methods,
// sorted by name as Go sorts them): for each method, its signature's
// descriptor (mtyp), the entry called through an interface (ifn: the
// receiver is the interface's data word) and the entry called on a value
// of the type (tfn). The data word of an interface holding a T is a
// pointer to a box unless T is pointer-shaped (is_direct_iface), so a
// value-receiver method of T cannot sit in an itab as it is: gc
// autogenerates a wrapper main.(*T).M that loads *p and calls main.T.M;
// govm does the same (gen_wrapper, codegen_method.cpp), and for methods
// promoted from embedded fields (main.Outer.M, main.(*Outer).M), which
// follow the embedding path first; (methods) a method promoted from an
// interface embedded in a struct is a wrapper that loads the field and
// calls through its itab. A boxed T's promoted methods are (*T)'s
// wrappers, main.T.M being the by-value one a method expression uses.
// Wrappers are flagged so that tracebacks hide them, as Go's do.
//
// Itabs. Go builds an itab the first time a program converts a type to an
// interface at run time (getitab, cached in itabTable). govm builds them
// all at link time: for every type with a descriptor and a method set,
// and every interface type with a descriptor, the itab exists when the
// type satisfies the interface. Type assertions to interfaces then only
// look one up (runtime/iface.cpp); a missing itab means "missing method".
// An itab is Go's layout (runtime/image.h): inter, _type, hash, fun[n].
#include <algorithm>
#include <cctype>
#include <set>

#include "compiler/codegen.h"

namespace govm {

bool is_iface(const Type* t) { return t != nullptr && t->underlying()->kind == TypeKindC::Interface; }

bool is_direct_iface(const Type* t) {
  const Type* u = t->underlying();
  switch (u->kind) {
    case TypeKindC::Pointer: case TypeKindC::Chan: case TypeKindC::Map: case TypeKindC::Func:
    case TypeKindC::UnsafePointer:
      return true;
    case TypeKindC::Struct: return u->fields.size() == 1 && is_direct_iface(u->fields[0].type);
    case TypeKindC::Array: return u->len == 1 && is_direct_iface(u->elem);
    default: return false;
  }
}

uint32_t Program::itab_id(const Type* t, const Type* iface) {
  auto [it, fresh] = itab_ids.emplace(std::make_pair(t, iface), static_cast<uint32_t>(itabs.size()));
  if (fresh) {
    itabs.push_back(ItabDef{t, iface});
    type_id(t);
    type_id(iface);
  }
  return it->second;
}

namespace {

// One method of a type's method set: the declared method, and how its
// receiver is reached from a value of the type.
struct SetEntry {
  const Object* m;
  std::vector<int> path;  // embedded fields crossed
  bool indirect;          // a pointer was followed (at the top or along the path)
  // (methods) m nullptr: the method sig of the interface iface embedded at path
  const Type* iface = nullptr;
  const Type* sig = nullptr;
};

// The method set of t (go/types' lookup, breadth-first through embedded
// fields; the shallowest name wins, two at one depth cancel).
std::map<std::string, SetEntry> method_set(const Type* t) {
  struct Node {
    const Type* t;
    std::vector<int> path;
    bool indirect;
  };
  std::map<std::string, SetEntry> out;
  std::set<std::string> blocked;  // names taken (or made ambiguous) at a shallower depth
  bool ind = false;
  if (t->kind == TypeKindC::Pointer) {
    t = t->elem;
    ind = true;
  }
  if (t->kind != TypeKindC::Named && t->underlying()->kind != TypeKindC::Struct) return out;
  std::vector<Node> level{{t, {}, ind}};
  std::set<const Type*> seen;
  while (!level.empty()) {
    std::map<std::string, std::vector<SetEntry>> found;
    std::set<std::string> fields;
    std::vector<Node> next;
    for (const Node& n : level) {
      if (n.t->kind == TypeKindC::Named && !seen.insert(n.t).second) continue;
      for (const Object* m : n.t->methods) found[m->name].push_back(SetEntry{m, n.path, n.indirect});
      const Type* u = n.t->underlying();
      if (u->kind == TypeKindC::Interface && !n.path.empty()) {  // an embedded interface's methods
        for (const Param& p : u->imethods) found[p.name].push_back(SetEntry{nullptr, n.path, n.indirect, n.t, p.type});
        continue;
      }
      if (u->kind != TypeKindC::Struct) continue;
      for (size_t i = 0; i < u->fields.size(); ++i) {
        const StructField& f = u->fields[i];
        fields.insert(f.name.empty() ? "" : f.name);
        if (!f.embedded) continue;
        std::vector<int> p = n.path;
        p.push_back(static_cast<int>(i));
        const bool fp = f.type->kind == TypeKindC::Pointer;
        next.push_back(Node{fp ? f.type->elem : f.type, std::move(p), n.indirect || fp});
      }
    }
    for (auto& [name, list] : found) {
      if (blocked.count(name)) continue;
      if (list.size() == 1) out.emplace(name, list[0]);
      blocked.insert(name);
    }
    for (const std::string& f : fields) blocked.insert(f);
    level = std::move(next);
  }
  return out;
}

bool ptr_recv(const Object* m) { return m->recv != nullptr && m->recv->kind == TypeKindC::Pointer; }

}  // namespace

// Does t have methods promoted from an interface embedded in a struct
// (which would need wrappers calling through the embedded itab)?
bool promotes_interface_methods(const Type* t) {
  for (const auto& [name, e] : method_set(t))
    if (e.m == nullptr) return true;
  return false;
}

namespace {

// gc's name of the wrapper of m for type t: main.(*T).M, main.T.M.
std::string wrapper_name(const Type* t, const std::string& m) {
  if (t->kind == TypeKindC::Pointer) return "main.(*" + t->elem->name.substr(5) + ")." + m;
  return t->name + "." + m;
}

// The function a method table entry calls, generating the wrapper it needs.
uint32_t wrapper(Program& prog, const CheckedPackage& pkg, Diagnostics& diags, const std::string& name, const Type* t,
                 bool word_is_ptr, const std::vector<int>& path, const Object* m) {
  if (auto it = prog.wrapper_ids.find(name); it != prog.wrapper_ids.end()) return it->second;
  const auto id = static_cast<uint32_t>(prog.funcs.size());
  prog.wrapper_ids.emplace(name, id);
  prog.funcs.emplace_back();
  prog.funcs.back().name = name;
  prog.funcs.back().wrapper = true;
  FuncCode fc;
  fc.name = name;
  fc.wrapper = true;
  FuncGen(prog, pkg, diags, fc).gen_wrapper(name, t, word_is_ptr, path, m);
  prog.funcs[id] = std::move(fc);
  return id;
}

// t's method table, with the entries an interface calls.
std::vector<Program::MethodDef> method_table(Program& prog, const CheckedPackage& pkg, Diagnostics& diags,
                                             const Type* t) {
  std::vector<Program::MethodDef> out;
  if (is_iface(t)) {
    for (const Param& m : t->underlying()->imethods) {
      prog.type_id(m.type);
      out.push_back(Program::MethodDef{m.name, m.type});
    }
    return out;
  }
  const bool is_ptr = t->kind == TypeKindC::Pointer;
  const Type* base = is_ptr ? t->elem : t;
  const bool word_is_ptr = is_ptr || !is_direct_iface(t);  // what the data word holds: a pointer to base...
  for (const auto& [name, e] : method_set(t)) {
    if (e.m == nullptr) {  // (methods) promoted from an embedded interface: a wrapper through its itab
      Object im;  // the interface's method, as the checker's stand-in for it (gen_wrapper keeps nothing of it)
      im.kind = ObjKind::Func;
      im.name = name;
      im.type = e.sig;
      im.recv = e.iface;
      Program::MethodDef d{name, e.sig};
      prog.type_id(e.sig);
      const Type* wt = word_is_ptr ? pkg.types->pointer(base) : t;
      d.ifn = wrapper(prog, pkg, diags, wrapper_name(wt, name), base, word_is_ptr, e.path, &im);
      out.push_back(d);
      continue;
    }
    const Object* m = e.m;
    if (!m->decl || !prog.func_ids.count(m->decl) || !m->type) continue;
    if (ptr_recv(m) && !e.indirect) continue;  // not in T's method set
    Program::MethodDef d{name, m->type};
    prog.type_id(m->type);
    const uint32_t f = prog.func_ids.at(m->decl);
    if (e.path.empty() && ((is_ptr && ptr_recv(m)) || (!is_ptr && !ptr_recv(m) && is_direct_iface(t)))) {
      d.ifn = d.tfn = f;  // the data word is the receiver itself
    } else {
      // Through a pointer to base (or base itself when direct): main.(*T).M
      // for T's own value methods, else the wrapper of t's name.
      const bool own = e.path.empty();
      // (methods) a boxed T's promoted methods are (*T)'s wrappers, as gc's
      // itabs (main.T.M is the method expression's, by value).
      const bool wptr = own ? true : (is_ptr || word_is_ptr);
      const std::string wname = wrapper_name(wptr ? pkg.types->pointer(base) : t, name);
      d.ifn = wrapper(prog, pkg, diags, wname, wptr ? base : t, wptr, e.path, m);
      if (e.path.empty() && !ptr_recv(m) && !is_ptr) d.tfn = f;
    }
    out.push_back(d);
  }
  return out;
}

bool satisfies(const std::vector<Program::MethodDef>& have, const std::vector<Program::MethodDef>& want) {
  for (const Program::MethodDef& w : want) {
    auto it = std::find_if(have.begin(), have.end(), [&](const Program::MethodDef& h) { return h.name == w.name; });
    if (it == have.end() || it->ifn == UINT32_MAX || it->sig->name != w.sig->name) return false;
  }
  return true;
}

// The method table of p, a library pointer type whose Error and Unwrap
// methods are natives (fmt's *wrapError, *strconv.NumError), sorted by
// name as every method table; error's own table too, should error have
// got its descriptor only now.
void error_unwrap_natives(Program& prog, const CheckedPackage& pkg, Diagnostics& diags, const Type* p, NativeId error,
                          NativeId unwrap) {
  prog.type_id(p);
  prog.type_id(p->elem);
  prog.type_id(pkg.error_type);
  const Type* error_sig = pkg.error_type->underlying()->imethods[0].type;
  const Type* unwrap_sig = pkg.type_table->func({}, {Param{"", pkg.error_type}}, false);
  prog.type_id(unwrap_sig);
  Program::MethodDef e{"Error", error_sig}, u{"Unwrap", unwrap_sig};
  e.native = static_cast<int>(error);
  u.native = static_cast<int>(unwrap);
  e.ifn = e.tfn = u.ifn = u.tfn = 0;  // (unused with native set)
  prog.method_tables[p] = {e, u};
  if (!prog.method_tables.count(pkg.error_type))
    prog.method_tables[pkg.error_type] = method_table(prog, pkg, diags, pkg.error_type);
}

}  // namespace

void build_itabs(Program& prog, const CheckedPackage& pkg, Diagnostics& diags) {
  runtime_error_method_tables(prog, pkg);  // (issue 6) before the loop fills the interfaces' tables
  // Method tables of every type with a descriptor (the list grows as
  // signatures and wrappers add types); then every itab that can exist.
  for (size_t i = 0; i < prog.types.size(); ++i) {
    const Type* t = prog.types[i];
    if (prog.method_tables.count(t)) continue;
    std::vector<Program::MethodDef> table = method_table(prog, pkg, diags, t);
    if (!table.empty()) prog.method_tables[t] = std::move(table);
  }
  // errors.New's *errors.errorString, whose Error is a native (runtime/errors.cpp).
  if (pkg.errors_string_ptr != nullptr && pkg.error_type != nullptr) {
    const Type* p = pkg.errors_string_ptr;
    prog.type_id(p);
    prog.type_id(pkg.error_type);
    const Type* sig = pkg.error_type->underlying()->imethods[0].type;
    prog.type_id(sig);
    Program::MethodDef d{"Error", sig};
    d.native = static_cast<int>(NativeId::errorString_Error);
    d.ifn = d.tfn = 0;  // (unused with native set)
    prog.method_tables[p] = {d};
    if (!prog.method_tables.count(pkg.error_type)) prog.method_tables[pkg.error_type] = method_table(prog, pkg, diags, pkg.error_type);
    prog.type_id(p->elem);
  }
  // (issue 6, errs) fmt.Errorf's *fmt.wrapError: Error and Unwrap, natives
  // (runtime/errors_wrap.cpp), sorted by name as every method table.
  if (pkg.fmt_wrap_error_ptr != nullptr && pkg.error_type != nullptr)
    error_unwrap_natives(prog, pkg, diags, pkg.fmt_wrap_error_ptr, NativeId::wrapError_Error, NativeId::wrapError_Unwrap);
  errors_method_tables(prog, pkg);  // (issue 6, errs) *fmt.wrapErrors, *errors.joinError: codegen_errors.cpp
  // (issue 6, strconv) *strconv.NumError: Error and Unwrap, natives
  // (runtime/atoi.cpp), as fmt.wrapError's.
  if (pkg.strconv_numerror_ptr != nullptr && pkg.error_type != nullptr)
    error_unwrap_natives(prog, pkg, diags, pkg.strconv_numerror_ptr, NativeId::NumError_Error, NativeId::NumError_Unwrap);
  std::vector<const Type*> ifaces, concrete;
  for (const auto& [t, table] : prog.method_tables) (is_iface(t) ? ifaces : concrete).push_back(t);
  auto by_id = [&](const Type* a, const Type* b) { return prog.type_ids.at(a) < prog.type_ids.at(b); };
  std::sort(ifaces.begin(), ifaces.end(), by_id);
  std::sort(concrete.begin(), concrete.end(), by_id);
  for (const Type* t : concrete) {
    for (const Type* i : ifaces) {
      if (satisfies(prog.method_tables.at(t), prog.method_tables.at(i))) prog.itab_id(t, i);
    }
  }
}

// reflect's spelling of a type name: `any` is "interface {}".
std::string reflect_spelling(const std::string& name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    const bool start = i == 0 || !(std::isalnum(static_cast<unsigned char>(name[i - 1])) || name[i - 1] == '_' || name[i - 1] == '.');
    if (start && name.compare(i, 3, "any") == 0 &&
        (i + 3 == name.size() || !(std::isalnum(static_cast<unsigned char>(name[i + 3])) || name[i + 3] == '_'))) {
      out += "interface {}";
      i += 3;
      continue;
    }
    out += name[i++];
  }
  return out;
}

namespace {
void put64(std::vector<uint8_t>& b, size_t at, uint64_t v) {
  if (b.size() < at + 8) b.resize(at + 8);
  for (int k = 0; k < 8; ++k) b[at + k] = static_cast<uint8_t>(v >> (8 * k));
}
}  // namespace

// The linker's part: the descriptors' method tables, staticuint64s and
// zerobase, and the itabs, appended to rodata.
void link_itabs(const Program& prog, std::vector<uint8_t>& ro, Addr ro_base, const std::vector<Addr>& entry,
                const std::vector<Addr>& rt_entry, const std::map<const Type*, uint32_t>& all_ids,
                const std::vector<Addr>& type_addr, Image& img, std::vector<Addr>& itab_addr,
                const std::vector<bool>& natives_used) {
  auto taddr = [&](const Type* t) -> Addr {
    auto it = all_ids.find(t);
    return it == all_ids.end() ? 0 : type_addr[it->second];
  };
  auto fn = [&](const Program::MethodDef& d, uint32_t id) -> Addr {
    if (d.native >= 0) return rt_entry[static_cast<size_t>(d.native)];
    return id == UINT32_MAX ? 0 : entry[id];
  };
  for (const auto& [t, table] : prog.method_tables) {
    auto it = all_ids.find(t);
    if (it == all_ids.end()) continue;
    TypeDesc& d = img.types[it->second];
    d.methods.clear();
    for (const Program::MethodDef& m : table) d.methods.push_back({m.name, taddr(m.sig), fn(m, m.ifn), fn(m, m.tfn)});
  }
  // Only programs that box values get zerobase and staticuint64s (the
  // others keep their addresses as before interfaces).
  bool boxes = false;
  for (NativeId n : {NativeId::convT64, NativeId::convTstring, NativeId::convTslice, NativeId::convT, NativeId::convTnoptr})
    boxes = boxes || natives_used[static_cast<size_t>(n)];
  if (!boxes && prog.itabs.empty()) return;
  size_t at = (ro.size() + 7) & ~size_t{7};
  ro.resize(at);
  if (boxes) {
    img.zerobase = ro_base + at;
    put64(ro, at, 0);
    at += 8;
    img.staticuint64s = ro_base + at;
    for (uint64_t v = 0; v < 256; ++v) put64(ro, at + 8 * v, v);
    at += 256 * 8;
  }
  itab_addr.assign(prog.itabs.size(), 0);
  for (size_t i = 0; i < prog.itabs.size(); ++i) {
    const Program::ItabDef& d = prog.itabs[i];
    const Addr inter = taddr(d.iface), type = taddr(d.type);
    const auto ti = prog.method_tables.find(d.type);
    const auto ii = prog.method_tables.find(d.iface);
    const size_t n = ii == prog.method_tables.end() ? 0 : ii->second.size();
    put64(ro, at, inter);
    put64(ro, at + 8, type);
    uint32_t hash = 2166136261u;  // FNV-1a of the type's name (Go hashes its type)
    for (char c : d.type->name) hash = (hash ^ static_cast<uint8_t>(c)) * 16777619u;
    put64(ro, at + 16, hash);
    for (size_t k = 0; k < n; ++k) {
      const Program::MethodDef& want = ii->second[k];
      Addr e = 0;
      if (ti != prog.method_tables.end()) {
        for (const Program::MethodDef& h : ti->second)
          if (h.name == want.name) e = fn(h, h.ifn);
      }
      put64(ro, at + kItabFunOffset + 8 * k, e);
    }
    itab_addr[i] = ro_base + at;
    img.itabs.push_back(Itab{ro_base + at, inter, type});
    at += kItabFunOffset + 8 * n;
  }
  ro.resize(at);
}

}  // namespace govm
