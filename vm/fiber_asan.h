// Telling AddressSanitizer which stack the machine is on.
//
// A goroutine runs on a Boost.Context fiber; ASan, unless told, believes
// the thread is always on its own stack. Then any C++ throw on a fiber
// (the map entries' internal panics, for one) looks like a jump across
// hundreds of gigabytes of stack, and ASan prints "WARNING: ASan is ignoring
// requested __asan_handle_no_return" into the middle of the program's
// stderr. Boost annotates its switches only in its ucontext implementation,
// which Debian's library does not include, so the machine annotates its own
// switches with the sanitizer's fiber interface: start_switch right before
// a switch names the stack being entered, finish_switch right after one
// completes the move (and, on a fiber's first entry, learns the caller's
// stack). In builds without ASan every call is empty.
//
// Boost would unwind a fiber destroyed while suspended through a switch of
// its own, which nobody annotates; so the machine never lets it: it
// resumes each suspended fiber itself, annotated, to unwind
// (Machine::~Machine).
#pragma once

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

namespace govm {

struct FiberAsan {
  const void* fiber_bottom = nullptr;  // the fiber's stack: lowest address and size
  std::size_t fiber_size = 0;
  const void* caller_bottom = nullptr;  // the caller's stack, learned on the fiber's first entry
  std::size_t caller_size = 0;
  void* caller_fake = nullptr;  // ASan's fake stacks, saved across a switch
  void* fiber_fake = nullptr;

#if defined(__SANITIZE_ADDRESS__)
  // On the caller's side of resume().
  void enter_fiber() { __sanitizer_start_switch_fiber(&caller_fake, fiber_bottom, fiber_size); }
  void back_in_caller() { __sanitizer_finish_switch_fiber(caller_fake, nullptr, nullptr); }
  // On the fiber's side.
  void fiber_started() { __sanitizer_finish_switch_fiber(nullptr, &caller_bottom, &caller_size); }
  void leave_fiber() { __sanitizer_start_switch_fiber(&fiber_fake, caller_bottom, caller_size); }
  void back_in_fiber() { __sanitizer_finish_switch_fiber(fiber_fake, &caller_bottom, &caller_size); }
  void fiber_ending() { __sanitizer_start_switch_fiber(nullptr, caller_bottom, caller_size); }
#else
  void enter_fiber() {}
  void back_in_caller() {}
  void fiber_started() {}
  void leave_fiber() {}
  void back_in_fiber() {}
  void fiber_ending() {}
#endif
};

}  // namespace govm
