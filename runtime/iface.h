// Interface values in the runtime (issue 6): see runtime/iface.cpp.
#pragma once

#include <string>

#include "runtime/address_space.h"
#include "runtime/image.h"

namespace govm {

class Runtime;

// Go's isdirectiface: is a value of type t its interface's data word itself
// (pointer-shaped), rather than pointed at by it? (runtime/fmt_methods.cpp)
bool is_direct_iface(const Image& img, const TypeDesc& t);

// The interface value of static interface type iface_t stored at `at`:
// its dynamic type's descriptor (*type, 0 when nil) and the address of its
// value (*value: the box, or the data word itself for a direct type).
// False when the memory or a descriptor is missing.
bool iface_dynamic(const Image& img, AddressSpace& mem, const TypeDesc& iface_t, Addr at, Addr* type, Addr* value);

// Go's equality of two values of type t at x and y, as efaceeq compares
// dynamic values: 1 equal, 0 not; -1 with *why the name of an uncomparable
// type met (Go's "comparing uncomparable type []int" panic), or -1 with
// *why empty after an internal error was raised.
int values_equal(Runtime& rt, const TypeDesc& t, Addr x, Addr y, std::string* why);

}  // namespace govm
