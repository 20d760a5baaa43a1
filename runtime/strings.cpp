// (issue 6) Packages strings and strconv, written in the VM's own terms:
// every value they read or make lives in VM memory, every byte buffer and
// every []string they allocate goes through the runtime's typed allocation
// path (a HeapAlloc event at the caller's CALLRT, whose allocation site
// names the call: "strings.Repeat(s, 3)"), and they allocate exactly what
// Go's code allocates (today's Go, 1.22+), so a trace and MemStats read as
// Go's would:
//
//   results that are parts of an argument (Split's and Fields' elements,
//   TrimSpace, Join of one element, Replace that replaces nothing, ToUpper
//   of a string with no lower-case letter) share its bytes, allocating
//   nothing; a []string is one "[n]string" object (make([]string, n));
//   strings built by Go through a strings.Builder (Join, Repeat, Replace,
//   ToUpper, ToLower) are built here by GoBuilder, which grows its buffer
//   as Builder does: Grow(n) allocates 2*cap+n bytes (rounded up to the
//   size class, as bytealg.MakeNoZero since Go 1.23), appends past the
//   capacity take growslice's capacity; the result is the buffer itself,
//   "[cap]uint8" in events, as strings.Builder.String returns it.
//   strconv.Itoa/FormatInt return Go's static strings for 0..99 (and for
//   one-digit results in other bases) and otherwise a new "string" of the
//   digits; strconv.Quote builds a []byte of 3*len(s)/2 bytes (growing as
//   append does) and converts it, two objects, as Go's appendQuotedWith
//   and string(buf) do.
//
// Static strings. Go returns substrings of constants in rodata for
// strconv's small numbers and explode's "\uFFFD". The compiler puts the
// same constants in rodata when a program calls these functions
// (codegen_strings.cpp: kSmallsString, kDigitsString, kRuneErrorString);
// static_string finds them in the image, so these results allocate
// nothing either. Without them (never, in compiled code) the bytes are
// allocated.
//
// strings.Builder (Go's layout, 32 bytes): +0 addr *Builder (its own
// address once used: copyCheck), +8 buf []byte (ptr, len, cap). The
// methods read and write it in place; a Builder copied by value after use
// panics "strings: illegal use of non-zero Builder copied by value".
//
// Case mapping (ToUpper, ToLower) uses the C library's towupper_l and
// towlower_l in the C.UTF-8 locale (glibc's tables, Unicode 14 on Debian
// 12). A comparison over every rune found them equal to Go 1.19's
// unicode.ToUpper and ToLower except for the letters Unicode 14 added,
// which Go 1.21+ (Unicode 15) maps as glibc does
// (tests/unit/runtime/strings_test.cpp keeps a table printed by Go).
//
// Argument blocks (Go's ABI0 layout of each signature; natives.h):
//   Contains, HasPrefix, HasSuffix, Index   0 s, 16 t; result 32
//   Split                                   0 s, 16 sep; result 32 []string
//   Fields, ToUpper, ToLower, TrimSpace     0 s; result 16
//   Join                                    0 elems []string, 24 sep; result 40
//   Repeat                                  0 s, 16 count; result 24
//   Replace                                 0 s, 16 old, 32 new, 48 n; result 56
//   ReplaceAll                              0 s, 16 old, 32 new; result 48
//   Builder methods                         0 b *Builder, then as Go's:
//     WriteString 8 s; 24 n, 32 err   WriteByte 8 c; 16 err
//     WriteRune 8 r; 16 n, 24 err     String 8   Len 8   Grow 8 n   Reset -
//   strconv.Itoa                            0 i; result 8
//   strconv.FormatInt                       0 i, 8 base; result 16
//   strconv.Quote                           0 s; result 16
#include <clocale>
#include <cstring>
#include <cwctype>
#include <string>
#include <string_view>
#include <vector>

#include <locale.h>

#include "runtime/native_guard.h"
#include "runtime/runtime.h"
#include "runtime/slice.h"
#include "runtime/strconv.h"
#include "runtime/strings_pkg.h"

