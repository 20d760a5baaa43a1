// The runtime's error types, as recover returns them (runtime/runtime_errors.cpp
// builds the values; Go's runtime/error.go defines them).
//
// A program that calls recover() can see a runtime error's value: its
// type (%T says runtime.boundsError), its Error method, its RuntimeError
// method (runtime.Error), assertions to error or runtime.Error. So the
// checker declares the types when recover (or runtime.Error) is used, and
// the linker gives them method tables whose entries are natives, as it
// does for errors.New's *errors.errorString; the itabs (error, T) and
// (runtime.Error, T) then exist as every other.
//
//   runtime.boundsError          struct { x int64; y int; signed bool; code uint8 }
//   runtime.errorString          string  ("runtime error: " + s)
//   runtime.plainError           string  (s)
//   *runtime.TypeAssertionError  struct { _interface, concrete, asserted uintptr; missingMethod string }
//
// (Go's TypeAssertionError fields are *_type; a uintptr holds the same
// descriptor address here, as govm has no _type type for a program.)
#include "compiler/check.h"
#include "compiler/codegen.h"
#include "runtime/natives.h"

namespace govm {

const Type* Checker::runtime_error_iface() {
  declare_runtime_errors();
  return pkg_.runtime_error_iface;
}

void Checker::declare_runtime_errors() {
  if (pkg_.runtime_error_iface != nullptr) return;
  const Type* err = error_type();
  pkg_.error_type = err;
  const Type* marker = types_.func({}, {}, false);
  const Type* error_sig = err->underlying()->imethods[0].type;
  Type* re = types_.new_named("runtime.Error");
  types_.set_underlying(re, interface_of({Param{"Error", error_sig}, Param{"RuntimeError", marker}}));
  pkg_.runtime_error_iface = re;

  Type* bounds = types_.new_named("runtime.boundsError");
  types_.set_underlying(bounds, types_.strukt({{"x", types_.basic(TypeKindC::Int64), 0, false},
                                               {"y", int_, 0, false},
                                               {"signed", bool_, 0, false},
                                               {"code", types_.basic(TypeKindC::Uint8), 0, false}}));
  Type* es = types_.new_named("runtime.errorString");
  types_.set_underlying(es, string_);
  Type* pe = types_.new_named("runtime.plainError");
  types_.set_underlying(pe, string_);
  Type* tae = types_.new_named("runtime.TypeAssertionError");
  const Type* uptr = types_.basic(TypeKindC::Uintptr);
  types_.set_underlying(tae, types_.strukt({{"_interface", uptr, 0, false},
                                            {"concrete", uptr, 0, false},
                                            {"asserted", uptr, 0, false},
                                            {"missingMethod", string_, 0, false}}));
  pkg_.runtime_error_types = {bounds, es, pe, types_.pointer(tae)};
}

void runtime_error_method_tables(Program& prog, const CheckedPackage& pkg) {
  if (pkg.runtime_error_iface == nullptr || pkg.error_type == nullptr) return;
  prog.type_id(pkg.error_type);
  prog.type_id(pkg.runtime_error_iface);
  const std::vector<Param>& m = pkg.runtime_error_iface->underlying()->imethods;  // Error, RuntimeError
  static constexpr NativeId kError[] = {NativeId::boundsError_Error, NativeId::errorString_rt_Error,
                                        NativeId::plainError_Error, NativeId::TypeAssertionError_Error};
  for (size_t i = 0; i < pkg.runtime_error_types.size(); ++i) {
    const Type* t = pkg.runtime_error_types[i];
    prog.type_id(t);
    if (t->kind == TypeKindC::Pointer) prog.type_id(t->elem);
    prog.type_id(m[0].type);
    prog.type_id(m[1].type);
    Program::MethodDef e{"Error", m[0].type}, r{"RuntimeError", m[1].type};
    e.native = static_cast<int>(kError[i]);
    r.native = static_cast<int>(NativeId::RuntimeError_method);
    e.ifn = e.tfn = r.ifn = r.tfn = 0;  // (unused with native set)
    prog.method_tables[t] = {e, r};
  }
}

}  // namespace govm
