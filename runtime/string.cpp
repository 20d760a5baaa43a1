// Strings in the runtime (Go's runtime/string.go): concatenation
// (concatstrings and the fixed-arity concatstring2..5 that the compiler
// calls for a + b + ...) and the conversions between strings, byte and
// rune slices and integers.
//
// Concatenation, as in Go: an empty result is the empty string (ptr 0,
// len 0) and allocates nothing; when exactly one operand is non-empty and
// its bytes are not on a stack, that operand is the result, again without
// allocating (Go's "count == 1 && !stringDataOnStack" rule; a stack-held
// string must be copied because the result may outlive the frame).
// Otherwise the result is a new heap object of type "string"
// (runtime.mallocgc, a HeapAlloc event naming the concatstring entry),
// filled operand by operand.
//
// Conversions and the temporary buffer. When escape analysis proves that
// a conversion's result does not outlive the caller's frame, the caller
// passes buf, a buffer in its own frame (Go's *tmpBuf: kTmpBufSize = 32
// bytes; [32]rune for stringtoslicerune; [4]byte for intstring), and the
// entry uses it when the result fits, allocating nothing; otherwise (buf
// nil, or too small) the result goes to the heap. Exactly Go's rules:
//   string(b)        slicebytetostring  ""  for n == 0; buf if n <= 32;
//                                       else n bytes of "string"
//   []byte(s)        stringtoslicebyte  buf (zeroed; len n, cap 32) if
//                                       n <= 32; else rawbyteslice: cap
//                                       roundupsize(n), a "[cap]uint8"
//   []rune(s)        stringtoslicerune  buf (zeroed; cap 32) if the rune
//                                       count <= 32; else rawruneslice: cap
//                                       roundupsize(4n)/4, a "[cap]int32"
//   string(runes)    slicerunetostring  room for the UTF-8 bytes + 3 (Go's
//                                       rawstringtmp(buf, size1+3)): buf if
//                                       that fits in 32, else the heap
//   string(rune(v))  intstring          buf, else 4 bytes of "string";
//                                       v outside int32 or not a valid
//                                       rune is U+FFFD
// One difference: Go's slicebytetostring returns a one-byte string from a
// static table (runtime.staticuint64s) without allocating; govm has no
// such table in the image, so a one-byte string(b) uses buf or allocates.
//
// Argument blocks (natives.h): concatstring2..5 take buf at 0, then the
// operands' string headers (ptr, len) at 8, 24, 40...; the result header
// follows them. concatstrings takes buf at 0, one []string (ptr, len, cap)
// at 8, and its result follows at 32. Conversions:
//   slicebytetostring  0 buf, 8 ptr, 16 n; result 24 (ptr, len)
//   stringtoslicebyte  0 buf, 8 s; result 24 (ptr, len, cap)
//   stringtoslicerune  0 buf, 8 s; result 24 (ptr, len, cap)
//   slicerunetostring  0 buf, 8 a (ptr, len, cap); result 32 (ptr, len)
//   intstring          0 buf, 8 v; result 16 (ptr, len)
#include <cstring>
#include <string>
#include <vector>

#include "runtime/runtime.h"
#include "runtime/slice.h"
#include "runtime/strconv.h"

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

// The concatenation of `in`, written as a string header at `result`: as
// Go's concatstrings, a lone non-empty operand is returned as it is (unless
// its bytes are on the stack and the result may outlive them: buf nil);
// otherwise the bytes go into the caller's buffer when given and the
// result fits (escape analysis has shown the result does not escape), else
// into a new heap string.
NativeResult concatstrings_into(Runtime& rt, Addr buf, const std::vector<StringHeader>& in, uint8_t* result,
                                NativeId by) {
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
  if (count == 1 && (buf != 0 || !data_on_stack(in[idx].ptr))) {
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
  if (buf != 0 && total > 0 && total <= kTmpBufSize) {
    uint8_t* b = rt.mem().host(buf, kTmpBufSize);
    if (b == nullptr) {
      rt.internal_error("concatstring: the buffer is not mapped");
      return NativeResult::Fatal;
    }
    std::memcpy(b, bytes.data(), total);
    std::memcpy(result, &buf, 8);
    std::memcpy(result + 8, &total, 8);
    return NativeResult::Ok;
  }
  return rt.make_string(result, bytes, by, "string concatenation") ? NativeResult::Ok : NativeResult::Fatal;
}

// (buf *tmpBuf, a0, a1, ... string) string
NativeResult concat_n(Runtime& rt, uint8_t* args, int n, NativeId by) {
  Addr buf;
  std::memcpy(&buf, args, 8);
  std::vector<StringHeader> in;
  for (int i = 0; i < n; ++i) in.push_back(header_at(args + 8 + 16 * i));
  return concatstrings_into(rt, buf, in, args + 8 + 16 * n, by);
}

}  // namespace

