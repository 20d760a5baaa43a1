// The event stream: fan-out from producers to sinks (design in event.h).
//
// The mask is the union of what the attached sinks asked for, restricted to
// the kinds that exist, so EventStream::enabled() is the only test a
// producer makes, and with no sink attached nothing is ever built.
#include "runtime/event.h"

namespace govm {

const char* event_kind_name(EventKind k) {
  switch (k) {
    case EventKind::GlobalInit: return "global";
    case EventKind::FramePush: return "push";
    case EventKind::FramePop: return "pop";
    case EventKind::StackGrow: return "grow";
    case EventKind::HeapAlloc: return "alloc";
    case EventKind::GcStart: return "gc-start";
    case EventKind::GcRoots: return "gc-roots";
    case EventKind::GcGrey: return "gc-grey";
    case EventKind::GcBlack: return "gc-black";
    case EventKind::HeapFree: return "free";
    case EventKind::GcEnd: return "gc-end";
    case EventKind::StackShrink: return "shrink";
    case EventKind::GoCreate: return "go-create";
    case EventKind::GoPark: return "go-park";
    case EventKind::GoReady: return "go-ready";
    case EventKind::GoExit: return "go-exit";
    case EventKind::Count: break;
  }
  return "?";
}

void EventStream::attach(EventSink* sink, uint32_t kinds_mask) {
  constexpr uint32_t kAllKinds = (1u << static_cast<unsigned>(EventKind::Count)) - 1;
  if (sink == nullptr) return;
  sinks_.push_back({sink, kinds_mask & kAllKinds});
  mask_ |= kinds_mask & kAllKinds;
}

void EventStream::emit(Event e) {
  e.seq = ++seq_;
  const uint32_t bit = 1u << static_cast<unsigned>(e.kind);
  for (const Attached& a : sinks_)
    if (a.mask & bit) a.sink->on_event(e);
}

}  // namespace govm