namespace govm {

// ---- case mapping and white space (Go's unicode package) --------------------

namespace {

locale_t utf8_locale() {
  static const locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  return loc;
}

}  // namespace

char32_t unicode_to_upper(char32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
  const locale_t loc = utf8_locale();
  if (loc == static_cast<locale_t>(nullptr)) return r;
  return static_cast<char32_t>(towupper_l(static_cast<wint_t>(r), loc));
}

char32_t unicode_to_lower(char32_t r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + ('a' - 'A') : r;
  const locale_t loc = utf8_locale();
  if (loc == static_cast<locale_t>(nullptr)) return r;
  return static_cast<char32_t>(towlower_l(static_cast<wint_t>(r), loc));
}

bool unicode_is_space(char32_t r) {
  if (r <= 0xFF) {
    return r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r' || r == ' ' || r == 0x85 || r == 0xA0;
  }
  return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 || r == 0x202F ||
         r == 0x205F || r == 0x3000;
}

namespace native {

namespace {

[[noreturn]] void go_panic(Runtime& rt, std::string message) {
  rt.raise_panic(std::move(message));
  throw Raised{NativeResult::Panic};
}

[[noreturn]] void internal(Runtime& rt, NativeId by, const std::string& what) {
  rt.internal_error(std::string(native_name(by)) + ": " + what);
  throw Raised{NativeResult::Fatal};
}

// A string argument: its header and a host view of its bytes (valid for
// the whole call: the heap does not move, and the argument block keeps the
// bytes alive).
struct GoString {
  Addr ptr = 0;
  int64_t len = 0;
  std::string_view bytes;
  // The header of s[i:j], sharing these bytes.
  GoString sub(size_t i, size_t j) const {
    GoString r;
    r.ptr = j > i ? ptr + i : 0;
    r.len = static_cast<int64_t>(j - i);
    r.bytes = bytes.substr(i, j - i);
    if (j == i) r.ptr = 0;
    return r;
  }
};

GoString view(Runtime& rt, Addr ptr, int64_t len, NativeId by) {
  GoString s;
  s.ptr = ptr;
  s.len = len;
  if (len < 0 || len > int64_t{1} << 48) internal(rt, by, "bad string header");
  if (len == 0) return s;
  const uint8_t* p = rt.mem().host(ptr, static_cast<uint64_t>(len));
  if (p == nullptr) internal(rt, by, "string bytes outside mapped memory");
  s.bytes = std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(len));
  return s;
}

GoString arg_string(Runtime& rt, const uint8_t* at, NativeId by) {
  return view(rt, load64(at), static_cast<int64_t>(load64(at + 8)), by);
}

void put_string(uint8_t* at, Addr ptr, int64_t len) {
  store64(at, len == 0 ? 0 : ptr);
  store64(at + 8, static_cast<uint64_t>(len));
}
void put_string(uint8_t* at, const GoString& s) { put_string(at, s.ptr, s.len); }

int64_t arg_int(const uint8_t* at) { return static_cast<int64_t>(load64(at)); }

// The host bytes of [a, a+n) in VM memory, for writing.
uint8_t* host_bytes(Runtime& rt, Addr a, uint64_t n, NativeId by) {
  if (n == 0) return nullptr;
  uint8_t* p = rt.mem().host(a, n);
  if (p == nullptr) internal(rt, by, "bytes outside mapped memory");
  return p;
}

// A byte buffer grown as Go grows a strings.Builder's ([]byte) buffer.
class GoBuilder {
 public:
  GoBuilder(Runtime& rt, NativeId by, Addr ptr = 0, int64_t len = 0, int64_t cap = 0)
      : rt_(rt), by_(by), ptr_(ptr), len_(len), cap_(cap) {}

  Addr ptr() const { return ptr_; }
  int64_t len() const { return len_; }
  int64_t cap() const { return cap_; }

  // Builder.Grow(n): room for n more bytes, allocating only when short.
  void grow_for(int64_t n) {
    if (cap_ - len_ < n) grow(n);
  }

