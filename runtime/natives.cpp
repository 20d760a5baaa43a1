// The table of runtime entries (natives.h): names and signatures generated
// from GOVM_NATIVES, implementations found by id. The entries themselves
// live with their concept: print.cpp (print builtins), string.cpp
// (concatenation, conversions), fmt_print.cpp (package fmt), malloc.cpp
// (newobject), slice.cpp (makeslice, growslice, slicecopy), map.cpp,
// mstats.cpp (package runtime: GC, KeepAlive, ReadMemStats), proc.cpp
// (go statements, Gosched, NumGoroutine, time.Sleep), chan.cpp and
// select.cpp (channels), sema.cpp (package sync), (issue 6) strings.cpp
// (packages strings and strconv).
#include "runtime/natives.h"

namespace govm {

namespace native {
NativeResult printlock(Runtime&, uint8_t*);
NativeResult printunlock(Runtime&, uint8_t*);
NativeResult printint(Runtime&, uint8_t*);
NativeResult printuint(Runtime&, uint8_t*);
NativeResult printhex(Runtime&, uint8_t*);
NativeResult printbool(Runtime&, uint8_t*);
NativeResult printstring(Runtime&, uint8_t*);
NativeResult printsp(Runtime&, uint8_t*);
NativeResult printnl(Runtime&, uint8_t*);
NativeResult concatstring2(Runtime&, uint8_t*);
NativeResult concatstring3(Runtime&, uint8_t*);
NativeResult concatstring4(Runtime&, uint8_t*);
NativeResult concatstring5(Runtime&, uint8_t*);
NativeResult concatstrings(Runtime&, uint8_t*);
NativeResult newobject(Runtime&, uint8_t*);
NativeResult makeslice(Runtime&, uint8_t*);
NativeResult growslice(Runtime&, uint8_t*);
NativeResult slicecopy(Runtime&, uint8_t*);
NativeResult slicebytetostring(Runtime&, uint8_t*);
NativeResult stringtoslicebyte(Runtime&, uint8_t*);
NativeResult stringtoslicerune(Runtime&, uint8_t*);
NativeResult slicerunetostring(Runtime&, uint8_t*);
NativeResult intstring(Runtime&, uint8_t*);
NativeResult makemap(Runtime&, uint8_t*);
NativeResult mapaccess1(Runtime&, uint8_t*);
NativeResult mapaccess2(Runtime&, uint8_t*);
NativeResult mapassign(Runtime&, uint8_t*);
NativeResult mapdelete(Runtime&, uint8_t*);
NativeResult mapiterinit(Runtime&, uint8_t*);
NativeResult mapiternext(Runtime&, uint8_t*);
NativeResult printpointer(Runtime&, uint8_t*);
NativeResult printslice(Runtime&, uint8_t*);
NativeResult printfloat(Runtime&, uint8_t*);  // (issue 6) print.cpp
NativeResult gopanic(Runtime&, uint8_t*);  // (issue 6) panic.cpp
NativeResult gorecover(Runtime&, uint8_t*);
NativeResult deferreturn(Runtime&, uint8_t*);
NativeResult deferproc(Runtime&, uint8_t*);
NativeResult os_Exit(Runtime&, uint8_t*);
NativeResult panicdottypeE(Runtime&, uint8_t*);
NativeResult fmt_Println(Runtime&, uint8_t*);
NativeResult fmt_Print(Runtime&, uint8_t*);
NativeResult fmt_Printf(Runtime&, uint8_t*);
NativeResult runtime_GC(Runtime&, uint8_t*);
NativeResult runtime_KeepAlive(Runtime&, uint8_t*);
NativeResult runtime_ReadMemStats(Runtime&, uint8_t*);
// (issue 5) proc.cpp, chan.cpp, select.cpp, sema.cpp
NativeResult newproc(Runtime&, uint8_t*);
NativeResult runtime_Gosched(Runtime&, uint8_t*);
NativeResult runtime_NumGoroutine(Runtime&, uint8_t*);
NativeResult time_Sleep(Runtime&, uint8_t*);
NativeResult makechan(Runtime&, uint8_t*);
NativeResult chansend1(Runtime&, uint8_t*);
NativeResult chanrecv1(Runtime&, uint8_t*);
NativeResult chanrecv2(Runtime&, uint8_t*);
NativeResult closechan(Runtime&, uint8_t*);
NativeResult chanlen(Runtime&, uint8_t*);
NativeResult chancap(Runtime&, uint8_t*);
NativeResult selectgo(Runtime&, uint8_t*);
NativeResult block(Runtime&, uint8_t*);
NativeResult sync_WaitGroup_Add(Runtime&, uint8_t*);
NativeResult sync_WaitGroup_Done(Runtime&, uint8_t*);
NativeResult sync_WaitGroup_Wait(Runtime&, uint8_t*);
NativeResult sync_Mutex_Lock(Runtime&, uint8_t*);
NativeResult sync_Mutex_Unlock(Runtime&, uint8_t*);
// (issue 6) strings.cpp
NativeResult strings_Contains(Runtime&, uint8_t*);
NativeResult strings_HasPrefix(Runtime&, uint8_t*);
NativeResult strings_HasSuffix(Runtime&, uint8_t*);
NativeResult strings_Index(Runtime&, uint8_t*);
NativeResult strings_Split(Runtime&, uint8_t*);
NativeResult strings_Fields(Runtime&, uint8_t*);
NativeResult strings_TrimSpace(Runtime&, uint8_t*);
NativeResult strings_ToUpper(Runtime&, uint8_t*);
NativeResult strings_ToLower(Runtime&, uint8_t*);
NativeResult strings_Join(Runtime&, uint8_t*);
NativeResult strings_Repeat(Runtime&, uint8_t*);
NativeResult strings_Replace(Runtime&, uint8_t*);
NativeResult strings_ReplaceAll(Runtime&, uint8_t*);
NativeResult strings_Builder_WriteString(Runtime&, uint8_t*);
NativeResult strings_Builder_WriteByte(Runtime&, uint8_t*);
NativeResult strings_Builder_WriteRune(Runtime&, uint8_t*);
NativeResult strings_Builder_String(Runtime&, uint8_t*);
NativeResult strings_Builder_Len(Runtime&, uint8_t*);
NativeResult strings_Builder_Reset(Runtime&, uint8_t*);
NativeResult strings_Builder_Grow(Runtime&, uint8_t*);
NativeResult strconv_Itoa(Runtime&, uint8_t*);
NativeResult strconv_FormatInt(Runtime&, uint8_t*);
NativeResult strconv_Quote(Runtime&, uint8_t*);
NativeResult fmt_Sprint(Runtime&, uint8_t*);  // (issue 6, fmt)
NativeResult fmt_Sprintf(Runtime&, uint8_t*);
NativeResult fmt_Sprintln(Runtime&, uint8_t*);
NativeResult convT64(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult convTstring(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult convTslice(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult convT(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult convTnoptr(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult assertE2I(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult assertE2I2(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult panicdottypeI(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult panicnildottype(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult efaceeq(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult ifaceeq(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult errors_New(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult errorString_Error(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult errors_Is(Runtime&, uint8_t*);  // (issue 6, iface)
NativeResult newprocfv(Runtime&, uint8_t*);  // (issue 6, func) closure.cpp
NativeResult fmt_Errorf(Runtime&, uint8_t*);  // (issue 6, errs) fmt_print.cpp
NativeResult wrapError_Error(Runtime&, uint8_t*);  // (issue 6, errs) errors_wrap.cpp
NativeResult wrapError_Unwrap(Runtime&, uint8_t*);
NativeResult wrapErrors_Error(Runtime&, uint8_t*);
NativeResult wrapErrors_Unwrap(Runtime&, uint8_t*);
NativeResult errors_Unwrap(Runtime&, uint8_t*);
NativeResult strconv_Atoi(Runtime&, uint8_t*);  // (issue 6, strconv) runtime/atoi.cpp
NativeResult strconv_ParseInt(Runtime&, uint8_t*);
NativeResult strconv_ParseUint(Runtime&, uint8_t*);
NativeResult strconv_ParseBool(Runtime&, uint8_t*);
NativeResult strconv_FormatBool(Runtime&, uint8_t*);
NativeResult NumError_Error(Runtime&, uint8_t*);
NativeResult NumError_Unwrap(Runtime&, uint8_t*);
NativeResult boundsError_Error(Runtime&, uint8_t*);  // (issue 6) runtime_errors.cpp
NativeResult errorString_rt_Error(Runtime&, uint8_t*);
NativeResult plainError_Error(Runtime&, uint8_t*);
NativeResult TypeAssertionError_Error(Runtime&, uint8_t*);
NativeResult RuntimeError_method(Runtime&, uint8_t*);
NativeResult preprintpanics(Runtime&, uint8_t*);  // (issue 6) panic.cpp
NativeResult panicwrap(Runtime&, uint8_t*);  // (issue 6) runtime_errors.cpp
NativeResult errors_As(Runtime&, uint8_t*);  // (issue 6, errs) errors_methods.cpp
NativeResult errors_Join(Runtime&, uint8_t*);  // (issue 6, errs) errors_wrap.cpp
NativeResult joinError_Unwrap(Runtime&, uint8_t*);
NativeResult errors_Is_step(Runtime&, uint8_t*);  // (issue 6, errs) errors_methods.cpp
NativeResult errors_is_step(Runtime&, uint8_t*);
NativeResult errors_As_step(Runtime&, uint8_t*);
NativeResult errors_as_step(Runtime&, uint8_t*);
NativeResult errors_Unwrap_step(Runtime&, uint8_t*);
NativeResult joinError_Error_step(Runtime&, uint8_t*);
}  // namespace native

namespace {

constexpr const char* kNames[] = {
#define GOVM_NATIVE_NAME(id, name, sig) name,
    GOVM_NATIVES(GOVM_NATIVE_NAME)
#undef GOVM_NATIVE_NAME
};

constexpr const char* kSignatures[] = {
#define GOVM_NATIVE_SIG(id, name, sig) sig,
    GOVM_NATIVES(GOVM_NATIVE_SIG)
#undef GOVM_NATIVE_SIG
};

// The implementation of entry `id`; nullptr for entries that are not
// called through CALLRT (morestack, main, goexit, the panics).
constexpr NativeFn entry_of(NativeId id) {
  switch (id) {
    case NativeId::printlock: return native::printlock;
    case NativeId::printunlock: return native::printunlock;
    case NativeId::printint: return native::printint;
    case NativeId::printuint: return native::printuint;
    case NativeId::printhex: return native::printhex;
    case NativeId::printbool: return native::printbool;
    case NativeId::printstring: return native::printstring;
    case NativeId::printsp: return native::printsp;
    case NativeId::printnl: return native::printnl;
    case NativeId::concatstring2: return native::concatstring2;
    case NativeId::concatstring3: return native::concatstring3;
    case NativeId::concatstring4: return native::concatstring4;
    case NativeId::concatstring5: return native::concatstring5;
    case NativeId::concatstrings: return native::concatstrings;
    case NativeId::newobject: return native::newobject;
    case NativeId::makeslice: return native::makeslice;
    case NativeId::growslice: return native::growslice;
    case NativeId::slicecopy: return native::slicecopy;
    case NativeId::slicebytetostring: return native::slicebytetostring;
    case NativeId::stringtoslicebyte: return native::stringtoslicebyte;
    case NativeId::stringtoslicerune: return native::stringtoslicerune;
    case NativeId::slicerunetostring: return native::slicerunetostring;
    case NativeId::intstring: return native::intstring;
    case NativeId::makemap: return native::makemap;
    case NativeId::mapaccess1: return native::mapaccess1;
    case NativeId::mapaccess2: return native::mapaccess2;
    case NativeId::mapassign: return native::mapassign;
    case NativeId::mapdelete: return native::mapdelete;
    case NativeId::mapiterinit: return native::mapiterinit;
    case NativeId::mapiternext: return native::mapiternext;
    case NativeId::printpointer: return native::printpointer;
    case NativeId::printslice: return native::printslice;
    case NativeId::printfloat: return native::printfloat;
    case NativeId::gopanic: return native::gopanic;
    case NativeId::gorecover: return native::gorecover;
    case NativeId::deferreturn: return native::deferreturn;
    case NativeId::deferproc: return native::deferproc;
    case NativeId::os_Exit: return native::os_Exit;
    case NativeId::panicdottypeE: return native::panicdottypeE;
    case NativeId::fmt_Println: return native::fmt_Println;
    case NativeId::fmt_Print: return native::fmt_Print;
    case NativeId::fmt_Printf: return native::fmt_Printf;
    case NativeId::runtime_GC: return native::runtime_GC;
    case NativeId::runtime_KeepAlive: return native::runtime_KeepAlive;
    case NativeId::runtime_ReadMemStats: return native::runtime_ReadMemStats;
    case NativeId::newproc: return native::newproc;
    case NativeId::runtime_Gosched: return native::runtime_Gosched;
    case NativeId::runtime_NumGoroutine: return native::runtime_NumGoroutine;
    case NativeId::time_Sleep: return native::time_Sleep;
    case NativeId::makechan: return native::makechan;
    case NativeId::chansend1: return native::chansend1;
    case NativeId::chanrecv1: return native::chanrecv1;
    case NativeId::chanrecv2: return native::chanrecv2;
    case NativeId::closechan: return native::closechan;
    case NativeId::chanlen: return native::chanlen;
    case NativeId::chancap: return native::chancap;
    case NativeId::selectgo: return native::selectgo;
    case NativeId::block: return native::block;
    case NativeId::sync_WaitGroup_Add: return native::sync_WaitGroup_Add;
    case NativeId::sync_WaitGroup_Done: return native::sync_WaitGroup_Done;
    case NativeId::sync_WaitGroup_Wait: return native::sync_WaitGroup_Wait;
    case NativeId::sync_Mutex_Lock: return native::sync_Mutex_Lock;
    case NativeId::sync_Mutex_Unlock: return native::sync_Mutex_Unlock;
    case NativeId::strings_Contains: return native::strings_Contains;
    case NativeId::strings_HasPrefix: return native::strings_HasPrefix;
    case NativeId::strings_HasSuffix: return native::strings_HasSuffix;
    case NativeId::strings_Index: return native::strings_Index;
    case NativeId::strings_Split: return native::strings_Split;
    case NativeId::strings_Fields: return native::strings_Fields;
    case NativeId::strings_TrimSpace: return native::strings_TrimSpace;
    case NativeId::strings_ToUpper: return native::strings_ToUpper;
    case NativeId::strings_ToLower: return native::strings_ToLower;
    case NativeId::strings_Join: return native::strings_Join;
    case NativeId::strings_Repeat: return native::strings_Repeat;
    case NativeId::strings_Replace: return native::strings_Replace;
    case NativeId::strings_ReplaceAll: return native::strings_ReplaceAll;
    case NativeId::strings_Builder_WriteString: return native::strings_Builder_WriteString;
    case NativeId::strings_Builder_WriteByte: return native::strings_Builder_WriteByte;
    case NativeId::strings_Builder_WriteRune: return native::strings_Builder_WriteRune;
    case NativeId::strings_Builder_String: return native::strings_Builder_String;
    case NativeId::strings_Builder_Len: return native::strings_Builder_Len;
    case NativeId::strings_Builder_Reset: return native::strings_Builder_Reset;
    case NativeId::strings_Builder_Grow: return native::strings_Builder_Grow;
    case NativeId::strconv_Itoa: return native::strconv_Itoa;
    case NativeId::strconv_FormatInt: return native::strconv_FormatInt;
    case NativeId::strconv_Quote: return native::strconv_Quote;
    case NativeId::fmt_Sprint: return native::fmt_Sprint;  // (issue 6, fmt)
    case NativeId::fmt_Sprintf: return native::fmt_Sprintf;
    case NativeId::fmt_Sprintln: return native::fmt_Sprintln;
    case NativeId::convT64: return native::convT64;  // (issue 6, iface)
    case NativeId::convTstring: return native::convTstring;  // (issue 6, iface)
    case NativeId::convTslice: return native::convTslice;  // (issue 6, iface)
    case NativeId::convT: return native::convT;  // (issue 6, iface)
    case NativeId::convTnoptr: return native::convTnoptr;  // (issue 6, iface)
    case NativeId::assertE2I: return native::assertE2I;  // (issue 6, iface)
    case NativeId::assertE2I2: return native::assertE2I2;  // (issue 6, iface)
    case NativeId::panicdottypeI: return native::panicdottypeI;  // (issue 6, iface)
    case NativeId::panicnildottype: return native::panicnildottype;  // (issue 6, iface)
    case NativeId::efaceeq: return native::efaceeq;  // (issue 6, iface)
    case NativeId::ifaceeq: return native::ifaceeq;  // (issue 6, iface)
    case NativeId::errors_New: return native::errors_New;  // (issue 6, iface)
    case NativeId::errorString_Error: return native::errorString_Error;  // (issue 6, iface)
    case NativeId::errors_Is: return native::errors_Is;  // (issue 6, iface)
    case NativeId::newprocfv: return native::newprocfv;  // (issue 6, func)
    case NativeId::fmt_Errorf: return native::fmt_Errorf;  // (issue 6, errs)
    case NativeId::wrapError_Error: return native::wrapError_Error;
    case NativeId::wrapError_Unwrap: return native::wrapError_Unwrap;
    case NativeId::wrapErrors_Error: return native::wrapErrors_Error;
    case NativeId::wrapErrors_Unwrap: return native::wrapErrors_Unwrap;
    case NativeId::errors_Unwrap: return native::errors_Unwrap;
    case NativeId::strconv_Atoi: return native::strconv_Atoi;  // (issue 6, strconv)
    case NativeId::strconv_ParseInt: return native::strconv_ParseInt;
    case NativeId::strconv_ParseUint: return native::strconv_ParseUint;
    case NativeId::strconv_ParseBool: return native::strconv_ParseBool;
    case NativeId::strconv_FormatBool: return native::strconv_FormatBool;
    case NativeId::NumError_Error: return native::NumError_Error;
    case NativeId::NumError_Unwrap: return native::NumError_Unwrap;
    case NativeId::boundsError_Error: return native::boundsError_Error;
    case NativeId::errorString_rt_Error: return native::errorString_rt_Error;
    case NativeId::plainError_Error: return native::plainError_Error;
    case NativeId::TypeAssertionError_Error: return native::TypeAssertionError_Error;
    case NativeId::RuntimeError_method: return native::RuntimeError_method;
    case NativeId::preprintpanics: return native::preprintpanics;
    case NativeId::panicwrap: return native::panicwrap;
    case NativeId::errors_As: return native::errors_As;  // (issue 6, errs)
    case NativeId::errors_Join: return native::errors_Join;
    case NativeId::joinError_Unwrap: return native::joinError_Unwrap;
    case NativeId::errors_Is_step: return native::errors_Is_step;
    case NativeId::errors_is_step: return native::errors_is_step;
    case NativeId::errors_As_step: return native::errors_As_step;
    case NativeId::errors_as_step: return native::errors_as_step;
    case NativeId::errors_Unwrap_step: return native::errors_Unwrap_step;
    case NativeId::joinError_Error_step: return native::joinError_Error_step;
    default: return nullptr;
  }
}

}  // namespace

const NativeFn kNativeTable[kNativeCount] = {
#define GOVM_NATIVE_FN(id, name, sig) entry_of(NativeId::id),
    GOVM_NATIVES(GOVM_NATIVE_FN)
#undef GOVM_NATIVE_FN
};

const char* native_name(NativeId id) {
  const auto i = static_cast<uint16_t>(id);
  return i < kNativeCount ? kNames[i] : "runtime.?";
}

const char* native_signature(NativeId id) {
  const auto i = static_cast<uint16_t>(id);
  return i < kNativeCount ? kSignatures[i] : "?";
}

}  // namespace govm
