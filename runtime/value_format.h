// Reading Go values out of VM memory by their type descriptor, and
// formatting them as fmt's %v. Used by fmt (fmt_print.cpp), by events
// (a global's value in GlobalInit) and by the stepper and API.
//
// Kinds supported so far: booleans, integers of every width (signed and
// unsigned per the descriptor's kind), strings, floats and complex numbers.
// Other kinds (pointers, slices, structs, maps, ...) come with the issues
// that bring them; until then they format as "?" rather than as something
// wrong.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/address.h"
#include "runtime/image.h"

namespace govm {

class AddressSpace;

bool is_signed_int(TypeKind k);    // int, int8 .. int64
bool is_unsigned_int(TypeKind k);  // uint, uint8 .. uint64, uintptr
inline bool is_integer(TypeKind k) { return is_signed_int(k) || is_unsigned_int(k); }
bool is_float(TypeKind k);         // float32, float64
bool is_complex(TypeKind k);       // complex64, complex128

// The integer of type t at host pointer p, sign- or zero-extended to 64 bits
// by t.kind and t.size, as fmt receives it (uint64(v)).
uint64_t load_integer(const TypeDesc& t, const uint8_t* p);
// The float of type t at p, widened to double.
double load_float(const TypeDesc& t, const uint8_t* p);
// The string whose header (ptr, len) is at p; empty when its bytes are not
// mapped (or len < 0).
std::string_view load_string(AddressSpace& mem, const uint8_t* p);

// %v of the value of type t at host pointer p.
std::string format_value(AddressSpace& mem, const TypeDesc& t, const uint8_t* p);
// %v of the value of type t at VM address a; "?" when t is null or the value
// is not mapped.
std::string format_value_at(AddressSpace& mem, const TypeDesc* t, Addr a);

}  // namespace govm