  // append(buf, s...): growslice's capacity when past the current one.
  void append(std::string_view s) {
    if (s.empty()) return;
    const int64_t need = len_ + static_cast<int64_t>(s.size());
    if (need > cap_) {
      const GrowCap g = growslice_cap(1, need, cap_);
      if (g.overflow) go_panic(rt_, "runtime error: growslice: len out of range");
      reallocate(static_cast<int64_t>(g.capmem));
    }
    std::memcpy(host_bytes(rt_, ptr_ + static_cast<uint64_t>(len_), s.size(), by_), s.data(), s.size());
    len_ = need;
  }
  void append_byte(uint8_t c) { append(std::string_view(reinterpret_cast<const char*>(&c), 1)); }
  // utf8.AppendRune: invalid runes as U+FFFD.
  void append_rune(char32_t r) {
    std::string enc;
    utf8_append(enc, r);
    append(enc);
  }

 private:
  // Builder.grow: a new buffer of 2*cap+n bytes holding the old bytes.
  void grow(int64_t n) {
    const uint64_t want = 2 * static_cast<uint64_t>(cap_) + static_cast<uint64_t>(n);
    if (want > kMaxAlloc) go_panic(rt_, "runtime error: makeslice: len out of range");
    reallocate(static_cast<int64_t>(roundupsize(want)));
  }
  void reallocate(int64_t cap) {
    const std::string type = "[" + std::to_string(cap) + "]uint8";
    const Addr p = rt_.mallocgc(static_cast<uint64_t>(cap), type.c_str(), by_, "strings.Builder buffer");
    if (p == 0) throw Raised{NativeResult::Fatal};
    if (len_ > 0) {
      const uint8_t* from = host_bytes(rt_, ptr_, static_cast<uint64_t>(len_), by_);
      std::memmove(host_bytes(rt_, p, static_cast<uint64_t>(len_), by_), from, static_cast<size_t>(len_));
    }
    ptr_ = p;
    cap_ = cap;
  }

