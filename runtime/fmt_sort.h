// Go's internal/fmtsort: the order in which fmt prints a map's entries.
//
// fmt prints a map's entries sorted by key, so that the same map prints the
// same way whatever the order its buckets hold them in. The order is Go's,
// more general than the < operator (sort.go in internal/fmtsort):
//   - ints, uints, floats and strings order by <; NaN before every number
//   - false before true
//   - complex numbers by real part, then imaginary part
//   - pointers, unsafe pointers and channels by address (nil first)
//   - structs field by field, arrays element by element
//   - interfaces: nil first, then by the address of the dynamic type's
//     descriptor, then by value (so keys of different types group as in Go,
//     though the groups' order follows govm's descriptor addresses)
// The sort is stable over the bucket order map_for_each walks, as Go's
// sort.Stable is over its iteration order. Go's compare is not a strict
// weak order for NaN keys (NaN < NaN); here two NaNs compare equal, so
// NaN keys come first in bucket order (Go's own output for them varies).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/address.h"
#include "runtime/image.h"

namespace govm {

class Runtime;

struct MapEntry {
  Addr key = 0;   // VM address of the key in its bucket
  Addr elem = 0;  // VM address of the element
};

// The entries of the map at h (0: nil map, no entries) of type map_type,
// sorted as fmt prints them. Returns false, with `error` saying why, when a
// key cannot be read (unmapped memory, a type without descriptor); the
// caller decides whether that is an internal error.
bool fmtsort(Runtime& rt, const TypeDesc& map_type, Addr h, std::vector<MapEntry>& out, std::string& error);

// Go's fmtsort.compare for two values of type t at VM addresses a and b:
// -1, 0 or 1. Sets `error` (and returns 0) when a value cannot be read.
int fmtsort_compare(Runtime& rt, const TypeDesc& t, Addr a, Addr b, std::string& error);

}  // namespace govm
