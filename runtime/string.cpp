// String concatenation (Go's runtime/string.go: concatstrings and the
// fixed-arity concatstring2..5 that the compiler calls for a + b + ...).
//
// As in Go: an empty result is the empty string (ptr 0, len 0) and
// allocates nothing; when exactly one operand is non-empty and its bytes are
// not on a stack, that operand is the result, again without allocating
// (Go's "count == 1 && !stringDataOnStack" rule; a stack-held string must be
// copied because the result may outlive the frame). Otherwise the result is
// a new heap object of type "string" (runtime.mallocgc, a HeapAlloc event
// naming the concatstring entry), filled operand by operand.
//
// Argument blocks (natives.h): operands are string headers (ptr, len) at
// 0, 16, 32...; the result header follows them. concatstrings takes one
// []string (ptr, len, cap) and its result follows at 24.
#include <cstring>
#include <string>
#include <vector>

#include "runtime/runtime.h"

namespace govm::native {

namespace {

struct StringHeader {
  Addr ptr;
  int64_t len;
};

StringHeader header_at(const uint8_t* p) {
  StringHeader h;
  std::memcpy(&h.ptr, p, 8);
  std::memcpy(&h.len, p + 8, 8);
  return h;
}

bool data_on_stack(Addr p) { return p >= kStackAreaBase && p - kStackAreaBase < kStackSpan; }

// The concatenation of `in`, written as a string header at `result`.
NativeResult concatstrings_into(Runtime& rt, const std::vector<StringHeader>& in, uint8_t* result, NativeId by) {
  uint64_t total = 0;
  int count = 0;
  size_t idx = 0;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i].len == 0) continue;
    if (in[i].len < 0 || total + static_cast<uint64_t>(in[i].len) < total) {
      rt.internal_error("concatstring: bad string header");
      return NativeResult::Fatal;
    }
    total += static_cast<uint64_t>(in[i].len);
    ++count;
    idx = i;
  }
  if (count == 1 && !data_on_stack(in[idx].ptr)) {
    std::memcpy(result, &in[idx].ptr, 8);
    std::memcpy(result + 8, &in[idx].len, 8);
    return NativeResult::Ok;
  }
  std::string bytes;
  bytes.reserve(total);
  for (const StringHeader& h : in) {
    if (h.len == 0) continue;
    const uint8_t* p = rt.mem().host(h.ptr, static_cast<uint64_t>(h.len));
    if (p == nullptr) {
      rt.internal_error("concatstring: operand bytes are not mapped");
      return NativeResult::Fatal;
    }
    bytes.append(reinterpret_cast<const char*>(p), static_cast<size_t>(h.len));
  }
  return rt.make_string(result, bytes, by, "string concatenation") ? NativeResult::Ok : NativeResult::Fatal;
}

NativeResult concat_n(Runtime& rt, uint8_t* args, int n, NativeId by) {
  std::vector<StringHeader> in;
  for (int i = 0; i < n; ++i) in.push_back(header_at(args + 16 * i));
  return concatstrings_into(rt, in, args + 16 * n, by);
}

}  // namespace

NativeResult concatstring2(Runtime& rt, uint8_t* args) { return concat_n(rt, args, 2, NativeId::concatstring2); }
NativeResult concatstring3(Runtime& rt, uint8_t* args) { return concat_n(rt, args, 3, NativeId::concatstring3); }
NativeResult concatstring4(Runtime& rt, uint8_t* args) { return concat_n(rt, args, 4, NativeId::concatstring4); }
NativeResult concatstring5(Runtime& rt, uint8_t* args) { return concat_n(rt, args, 5, NativeId::concatstring5); }

NativeResult concatstrings(Runtime& rt, uint8_t* args) {
  Addr ptr;
  int64_t len;
  std::memcpy(&ptr, args, 8);
  std::memcpy(&len, args + 8, 8);
  const uint8_t* elems = len > 0 && len < (int64_t{1} << 40) ? rt.mem().host(ptr, static_cast<uint64_t>(len) * 16)
                                                            : nullptr;
  if (len < 0 || (len > 0 && elems == nullptr)) {
    rt.internal_error("concatstrings: bad []string");
    return NativeResult::Fatal;
  }
  std::vector<StringHeader> in;
  for (int64_t i = 0; i < len; ++i) in.push_back(header_at(elems + 16 * i));
  return concatstrings_into(rt, in, args + 24, NativeId::concatstrings);
}

}  // namespace govm::native