  Runtime& rt_;
  NativeId by_;
  Addr ptr_;
  int64_t len_, cap_;
};

// make([]string, n), written as a slice header at `at`; the elements are
// filled by the caller through the returned host pointer.
uint8_t* make_strings(Runtime& rt, uint8_t* at, int64_t n, NativeId by) {
  static const std::vector<uint64_t> kStringPtrWords = {0};
  const TypeDesc* str = nullptr;  // the image's (the compiler puts it there), else the runtime's own
  for (const TypeDesc& t : rt.image().types) {
    if (t.kind == TypeKind::String && t.name == "string") str = &t;
  }
  if (str == nullptr) str = &rt.runtime_type("string", 16, kStringPtrWords);
  const std::string name = "[" + std::to_string(n) + "]string";
  const Addr p = rt.allocate_typed(static_cast<uint64_t>(n) * 16, HeapType{str, static_cast<uint64_t>(n), rt.intern(name)},
                                   by, "make([]string, n)");
  if (p == 0) throw Raised{NativeResult::Fatal};
  store64(at, p);
  store64(at + 8, static_cast<uint64_t>(n));
  store64(at + 16, static_cast<uint64_t>(n));
  return n == 0 ? nullptr : host_bytes(rt, p, static_cast<uint64_t>(n) * 16, by);
}

// A constant of the image's rodata holding `bytes` (see the top): the
// address of bytes[i] within it, or 0.
Addr static_string(Runtime& rt, std::string_view bytes) {
  const Image& img = rt.image();
  for (const StringLit& lit : img.strings) {
    if (lit.len != bytes.size() || lit.addr < img.rodata_base) continue;
    const uint64_t off = lit.addr - img.rodata_base;
    if (off + lit.len > img.rodata.size()) continue;
    if (std::memcmp(img.rodata.data() + off, bytes.data(), bytes.size()) == 0) return lit.addr;
  }
  return 0;
}

// Writes `s` as a string result: a slice of a rodata constant holding it
// at `index` when there is one, else a new "string".
void put_static(Runtime& rt, uint8_t* at, std::string_view constant, size_t index, std::string_view s, NativeId by) {
  const Addr base = static_string(rt, constant);
  if (base != 0) {
    put_string(at, base + index, static_cast<int64_t>(s.size()));
    return;
  }
  if (!rt.make_string(at, s, by, "strconv result")) throw Raised{NativeResult::Fatal};
}

// Go's strings.Index (brute force is exact; Go's algorithms only differ
// in speed).
int64_t index_of(std::string_view s, std::string_view sub) {
  const size_t i = s.find(sub);
  return i == std::string_view::npos ? -1 : static_cast<int64_t>(i);
}

// strings.Count.
int64_t count_of(std::string_view s, std::string_view sub) {
  if (sub.empty()) return static_cast<int64_t>(utf8_rune_count(s)) + 1;
  int64_t n = 0;
  for (size_t i = s.find(sub); i != std::string_view::npos; i = s.find(sub, i + sub.size())) ++n;
  return n;
}

// ---- the functions --------------------------------------------------------------------

// strings.explode: one element per rune (Go 1.19's: an invalid byte
// becomes "\uFFFD").
void explode(Runtime& rt, const GoString& s, uint8_t* result, NativeId by) {
  const auto n = static_cast<int64_t>(utf8_rune_count(s.bytes));
  uint8_t* a = make_strings(rt, result, n, by);
  size_t at = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (i == n - 1) {
      put_string(a + 16 * i, s.sub(at, s.bytes.size()));
      break;
    }
    char32_t r;
    const auto w = static_cast<size_t>(utf8_decode(s.bytes.substr(at), r));
    if (r == kRuneError && w == 1) {
      put_static(rt, a + 16 * i, kRuneErrorString, 0, kRuneErrorString, by);
    } else {
      put_string(a + 16 * i, s.sub(at, at + w));
    }
    at += w;
  }
}

// strings.genSplit(s, sep, 0, -1).
void split(Runtime& rt, const GoString& s, std::string_view sep, uint8_t* result, NativeId by) {
  if (sep.empty()) return explode(rt, s, result, by);
  int64_t n = count_of(s.bytes, sep) + 1;
  if (n > s.len + 1) n = s.len + 1;
  uint8_t* a = make_strings(rt, result, n, by);
  size_t at = 0;
  int64_t i = 0;
  for (; i < n - 1; ++i) {
    const size_t m = s.bytes.find(sep, at);
    if (m == std::string_view::npos) break;
    put_string(a + 16 * i, s.sub(at, m));
    at = m + sep.size();
  }
  put_string(a + 16 * i, s.sub(at, s.bytes.size()));
  store64(result + 8, static_cast<uint64_t>(i + 1));
}

// strings.Fields: the ASCII fast path, or FieldsFunc(s, unicode.IsSpace).
void fields(Runtime& rt, const GoString& s, uint8_t* result, NativeId by) {
  std::vector<std::pair<size_t, size_t>> spans;
  int64_t start = -1;
  for (size_t at = 0; at < s.bytes.size();) {
    char32_t r;
    const auto w = static_cast<size_t>(utf8_decode(s.bytes.substr(at), r));
    if (unicode_is_space(r)) {
      if (start >= 0) spans.emplace_back(static_cast<size_t>(start), at);
      start = -1;
    } else if (start < 0) {
      start = static_cast<int64_t>(at);
    }
    at += w;
  }
  if (start >= 0) spans.emplace_back(static_cast<size_t>(start), s.bytes.size());
  uint8_t* a = make_strings(rt, result, static_cast<int64_t>(spans.size()), by);
  for (size_t i = 0; i < spans.size(); ++i) put_string(a + 16 * i, s.sub(spans[i].first, spans[i].second));
}

// strings.TrimSpace: TrimFunc(s, unicode.IsSpace) (the ASCII fast path
// gives the same bytes).
GoString trim_space(const GoString& s) {
  std::vector<std::pair<size_t, size_t>> runes;  // (start, width)
  for (size_t at = 0; at < s.bytes.size();) {
    char32_t r;
    const auto w = static_cast<size_t>(utf8_decode(s.bytes.substr(at), r));
    runes.emplace_back(at, unicode_is_space(r) ? 0 : w);  // width 0: a space
    at += w;
  }
  size_t lo = 0, hi = runes.size();
  while (lo < hi && runes[lo].second == 0) ++lo;
  while (hi > lo && runes[hi - 1].second == 0) --hi;
  if (lo == hi) return s.sub(0, 0);
  return s.sub(runes[lo].first, runes[hi - 1].first + runes[hi - 1].second);
}

// strings.Map(unicode.ToUpper or ToLower, s), as Go 1.22 writes it: the
// input itself until the first rune that changes (an invalid byte counts
// as one, becoming U+FFFD), then a Builder grown to len(s)+4.
void map_runes(Runtime& rt, const GoString& s, char32_t (*mapping)(char32_t), uint8_t* result, NativeId by) {
  GoBuilder b(rt, by);
  size_t at = 0;
  bool changed = false;
  while (at < s.bytes.size()) {
    char32_t c;
    const auto w = static_cast<size_t>(utf8_decode(s.bytes.substr(at), c));
    const char32_t r = mapping(c);
    if (r == c && (c != kRuneError || w != 1)) {
      at += w;
      continue;
    }
    b.grow_for(s.len + 4);
    b.append(s.bytes.substr(0, at));
    b.append_rune(r);
    at += w;
    changed = true;
    break;
  }
  if (!changed) return put_string(result, s);
  while (at < s.bytes.size()) {
    char32_t c;
    const auto w = static_cast<size_t>(utf8_decode(s.bytes.substr(at), c));
    const char32_t r = mapping(c);
    if (r < 0x80) {
      b.append_byte(static_cast<uint8_t>(r));
    } else {
      b.append_rune(r);
    }
    at += w;
  }
  put_string(result, b.ptr(), b.len());
}

// strings.ToUpper / ToLower: the ASCII path (one Grow(len(s)), or s itself
// when nothing changes), else Map.
void change_case(Runtime& rt, const GoString& s, bool upper, uint8_t* result, NativeId by) {
  const char lo = upper ? 'a' : 'A', hi = upper ? 'z' : 'Z';
  bool ascii = true, has = false;
  for (char ch : s.bytes) {
    const auto c = static_cast<uint8_t>(ch);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    has = has || (ch >= lo && ch <= hi);
  }
  if (!ascii) return map_runes(rt, s, upper ? unicode_to_upper : unicode_to_lower, result, by);
  if (!has) return put_string(result, s);
  GoBuilder b(rt, by);
  b.grow_for(s.len);
  std::string out(s.bytes);
  for (char& ch : out) {
    if (ch >= lo && ch <= hi) ch = static_cast<char>(upper ? ch - ('a' - 'A') : ch + ('a' - 'A'));
  }
  b.append(out);
  put_string(result, b.ptr(), b.len());
}

// strings.Join (Go 1.22).
void join(Runtime& rt, const uint8_t* args, uint8_t* result, NativeId by) {
  const Addr ep = load64(args);
  const int64_t n = arg_int(args + 8);
  const GoString sep = arg_string(rt, args + 24, by);
  if (n < 0 || n > int64_t{1} << 44) internal(rt, by, "bad []string");
  if (n == 0) return put_string(result, 0, 0);
  const uint8_t* elems = host_bytes(rt, ep, static_cast<uint64_t>(n) * 16, by);
  if (n == 1) {
    std::memcpy(result, elems, 16);
    return;
  }
  std::vector<GoString> parts;
  constexpr int64_t kMaxInt = INT64_MAX;
  int64_t total = 0;
  if (sep.len > 0) {
    if (sep.len >= kMaxInt / (n - 1)) go_panic(rt, "strings: Join output length overflow");
    total = sep.len * (n - 1);
  }
  for (int64_t i = 0; i < n; ++i) {
    parts.push_back(arg_string(rt, elems + 16 * i, by));
    if (parts.back().len > kMaxInt - total) go_panic(rt, "strings: Join output length overflow");
    total += parts.back().len;
  }
  GoBuilder b(rt, by);
  b.grow_for(total);
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) b.append(sep.bytes);
    b.append(parts[static_cast<size_t>(i)].bytes);
  }
  put_string(result, b.ptr(), b.len());
}

