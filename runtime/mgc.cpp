// The garbage collector (being written).
#include "runtime/mgc.h"

#include "runtime/runtime.h"

namespace govm {

const char* gc_phase_name(GcPhase p) {
  switch (p) {
    case GcPhase::Off: return "off";
    case GcPhase::MarkRoots: return "mark roots";
    case GcPhase::Mark: return "mark";
    case GcPhase::Sweep: return "sweep";
  }
  return "?";
}

const char* gc_trigger_name(GcTrigger t) {
  switch (t) {
    case GcTrigger::Heap: return "heap goal";
    case GcTrigger::Forced: return "runtime.GC()";
    case GcTrigger::Stress: return "stress";
  }
  return "?";
}

bool parse_gogc(const std::string& s, int& out) {
  if (s == "off") {
    out = -1;
    return true;
  }
  if (s.empty()) return false;
  size_t i = s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  long long v = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
    if (v > 1000000000) return false;
  }
  out = s[0] == '-' ? -1 : static_cast<int>(v);
  return true;
}

void Runtime::gc_start(GcTrigger) {}
MemStats Runtime::read_memstats() const { return {}; }
uint64_t Runtime::nanotime() const { return counter_ ? counter_->instructions() : 0; }
void Runtime::at_safepoint(G&) { safepoint_pending_ = false; }

}  // namespace govm
