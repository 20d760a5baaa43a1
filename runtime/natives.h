// The runtime's named entries: functions implemented in C++ that compiled
// code calls as Go's compiled code calls its runtime (runtime.concatstring2,
// runtime.printint, fmt.Println, ...).
//
// The table is defined once, here. From it come the NativeId enum, the names
// shown by the disassembler and tracebacks, and the stubs the linker places
// at the end of the text segment so that every entry has a code address.
//
// Calling convention (CALLRT A, n): the caller lays out the arguments, then
// room for the results, in its own frame starting at slot A, each value at
// its Go alignment, exactly as it would for a Go call with that signature;
// the native reads and writes that block through `args` (a host pointer into
// the frame). Natives never grow the Go stack.
//
// Signatures below use Go types; `e` is an eface (type descriptor address,
// data address; 16 bytes); `[]e` a slice header (ptr, len, cap; 24 bytes).
#pragma once

#include <cstdint>

namespace govm {

//    id                 Go name                       signature
#define GOVM_NATIVES(X)                                                                      \
  X(morestack,         "runtime.morestack",         "prologue without room; not called by CALLRT") \
  X(main,              "runtime.main",              "bytecode entry of goroutine 1; not called by CALLRT") \
  X(goexit,            "runtime.goexit",            "return address of every goroutine's entry; not called by CALLRT") \
  X(printlock,         "runtime.printlock",         "()")                                    \
  X(printunlock,       "runtime.printunlock",       "()")                                    \
  X(printint,          "runtime.printint",          "(v int64)")                             \
  X(printuint,         "runtime.printuint",         "(v uint64)")                            \
  X(printhex,          "runtime.printhex",          "(v uint64)")                            \
  X(printbool,         "runtime.printbool",         "(v bool)")                              \
  X(printstring,       "runtime.printstring",       "(s string)")                            \
  X(printsp,           "runtime.printsp",           "()")                                    \
  X(printnl,           "runtime.printnl",           "()")                                    \
  X(concatstring2,     "runtime.concatstring2",     "(a, b string) string")                  \
  X(concatstring3,     "runtime.concatstring3",     "(a, b, c string) string")               \
  X(concatstring4,     "runtime.concatstring4",     "(a, b, c, d string) string")            \
  X(concatstring5,     "runtime.concatstring5",     "(a, b, c, d, e string) string")         \
  X(concatstrings,     "runtime.concatstrings",     "(a []string) string")                   \
  X(panicIndex,        "runtime.panicIndex",        "bounds check failed; raised by instructions") \
  X(panicSlice,        "runtime.panicSliceB",       "slice bounds check failed; raised by instructions") \
  X(panicdivide,       "runtime.panicdivide",       "integer divide by zero; raised by instructions") \
  X(panicshift,        "runtime.panicshift",        "negative shift amount; raised by instructions") \
  X(fmt_Println,       "fmt.Println",               "(a []e)")                               \
  X(fmt_Print,         "fmt.Print",                 "(a []e)")                               \
  X(fmt_Printf,        "fmt.Printf",                "(format string, a []e)")

enum class NativeId : uint16_t {
#define GOVM_NATIVE_ENUM(id, name, sig) id,
  GOVM_NATIVES(GOVM_NATIVE_ENUM)
#undef GOVM_NATIVE_ENUM
  Count
};

inline constexpr uint16_t kNativeCount = static_cast<uint16_t>(NativeId::Count);

const char* native_name(NativeId id);       // "runtime.concatstring2"
const char* native_signature(NativeId id);  // "(a, b string) string"

class Runtime;

// What a native asks the interpreter to do next.
enum class NativeResult : uint8_t {
  Ok,     // continue with the next instruction
  Panic,  // a Go panic was raised (Runtime::raise_panic); start panicking
  Fatal,  // a fatal error (Runtime::fatal); the program ends
  Exit,   // the program ends normally with Runtime::exit_code()
};

using NativeFn = NativeResult (*)(Runtime& rt, uint8_t* args);

// The implementation of every callable entry, indexed by NativeId; entries
// that are not callable (morestack, main, panics) hold nullptr.
extern const NativeFn kNativeTable[kNativeCount];

}  // namespace govm