// strings.Repeat (Go 1.22: a count of 1 returns s itself).
void repeat(Runtime& rt, const GoString& s, int64_t count, uint8_t* result, NativeId by) {
  if (count == 0) return put_string(result, 0, 0);
  if (count == 1) return put_string(result, s);
  if (count < 0) go_panic(rt, "strings: negative Repeat count");
  const unsigned __int128 n = static_cast<unsigned __int128>(s.len) * static_cast<uint64_t>(count);
  if (n > static_cast<unsigned __int128>(INT64_MAX)) go_panic(rt, "strings: Repeat output length overflow");
  GoBuilder b(rt, by);
  b.grow_for(static_cast<int64_t>(n));
  for (int64_t i = 0; i < count && s.len > 0; ++i) b.append(s.bytes);
  put_string(result, b.ptr(), b.len());
}

// strings.Replace: one Builder of exactly the result's length.
void replace(Runtime& rt, const GoString& s, std::string_view old, std::string_view with, int64_t n,
             uint8_t* result, NativeId by) {
  if (old == with || n == 0) return put_string(result, s);
  const int64_t m = count_of(s.bytes, old);
  if (m == 0) return put_string(result, s);
  if (n < 0 || m < n) n = m;
  GoBuilder b(rt, by);
  b.grow_for(s.len + n * (static_cast<int64_t>(with.size()) - static_cast<int64_t>(old.size())));
  size_t start = 0;
  for (int64_t i = 0; i < n; ++i) {
    size_t j = start;
    if (old.empty()) {
      if (i > 0) {
        char32_t r;
        j += static_cast<size_t>(utf8_decode(s.bytes.substr(start), r));
      }
    } else {
      j = s.bytes.find(old, start);
    }
    b.append(s.bytes.substr(start, j - start));
    b.append(with);
    start = j + old.size();
  }
  b.append(s.bytes.substr(start));
  put_string(result, b.ptr(), b.len());
}