NativeResult concatstring2(Runtime& rt, uint8_t* args) { return concat_n(rt, args, 2, NativeId::concatstring2); }
NativeResult concatstring3(Runtime& rt, uint8_t* args) { return concat_n(rt, args, 3, NativeId::concatstring3); }
NativeResult concatstring4(Runtime& rt, uint8_t* args) { return concat_n(rt, args, 4, NativeId::concatstring4); }
NativeResult concatstring5(Runtime& rt, uint8_t* args) { return concat_n(rt, args, 5, NativeId::concatstring5); }

// (buf *tmpBuf, a []string) string
NativeResult concatstrings(Runtime& rt, uint8_t* args) {
  Addr buf, ptr;
  int64_t len;
  std::memcpy(&buf, args, 8);
  std::memcpy(&ptr, args + 8, 8);
  std::memcpy(&len, args + 16, 8);
  const uint8_t* elems = len > 0 && len < (int64_t{1} << 40) ? rt.mem().host(ptr, static_cast<uint64_t>(len) * 16)
                                                            : nullptr;
  if (len < 0 || (len > 0 && elems == nullptr)) {
    rt.internal_error("concatstrings: bad []string");
    return NativeResult::Fatal;
  }
  std::vector<StringHeader> in;
  for (int64_t i = 0; i < len; ++i) in.push_back(header_at(elems + 16 * i));
  return concatstrings_into(rt, buf, in, args + 32, NativeId::concatstrings);
}

// ---- conversions ------------------------------------------------------------

