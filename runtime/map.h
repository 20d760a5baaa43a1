// Go's maps (runtime/map.go), in VM memory: an hmap header and arrays of
// buckets on the heap, at Go's sizes, so that a map's allocations show in
// the trace and in the layout as Go's do. (Design essay in map.cpp.)
//
// Compiled code reaches maps only through the runtime entries of natives.h
// (makemap, mapaccess1, mapaccess2, mapassign, mapdelete, mapiterinit,
// mapiternext); len(m) reads hmap.count, the first word of the header, as
// gc's code does. The functions here are for the rest of the runtime (fmt
// prints maps sorted by key, the collector scans them) and for tests.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "runtime/address.h"
#include "runtime/image.h"

namespace govm {

class Runtime;

// Go's hmap field offsets that code outside map.cpp relies on.
inline constexpr uint64_t kHmapCountOffset = 0;  // count int: live entries
inline constexpr uint64_t kHmapSize = 48;        // sizeof(hmap) on amd64

// Calls fn(key address, element address) for every entry of the map at h
// (a VM address; 0 is the nil map), in bucket order: the order of the
// buckets in memory, not the randomized order of a range loop. `map_type`
// is the map's TypeDesc. Returns the number of entries visited. A map that
// cannot be walked (unmapped or corrupt memory: a stale slot read by an
// inspector) is an internal error, unless `error` is given: then it says
// why there and the program goes on.
uint64_t map_for_each(Runtime& rt, const TypeDesc& map_type, Addr h,
                      const std::function<void(Addr key, Addr elem)>& fn, std::string* error = nullptr);

}  // namespace govm