// strconv.FormatInt: Go's small strings for 0..99 in base 10 and the
// digits for one-digit results, else a new string of the digits.
void format_int(Runtime& rt, int64_t i, int64_t base, uint8_t* result, NativeId by) {
  if (base < 2 || base > 36) go_panic(rt, "strconv: illegal AppendInt/FormatInt base");
  if (i >= 0 && i < 100 && base == 10) {
    const auto k = static_cast<size_t>(i);
    if (k < 10) return put_static(rt, result, kSmallsString, 2 * k + 1, kSmallsString.substr(2 * k + 1, 1), by);
    return put_static(rt, result, kSmallsString, 2 * k, kSmallsString.substr(2 * k, 2), by);
  }
  if (i >= 0 && i < base) {
    const auto k = static_cast<size_t>(i);
    return put_static(rt, result, kDigitsString, k, kDigitsString.substr(k, 1), by);
  }
  uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
  std::string digits;
  do {
    digits.insert(digits.begin(), kDigitsString[u % static_cast<uint64_t>(base)]);
    u /= static_cast<uint64_t>(base);
  } while (u != 0);
  if (i < 0) digits.insert(digits.begin(), '-');
  if (!rt.make_string(result, digits, by, "strconv result")) throw Raised{NativeResult::Fatal};
}

// strconv.Quote: appendQuotedWith(make([]byte, 0, 3*len(s)/2), s, '"')
// then string(buf): the buffer, its regrowths as append grows it, and the
// string.
void quote_string(Runtime& rt, const GoString& s, uint8_t* result, NativeId by) {
  const std::string q = quote(s.bytes);
  auto allocate = [&](int64_t n, const char* reason) {
    const std::string type = "[" + std::to_string(n) + "]uint8";
    if (rt.mallocgc(static_cast<uint64_t>(n), type.c_str(), by, reason) == 0) throw Raised{NativeResult::Fatal};
  };
  int64_t cap = 3 * s.len / 2;
  if (cap > 0) allocate(cap, "make([]byte, 0, 3*len(s)/2)");
  while (cap < static_cast<int64_t>(q.size())) {
    const GrowCap g = growslice_cap(1, cap + 1, cap);
    if (g.overflow) go_panic(rt, "runtime error: growslice: len out of range");
    cap = static_cast<int64_t>(g.capmem);
    allocate(cap, "append past capacity");
  }
  if (!rt.make_string(result, q, by, "string(buf)")) throw Raised{NativeResult::Fatal};
}

