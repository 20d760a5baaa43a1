// Goroutine states as Go's traceback names them ("goroutine 1 [running]:").
#include "runtime/goroutine.h"

namespace govm {

const char* gstatus_name(GStatus s) {
  switch (s) {
    case GStatus::Idle: return "idle";
    case GStatus::Runnable: return "runnable";
    case GStatus::Running: return "running";
    case GStatus::Waiting: return "waiting";  // tracebacks print G::wait_reason instead
    case GStatus::Dead: return "dead";
  }
  return "?";
}

}  // namespace govm
