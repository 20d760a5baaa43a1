// The runtime's random numbers: Go's fastrand (runtime/stubs.go), the
// wyrand generator, with one state per Runtime instead of one per M.
//
// Go seeds each M's state from the clock and the process's random bytes,
// so map hash seeds and range orders differ from run to run. govm seeds it
// from RuntimeOptions::seed (`govm run --seed N`, default 0): a run is
// reproducible, and another seed shows another order. Every use the
// runtime makes of randomness draws from this one stream, in program order:
// a map's hash seed (makemap, and when a map is emptied), the bucket and
// slot a range loop starts at (mapiterinit), the hash of a NaN key, and the
// approximate overflow count of very large maps.
#pragma once

#include <cstdint>

namespace govm {

class FastRand {
 public:
  explicit FastRand(uint64_t seed) : state_(seed) {}

  // Go's fastrand64 on amd64: wyrand, a Weyl sequence mixed by a 128-bit
  // multiply.
  uint64_t next64() {
    state_ += 0xa0761d6478bd642f;
    const unsigned __int128 m = static_cast<unsigned __int128>(state_) * (state_ ^ 0xe7037ed1a0b428db);
    return static_cast<uint64_t>(m >> 64) ^ static_cast<uint64_t>(m);
  }
  // Go's fastrand: the low half of the same step.
  uint32_t next() { return static_cast<uint32_t>(next64()); }
  // Go's fastrandn: a number in [0, n), by multiply-shift instead of modulo.
  uint32_t next_n(uint32_t n) { return static_cast<uint32_t>((uint64_t{next()} * n) >> 32); }

 private:
  uint64_t state_;
};

}  // namespace govm