namespace {

uint64_t ld(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
void st(uint8_t* p, uint64_t v) { std::memcpy(p, &v, 8); }

// Where a conversion's result goes: the caller's buffer when it is given
// and n bytes fit in its `room`, else a new heap object (0 after the
// failure is raised). Go's rawstringtmp and its slice cousins.
Addr result_space(Runtime& rt, Addr buf, uint64_t room, uint64_t n, const std::string& type, NativeId by) {
  if (buf != 0 && n <= room) return buf;
  return rt.mallocgc(n, type.c_str(), by, "string conversion");
}

// The host bytes behind [a, a+n); nullptr (internal error) when unmapped.
uint8_t* bytes_at(Runtime& rt, Addr a, uint64_t n, NativeId by) {
  if (n == 0) return nullptr;
  uint8_t* p = rt.mem().host(a, n);
  if (p == nullptr) rt.internal_error(std::string(native_name(by)) + ": bytes outside mapped memory");
  return p;
}

std::string bytes_of(Runtime& rt, Addr a, uint64_t n, NativeId by, bool& ok) {
  ok = true;
  if (n == 0) return {};
  const uint8_t* p = bytes_at(rt, a, n, by);
  if (p == nullptr) {
    ok = false;
    return {};
  }
  return std::string(reinterpret_cast<const char*>(p), n);
}

// Writes `bytes` at VM address a (which has room for them).
bool put_bytes(Runtime& rt, Addr a, std::string_view bytes, NativeId by) {
  if (bytes.empty()) return true;
  uint8_t* p = bytes_at(rt, a, bytes.size(), by);
  if (p == nullptr) return false;
  std::memcpy(p, bytes.data(), bytes.size());
  return true;
}

// Zeroes the caller's buffer, as Go's *buf = tmpBuf{} before handing out a
// slice of it (the slice's capacity shows the whole buffer).
bool clear_buf(Runtime& rt, Addr buf, uint64_t size, NativeId by) {
  uint8_t* p = bytes_at(rt, buf, size, by);
  if (p == nullptr) return false;
  std::memset(p, 0, size);
  return true;
}

constexpr uint64_t kRuneBufLen = kTmpBufSize;  // [32]rune
constexpr uint64_t kIntBufSize = 4;            // [4]byte

// Go's encoderune into `out`: invalid runes (negative, surrogates, past
// U+10FFFF) become U+FFFD.
void encoderune(std::string& out, int64_t r) {
  if (r < 0 || r > static_cast<int64_t>(kMaxRune)) r = kRuneError;
  utf8_append(out, static_cast<char32_t>(r));
}

}  // namespace

NativeResult slicebytetostring(Runtime& rt, uint8_t* args) {
  constexpr NativeId by = NativeId::slicebytetostring;
  const Addr buf = ld(args), ptr = ld(args + 8);
  const uint64_t n = ld(args + 16);
  Addr p = 0;
  if (n != 0) {
    bool ok;
    const std::string b = bytes_of(rt, ptr, n, by, ok);
    if (!ok) return NativeResult::Fatal;
    p = result_space(rt, buf, kTmpBufSize, n, "string", by);
    if (p == 0 || !put_bytes(rt, p, b, by)) return NativeResult::Fatal;
  }
  st(args + 24, p);
  st(args + 32, n);
  return NativeResult::Ok;
}

NativeResult stringtoslicebyte(Runtime& rt, uint8_t* args) {
  constexpr NativeId by = NativeId::stringtoslicebyte;
  const Addr buf = ld(args), sp = ld(args + 8);
  const uint64_t n = ld(args + 16);
  bool ok;
  const std::string s = bytes_of(rt, sp, n, by, ok);
  if (!ok) return NativeResult::Fatal;
  Addr p;
  uint64_t cap;
  if (buf != 0 && n <= kTmpBufSize) {
    if (!clear_buf(rt, buf, kTmpBufSize, by)) return NativeResult::Fatal;
    p = buf, cap = kTmpBufSize;
  } else {  // rawbyteslice
    cap = roundupsize(n);
    p = rt.mallocgc(cap, ("[" + std::to_string(cap) + "]uint8").c_str(), by, "string conversion");
    if (p == 0) return NativeResult::Fatal;
  }
  if (!put_bytes(rt, p, s, by)) return NativeResult::Fatal;
  st(args + 24, p);
  st(args + 32, n);
  st(args + 40, cap);
  return NativeResult::Ok;
}

NativeResult stringtoslicerune(Runtime& rt, uint8_t* args) {
  constexpr NativeId by = NativeId::stringtoslicerune;
  const Addr buf = ld(args), sp = ld(args + 8);
  bool ok;
  const std::string s = bytes_of(rt, sp, ld(args + 16), by, ok);
  if (!ok) return NativeResult::Fatal;
  std::vector<int32_t> runes;
  for (std::string_view rest = s; !rest.empty();) {
    char32_t r;
    rest.remove_prefix(static_cast<size_t>(utf8_decode(rest, r)));
    runes.push_back(static_cast<int32_t>(r));
  }
  const uint64_t n = runes.size();
  Addr p;
  uint64_t cap;
  if (buf != 0 && n <= kRuneBufLen) {
    if (!clear_buf(rt, buf, kRuneBufLen * 4, by)) return NativeResult::Fatal;
    p = buf, cap = kRuneBufLen;
  } else {  // rawruneslice
    cap = roundupsize(n * 4) / 4;
    p = rt.mallocgc(cap * 4, ("[" + std::to_string(cap) + "]int32").c_str(), by, "string conversion");
    if (p == 0) return NativeResult::Fatal;
  }
  if (!put_bytes(rt, p, std::string_view(reinterpret_cast<const char*>(runes.data()), n * 4), by))
    return NativeResult::Fatal;
  st(args + 24, p);
  st(args + 32, n);
  st(args + 40, cap);
  return NativeResult::Ok;
}

NativeResult slicerunetostring(Runtime& rt, uint8_t* args) {
  constexpr NativeId by = NativeId::slicerunetostring;
  const Addr buf = ld(args), ap = ld(args + 8);
  const uint64_t alen = ld(args + 16);
  if (alen > (uint64_t{1} << 46)) {
    rt.internal_error("runtime.slicerunetostring: bad []rune length");
    return NativeResult::Fatal;
  }
  bool ok;
  const std::string raw = bytes_of(rt, ap, alen * 4, by, ok);
  if (!ok) return NativeResult::Fatal;
  std::string out;
  for (uint64_t i = 0; i < alen; ++i) {
    int32_t r;
    std::memcpy(&r, raw.data() + 4 * i, 4);
    encoderune(out, r);
  }
  // Go asks rawstringtmp for size1+3 bytes: room for a rune the race
  // detector could see appear; the string is cut to size1.
  const Addr p = result_space(rt, buf, kTmpBufSize, out.size() + 3, "string", by);
  if (p == 0 || !put_bytes(rt, p, out, by)) return NativeResult::Fatal;
  st(args + 32, p);
  st(args + 40, out.size());
  return NativeResult::Ok;
}

NativeResult intstring(Runtime& rt, uint8_t* args) {
  constexpr NativeId by = NativeId::intstring;
  const Addr buf = ld(args);
  const int64_t v = static_cast<int64_t>(ld(args + 8));
  std::string out;
  encoderune(out, v == static_cast<int32_t>(v) ? v : static_cast<int64_t>(kRuneError));
  const Addr p = result_space(rt, buf, kIntBufSize, kIntBufSize, "string", by);
  if (p == 0 || !put_bytes(rt, p, out, by)) return NativeResult::Fatal;
  st(args + 16, p);
  st(args + 24, out.size());
  return NativeResult::Ok;
}

}  // namespace govm::native