// ---- strings.Builder ---------------------------------------------------------------

constexpr uint64_t kBuilderSize = 32;  // addr *Builder; buf []byte
constexpr Addr kNilPage = 4096;       // a nil receiver's fields lie in the first page

// The Builder at b: a nil b is Go's nil dereference (at b.addr).
uint8_t* builder_at(Runtime& rt, Addr b, NativeId by) {
  if (b < kNilPage) {
    rt.raise_panicmem(b);
    throw Raised{NativeResult::Panic};
  }
  return host_bytes(rt, b, kBuilderSize, by);
}

// Builder.copyCheck.
void copy_check(Runtime& rt, Addr b, uint8_t* p) {
  const Addr addr = load64(p);
  if (addr == 0) {
    store64(p, b);
  } else if (addr != b) {
    go_panic(rt, "strings: illegal use of non-zero Builder copied by value");
  }
}

GoBuilder buffer_of(Runtime& rt, const uint8_t* p, NativeId by) {
  return GoBuilder(rt, by, load64(p + 8), static_cast<int64_t>(load64(p + 16)), static_cast<int64_t>(load64(p + 24)));
}

void set_buffer(uint8_t* p, const GoBuilder& g) {
  store64(p + 8, g.ptr());
  store64(p + 16, static_cast<uint64_t>(g.len()));
  store64(p + 24, static_cast<uint64_t>(g.cap()));
}

// The Write methods: copyCheck, then append as the method does.
template <class F>
void builder_write(Runtime& rt, uint8_t* args, NativeId by, F&& write) {
  const Addr b = load64(args);
  uint8_t* p = builder_at(rt, b, by);
  copy_check(rt, b, p);
  GoBuilder g = buffer_of(rt, p, by);
  write(g);
  p = builder_at(rt, b, by);  // (the same host bytes: the heap does not move)
  set_buffer(p, g);
}

}  // namespace

// ---- entries ------------------------------------------------------------------------

NativeResult strings_Contains(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_Contains;
    args[32] = index_of(arg_string(rt, args, by).bytes, arg_string(rt, args + 16, by).bytes) >= 0;
  });
}

NativeResult strings_HasPrefix(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_HasPrefix;
    const GoString s = arg_string(rt, args, by), p = arg_string(rt, args + 16, by);
    args[32] = s.bytes.substr(0, p.bytes.size()) == p.bytes;
  });
}

NativeResult strings_HasSuffix(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_HasSuffix;
    const GoString s = arg_string(rt, args, by), x = arg_string(rt, args + 16, by);
    args[32] = s.bytes.size() >= x.bytes.size() && s.bytes.substr(s.bytes.size() - x.bytes.size()) == x.bytes;
  });
}

NativeResult strings_Index(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_Index;
    store64(args + 32, static_cast<uint64_t>(index_of(arg_string(rt, args, by).bytes, arg_string(rt, args + 16, by).bytes)));
  });
}

NativeResult strings_Split(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_Split;
    split(rt, arg_string(rt, args, by), arg_string(rt, args + 16, by).bytes, args + 32, by);
  });
}

NativeResult strings_Fields(Runtime& rt, uint8_t* args) {
  return guarded([&] { fields(rt, arg_string(rt, args, NativeId::strings_Fields), args + 16, NativeId::strings_Fields); });
}

NativeResult strings_TrimSpace(Runtime& rt, uint8_t* args) {
  return guarded([&] { put_string(args + 16, trim_space(arg_string(rt, args, NativeId::strings_TrimSpace))); });
}

NativeResult strings_ToUpper(Runtime& rt, uint8_t* args) {
  return guarded([&] { change_case(rt, arg_string(rt, args, NativeId::strings_ToUpper), true, args + 16, NativeId::strings_ToUpper); });
}

