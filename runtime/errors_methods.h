// (issue 6, errs) Package errors calling a program's methods (Is, As,
// Unwrap, Error): the design is in errors_methods.cpp's opening comment.
// This header is the contract between the drivers the compiler generates
// (compiler/codegen_errors.cpp) and the natives that step them: where each
// value lies in a driver's block, and which calls a native may ask for.
#pragma once

#include <cstdint>

namespace govm {

// Every driver's block starts with this header (8-byte words, scalars):
//   state  0 when the driver first runs its native; the native's own after
//   kind   the call the native asks for (kDrvCall*), 0: none, it is done
//   fn     for a method call, the text address of the method's entry
//          (TypeDesc::Method::ifn: the receiver is the interface data word)
//   idx    the native's index into a []error it walks
inline constexpr uint32_t kDrvState = 0, kDrvKind = 8, kDrvFn = 16, kDrvIdx = 24, kDrvHead = 32;

// The calls a native asks its driver to make (the block's kind word).
inline constexpr uint64_t kDrvDone = 0;
inline constexpr uint64_t kDrvCallMethod = 1;   // recv.M(arg): Is(error) bool, As(any) bool, Error() string
inline constexpr uint64_t kDrvCallUnwrap = 2;   // recv.Unwrap() error, into the walk's cur
inline constexpr uint64_t kDrvCallUnwraps = 3;  // recv.Unwrap() []error, into the walk's errs
inline constexpr uint64_t kDrvCallWalk = 4;     // the walker (errors.is / errors.as) on elem, or on err

// errors.Is(err, target error) bool and errors.As(err error, target any)
// bool: check their arguments, then call their walker (kDrvCallWalk) on
// err, target and the flag (Is: target's type is comparable).
struct DrvEntry {
  static constexpr uint32_t err = 32, target = 48, result = 64, flag = 72, size = 80;
};

// errors.is(err, target error, comparable bool) bool and errors.as(err
// error, target any, _ bool) bool: Go's is and as, one frame per level of
// the error tree, as Go's recursion.
struct DrvWalk {
  static constexpr uint32_t cur = 32, target = 48, flag = 64, result = 72, recv = 80, errs = 88, callres = 112,
                            elem = 120, size = 136;
};

// errors.Unwrap(err error) error.
struct DrvUnwrap {
  static constexpr uint32_t err = 32, result = 48, recv = 64, size = 72;
};

// errors.(*joinError).Error(e *joinError) string: one Error call per
// wrapped error, appended to buf as Go's join.go does.
struct DrvJoinError {
  static constexpr uint32_t e = 32, result = 40, buf = 56, recv = 80, callres = 88, size = 104;
};

}  // namespace govm
