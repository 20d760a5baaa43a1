// Reading Go values out of VM memory by their type descriptor, and
// formatting them as fmt's %v. Used by fmt (fmt_print.cpp), by events
// (a global's value in GlobalInit) and by the stepper and API.
//
// format_value and format_value(mem, ...) know the scalar kinds: booleans,
// integers of every width (signed and unsigned per the descriptor's kind),
// strings, floats and complex numbers; other kinds format as "?" rather
// than as something wrong. (issue 3) format_value_at(Runtime&, ...) knows
// every kind (structs, arrays, slices, maps, pointers, interfaces), as
// fmt.Println prints them: it needs the runtime for the image's type
// descriptors and for walking maps.
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

// (issue 5) Go's time.Duration.String: "1.5s", "100ms", "2m30s", "0s",
// "-1µs", "1h0m0s". fmt calls it for a time.Duration, whose String method
// no compiled code provides.
std::string duration_string(int64_t d);

class Runtime;
// (issue 3) %v of the value of type t at VM address a as fmt.Println prints
// it, composites included ({1 2}, [1 2], map[a:1], &{1}, <nil>); "?" when t
// is null or any part of the value is unmapped; past 4096 bytes, cut and
// ended with "...". Never ends the program, for
// events and inspection (one exception: map_for_each's own checks on a
// corrupt hmap). Defined with fmt's printer, in runtime/fmt_print.cpp.
std::string format_value_at(Runtime& rt, const TypeDesc* t, Addr a);

}  // namespace govm