NativeResult strings_ToLower(Runtime& rt, uint8_t* args) {
  return guarded([&] { change_case(rt, arg_string(rt, args, NativeId::strings_ToLower), false, args + 16, NativeId::strings_ToLower); });
}

NativeResult strings_Join(Runtime& rt, uint8_t* args) {
  return guarded([&] { join(rt, args, args + 40, NativeId::strings_Join); });
}

NativeResult strings_Repeat(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_Repeat;
    repeat(rt, arg_string(rt, args, by), arg_int(args + 16), args + 24, by);
  });
}

NativeResult strings_Replace(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_Replace;
    replace(rt, arg_string(rt, args, by), arg_string(rt, args + 16, by).bytes, arg_string(rt, args + 32, by).bytes,
            arg_int(args + 48), args + 56, by);
  });
}

NativeResult strings_ReplaceAll(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_ReplaceAll;
    replace(rt, arg_string(rt, args, by), arg_string(rt, args + 16, by).bytes, arg_string(rt, args + 32, by).bytes, -1,
            args + 48, by);
  });
}

NativeResult strings_Builder_WriteString(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_Builder_WriteString;
    const GoString s = arg_string(rt, args + 8, by);
    builder_write(rt, args, by, [&](GoBuilder& g) { g.append(s.bytes); });
    store64(args + 24, static_cast<uint64_t>(s.len));
    std::memset(args + 32, 0, 16);  // err: nil
  });
}

NativeResult strings_Builder_WriteByte(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    const uint8_t c = args[8];
    builder_write(rt, args, NativeId::strings_Builder_WriteByte, [&](GoBuilder& g) { g.append_byte(c); });
    std::memset(args + 16, 0, 16);
  });
}

NativeResult strings_Builder_WriteRune(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    int32_t r;
    std::memcpy(&r, args + 8, 4);
    int64_t n = 0;
    builder_write(rt, args, NativeId::strings_Builder_WriteRune, [&](GoBuilder& g) {
      const int64_t before = g.len();
      g.append_rune(r < 0 ? kRuneError : static_cast<char32_t>(r));
      n = g.len() - before;
    });
    store64(args + 16, static_cast<uint64_t>(n));
    std::memset(args + 24, 0, 16);
  });
}

NativeResult strings_Builder_String(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    const uint8_t* p = builder_at(rt, load64(args), NativeId::strings_Builder_String);
    put_string(args + 8, load64(p + 8), static_cast<int64_t>(load64(p + 16)));
  });
}

NativeResult strings_Builder_Len(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    const uint8_t* p = builder_at(rt, load64(args), NativeId::strings_Builder_Len);
    store64(args + 8, load64(p + 16));
  });
}

NativeResult strings_Builder_Reset(Runtime& rt, uint8_t* args) {
  return guarded([&] { std::memset(builder_at(rt, load64(args), NativeId::strings_Builder_Reset), 0, kBuilderSize); });
}

NativeResult strings_Builder_Grow(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strings_Builder_Grow;
    const Addr b = load64(args);
    const int64_t n = arg_int(args + 8);
    uint8_t* p = builder_at(rt, b, by);
    copy_check(rt, b, p);
    if (n < 0) go_panic(rt, "strings.Builder.Grow: negative count");
    GoBuilder g = buffer_of(rt, p, by);
    g.grow_for(n);
    set_buffer(builder_at(rt, b, by), g);
  });
}

NativeResult strconv_Itoa(Runtime& rt, uint8_t* args) {
  return guarded([&] { format_int(rt, arg_int(args), 10, args + 8, NativeId::strconv_Itoa); });
}

NativeResult strconv_FormatInt(Runtime& rt, uint8_t* args) {
  return guarded([&] { format_int(rt, arg_int(args), arg_int(args + 8), args + 16, NativeId::strconv_FormatInt); });
}

NativeResult strconv_Quote(Runtime& rt, uint8_t* args) {
  return guarded([&] {
    constexpr NativeId by = NativeId::strconv_Quote;
    quote_string(rt, arg_string(rt, args, by), args + 16, by);
  });
}

}  // namespace native
}  // namespace govm
