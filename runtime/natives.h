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
// (issue 3) Heap entries differ from Go's in two documented ways:
//  - mapaccess1 and mapaccess2 return nil for a missing key (Go returns a
//    pointer to a shared zero value); compiled code zeroes the result then.
//  - buf arguments (Go's *tmpBuf) are nil when the result escapes; when
//    escape analysis keeps the result on the stack, the caller passes a
//    32-byte (for stringtoslicerune, 128-byte) buffer in its frame and the
//    entry uses it when the result fits, as Go's do.
// An iterator (hiter) is kHiterSize bytes in the caller's frame; its
// first two words are the key and element pointers of the current entry,
// nil once the iteration is over (Go's layout); the rest is the map's own.
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
  X(concatstring2,     "runtime.concatstring2",     "(buf *[32]byte, a, b string) string")                  \
  X(concatstring3,     "runtime.concatstring3",     "(buf *[32]byte, a, b, c string) string")               \
  X(concatstring4,     "runtime.concatstring4",     "(buf *[32]byte, a, b, c, d string) string")            \
  X(concatstring5,     "runtime.concatstring5",     "(buf *[32]byte, a, b, c, d, e string) string")         \
  X(concatstrings,     "runtime.concatstrings",     "(buf *[32]byte, a []string) string")                   \
  X(panicIndex,        "runtime.panicIndex",        "bounds check failed; raised by instructions") \
  X(panicSlice,        "runtime.panicSliceB",       "slice bounds check failed; raised by instructions") \
  X(panicdivide,       "runtime.panicdivide",       "integer divide by zero; raised by instructions") \
  X(panicshift,        "runtime.panicshift",        "negative shift amount; raised by instructions") \
  /* (issue 3) the heap: t is a type descriptor's address (for a map, the map type's) */ \
  X(newobject,         "runtime.newobject",         "(typ *_type) unsafe.Pointer")           \
  X(makeslice,         "runtime.makeslice",         "(et *_type, len, cap int) unsafe.Pointer") \
  X(growslice,         "runtime.growslice",         "(oldPtr unsafe.Pointer, newLen, oldCap, num int, et *_type) []T") \
  X(slicecopy,         "runtime.slicecopy",         "(toPtr unsafe.Pointer, toLen int, fromPtr unsafe.Pointer, fromLen int, width uintptr) int") \
  X(slicebytetostring, "runtime.slicebytetostring", "(buf *[32]byte, ptr *byte, n int) string") \
  X(stringtoslicebyte, "runtime.stringtoslicebyte", "(buf *[32]byte, s string) []byte")     \
  X(stringtoslicerune, "runtime.stringtoslicerune", "(buf *[32]rune, s string) []rune")     \
  X(slicerunetostring, "runtime.slicerunetostring", "(buf *[32]byte, a []rune) string")     \
  X(intstring,         "runtime.intstring",         "(buf *[4]byte, v int64) string")        \
  X(makemap,           "runtime.makemap",           "(t *maptype, hint int, h *hmap) *hmap") \
  X(mapaccess1,        "runtime.mapaccess1",        "(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer") \
  X(mapaccess2,        "runtime.mapaccess2",        "(t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, bool)") \
  X(mapassign,         "runtime.mapassign",         "(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer") \
  X(mapdelete,         "runtime.mapdelete",         "(t *maptype, h *hmap, key unsafe.Pointer)") \
  X(mapiterinit,       "runtime.mapiterinit",       "(t *maptype, h *hmap, it *hiter)")      \
  X(mapiternext,       "runtime.mapiternext",       "(it *hiter)")                           \
  X(printpointer,      "runtime.printpointer",      "(p unsafe.Pointer)")                    \
  X(printslice,        "runtime.printslice",        "(s []byte)")                            \
  /* (issue 6, float) print/println of a float (float32 widened first, as gc does) */ \
  X(printfloat,        "runtime.printfloat",        "(v float64)")                           \
  X(panicmem,          "runtime.panicmem",          "nil pointer dereference; raised by instructions") \
  /* (issue 6, defer) panic(v): v converted to interface (runtime/panic.cpp) */ \
  X(gopanic,           "runtime.gopanic",           "(e e)")                                 \
  X(gorecover,         "runtime.gorecover",         "() (r e)")                              \
  X(deferreturn,       "runtime.deferreturn",       "(): ends a deferreturn sequence")       \
  X(deferproc,         "runtime.deferproc",         "(head **_defer, site int, siz uintptr, ptrmask uint64, args [siz]byte)") \
  X(os_Exit,           "os.Exit",                   "(code int): ends the program, no deferred calls") \
  X(panicdottypeE,     "runtime.panicdottypeE",     "(have, want, iface *_type): a failed x.(T)") \
  X(fmt_Println,       "fmt.Println",               "(a []e)")                               \
  X(fmt_Print,         "fmt.Print",                 "(a []e)")                               \
  X(fmt_Printf,        "fmt.Printf",                "(format string, a []e)")           \
  /* (issue 4) package runtime */                                                         \
  X(runtime_GC,        "runtime.GC",                "()")                                    \
  X(runtime_KeepAlive, "runtime.KeepAlive",         "(x e)")                                 \
  X(runtime_ReadMemStats, "runtime.ReadMemStats",   "(m *runtime.MemStats)") \
  /* (issue 5) goroutines (proc.cpp): newproc's block is fn's text address, \
     the argument bytes' count, then fn's arguments laid out as its        \
     parameters (ABI0, as Go before 1.17 passed them to newproc) */          \
  X(newproc,           "runtime.newproc",           "(fn uintptr, siz uintptr, args [siz]byte)") \
  X(runtime_Gosched,   "runtime.Gosched",           "()")                                    \
  X(runtime_NumGoroutine, "runtime.NumGoroutine",   "() int")                                \
  X(time_Sleep,        "time.Sleep",                "(d time.Duration)")                     \
  /* (issue 5) channels (chan.cpp); t is the channel type's descriptor */  \
  X(makechan,          "runtime.makechan",          "(t *chantype, size int) *hchan")        \
  X(chansend1,         "runtime.chansend1",         "(c *hchan, elem unsafe.Pointer)")       \
  X(chanrecv1,         "runtime.chanrecv1",         "(c *hchan, elem unsafe.Pointer)")       \
  X(chanrecv2,         "runtime.chanrecv2",         "(c *hchan, elem unsafe.Pointer) (received bool)") \
  X(closechan,         "runtime.closechan",         "(c *hchan)")                            \
  X(chanlen,           "runtime.chanlen",           "(c *hchan) int")                        \
  X(chancap,           "runtime.chancap",           "(c *hchan) int")                        \
  /* select: cas0 points at nsends+nrecvs scases {c *hchan; elem           \
     unsafe.Pointer} (16 bytes each), sends first; selected is the case's  \
     index, -1 when !block and none is ready (the default case). Go's also \
     takes order0 and pc0 scratch arrays; govm's runtime keeps its own. */ \
  X(selectgo,          "runtime.selectgo",          "(cas0 *scase, nsends, nrecvs int, block bool) (selected int, recvOK bool)") \
  X(block,             "runtime.block",             "(): select {}")                         \
  /* (issue 5) package sync (sema.cpp), Go 1.19's layouts: WaitGroup is    \
     16 bytes {noCopy; state1 uint64 (counter<<32 | waiters); state2       \
     uint32 (sema)}, Mutex 8 bytes {state int32; sema uint32} */           \
  X(sync_WaitGroup_Add, "sync.(*WaitGroup).Add",    "(wg *WaitGroup, delta int)")            \
  X(sync_WaitGroup_Done, "sync.(*WaitGroup).Done",  "(wg *WaitGroup)")                       \
  X(sync_WaitGroup_Wait, "sync.(*WaitGroup).Wait",  "(wg *WaitGroup)")                       \
  X(sync_Mutex_Lock,   "sync.(*Mutex).Lock",        "(m *Mutex)")                            \
  X(sync_Mutex_Unlock, "sync.(*Mutex).Unlock",      "(m *Mutex)")                            \
  /* (issue 6) packages strings and strconv (strings.cpp), Go's own        \
     signatures; a method's receiver comes first. Builder is Go's layout:  \
     {addr *Builder; buf []byte}, 32 bytes */                              \
  X(strings_Contains,  "strings.Contains",          "(s, substr string) bool")               \
  X(strings_HasPrefix, "strings.HasPrefix",         "(s, prefix string) bool")               \
  X(strings_HasSuffix, "strings.HasSuffix",         "(s, suffix string) bool")               \
  X(strings_Index,     "strings.Index",             "(s, substr string) int")                \
  X(strings_Split,     "strings.Split",             "(s, sep string) []string")              \
  X(strings_Fields,    "strings.Fields",            "(s string) []string")                   \
  X(strings_TrimSpace, "strings.TrimSpace",         "(s string) string")                     \
  X(strings_ToUpper,   "strings.ToUpper",           "(s string) string")                     \
  X(strings_ToLower,   "strings.ToLower",           "(s string) string")                     \
  X(strings_Join,      "strings.Join",              "(elems []string, sep string) string")   \
  X(strings_Repeat,    "strings.Repeat",            "(s string, count int) string")          \
  X(strings_Replace,   "strings.Replace",           "(s, old, new string, n int) string")    \
  X(strings_ReplaceAll, "strings.ReplaceAll",       "(s, old, new string) string")           \
  X(strings_Builder_WriteString, "strings.(*Builder).WriteString", "(b *Builder, s string) (int, error)") \
  X(strings_Builder_WriteByte, "strings.(*Builder).WriteByte", "(b *Builder, c byte) error") \
  X(strings_Builder_WriteRune, "strings.(*Builder).WriteRune", "(b *Builder, r rune) (int, error)") \
  X(strings_Builder_String, "strings.(*Builder).String", "(b *Builder) string")              \
  X(strings_Builder_Len, "strings.(*Builder).Len",  "(b *Builder) int")                      \
  X(strings_Builder_Reset, "strings.(*Builder).Reset", "(b *Builder)")                       \
  X(strings_Builder_Grow, "strings.(*Builder).Grow", "(b *Builder, n int)")                  \
  X(strconv_Itoa,      "strconv.Itoa",              "(i int) string")                        \
  X(strconv_FormatInt, "strconv.FormatInt",         "(i int64, base int) string")            \
  X(strconv_Quote,     "strconv.Quote",             "(s string) string") \
  /* (issue 6, fmt) fmt's string functions (fmt_print.cpp): the result is   \
     one heap allocation of its bytes, as Go's string(p.buf). Every fmt      \
     entry's block (Print*, Sprint*) is followed by the method call area     \
     of runtime/fmt_methods.h, through which fmt calls String and Error */  \
  X(fmt_Sprint,        "fmt.Sprint",                "(a []e) string")                        \
  X(fmt_Sprintf,       "fmt.Sprintf",               "(format string, a []e) string")         \
  X(fmt_Sprintln,      "fmt.Sprintln",              "(a []e) string") \
  /* (issue 6, iface) interfaces (runtime/iface.cpp): boxing for an interface's data  \
     word (gc's convT*), assertions to interface types, comparisons; package \
     errors (runtime/errors.cpp). An itab is Go's: {inter, _type, hash u32, _ [4]byte, fun [n]uintptr} */ \
  X(convT64, "runtime.convT64", "(val uint64) unsafe.Pointer") \
  X(convTstring, "runtime.convTstring", "(val string) unsafe.Pointer") \
  X(convTslice, "runtime.convTslice", "(val []byte) unsafe.Pointer") \
  X(convT, "runtime.convT", "(t *_type, v unsafe.Pointer) unsafe.Pointer") \
  X(convTnoptr, "runtime.convTnoptr", "(t *_type, v unsafe.Pointer) unsafe.Pointer") \
  X(assertE2I, "runtime.assertE2I", "(inter *interfacetype, t *_type) *itab") \
  X(assertE2I2, "runtime.assertE2I2", "(inter *interfacetype, t *_type) *itab") \
  X(panicdottypeI, "runtime.panicdottypeI", "(have *itab, want, iface *_type): a failed x.(T)") \
  X(panicnildottype, "runtime.panicnildottype", "(want *_type): x.(T) of a nil interface") \
  X(efaceeq, "runtime.efaceeq", "(t *_type, x, y unsafe.Pointer) bool") \
  X(ifaceeq, "runtime.ifaceeq", "(tab *itab, x, y unsafe.Pointer) bool") \
  X(errors_New, "errors.New", "(text string) error") \
  X(errorString_Error, "errors.(*errorString).Error", "(e *errorString) string") \
  X(errors_Is, "errors.Is", "(err, target error) bool") \
  /* (issue 6, func) go fv(args), go func() {...}() (runtime/closure.cpp): newproc's block */ \
  /* with a funcval in place of fn; the new goroutine starts with it as g.ctxt */ \
  X(newprocfv, "runtime.newprocfv", "(fn *funcval, siz uintptr, args [siz]byte)") \
  /* (issue 6, errs) fmt.Errorf (runtime/errors_wrap.cpp): Sprintf's block with an error */ \
  /* result; with %w a *fmt.wrapError / *fmt.wrapErrors, whose methods sit in itabs */ \
  X(fmt_Errorf, "fmt.Errorf", "(format string, a []e) error") \
  X(wrapError_Error, "fmt.(*wrapError).Error", "(e *wrapError) string") \
  X(wrapError_Unwrap, "fmt.(*wrapError).Unwrap", "(e *wrapError) error") \
  X(wrapErrors_Error, "fmt.(*wrapErrors).Error", "(e *wrapErrors) string") \
  X(wrapErrors_Unwrap, "fmt.(*wrapErrors).Unwrap", "(e *wrapErrors) []error") \
  X(errors_Unwrap, "errors.Unwrap", "(err error) error") \
  /* (issue 6, strconv) parsing, with *strconv.NumError (runtime/atoi.cpp) */ \
  X(strconv_Atoi, "strconv.Atoi", "(s string) (int, error)") \
  X(strconv_ParseInt, "strconv.ParseInt", "(s string, base int, bitSize int) (int64, error)") \
  X(strconv_ParseUint, "strconv.ParseUint", "(s string, base int, bitSize int) (uint64, error)") \
  X(strconv_ParseBool, "strconv.ParseBool", "(str string) (bool, error)") \
  X(strconv_FormatBool, "strconv.FormatBool", "(b bool) string") \
  X(NumError_Error, "strconv.(*NumError).Error", "(e *NumError) string") \
  X(NumError_Unwrap, "strconv.(*NumError).Unwrap", "(e *NumError) error") \
  /* (issue 6) runtime errors as recover returns them: runtime/runtime_errors.cpp */ \
  X(boundsError_Error, "runtime.boundsError.Error", "(e boundsError) string") \
  X(errorString_rt_Error, "runtime.errorString.Error", "(e errorString) string") \
  X(plainError_Error, "runtime.plainError.Error", "(e plainError) string") \
  X(TypeAssertionError_Error, "runtime.(*TypeAssertionError).Error", "(e *TypeAssertionError) string") \
  X(RuntimeError_method, "runtime.RuntimeError", "(e) ()") \
  /* (issue 6, errs) package errors calling a program's methods (runtime/errors_methods.cpp): */ \
  /* errors.Is/As/Unwrap and (*joinError).Error are generated drivers (compiler/codegen_errors.cpp) */ \
  /* whose natives (*.step) ask them for Go calls; errors_As/Join name the functions for the checker */ \
  X(errors_As, "errors.As", "(err error, target any) bool") \
  X(errors_Join, "errors.Join", "(errs []error) error") \
  X(joinError_Unwrap, "errors.(*joinError).Unwrap", "(e *joinError) []error") \
  X(errors_Is_step, "errors.Is.step", "(b *isBlock)") \
  X(errors_is_step, "errors.is.step", "(b *walkBlock)") \
  X(errors_As_step, "errors.As.step", "(b *asBlock)") \
  X(errors_as_step, "errors.as.step", "(b *walkBlock)") \
  X(errors_Unwrap_step, "errors.Unwrap.step", "(b *unwrapBlock)") \
  X(joinError_Error_step, "errors.(*joinError).Error.step", "(b *joinBlock)") \
  X(preprintpanics, "runtime.preprintpanics", "(area [32]byte)")  /* (issue 6) panic.cpp */ \
  X(panicwrap, "runtime.panicwrap", "()")  /* (issue 6) runtime_errors.cpp */

enum class NativeId : uint16_t {
#define GOVM_NATIVE_ENUM(id, name, sig) id,
  GOVM_NATIVES(GOVM_NATIVE_ENUM)
#undef GOVM_NATIVE_ENUM
  Count
};

inline constexpr uint32_t kHiterSize = 96;  // (issue 3) Go's hiter on amd64
inline constexpr uint32_t kTmpBufSize = 32;  // (issue 3) Go's tmpStringBufSize

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
