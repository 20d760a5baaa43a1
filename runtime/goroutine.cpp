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

const char* waitreason_name(WaitReason r) {
  switch (r) {
    case WaitReason::None: return "";
    case WaitReason::ChanReceive: return "chan receive";
    case WaitReason::ChanSend: return "chan send";
    case WaitReason::ChanReceiveNilChan: return "chan receive (nil chan)";
    case WaitReason::ChanSendNilChan: return "chan send (nil chan)";
    case WaitReason::Select: return "select";
    case WaitReason::SelectNoCases: return "select (no cases)";
    case WaitReason::Sleep: return "sleep";
    case WaitReason::SyncWaitGroupWait: return "sync.WaitGroup.Wait";
    case WaitReason::SyncMutexLock: return "sync.Mutex.Lock";
  }
  return "?";
}

}  // namespace govm
