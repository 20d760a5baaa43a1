// A snapshot of a whole machine (issue 8): everything the inspection views
// show, taken at one moment, as one value and as JSON.
//
// snapshot(m) copies the views of vm/inspect.h out of a paused or ended
// machine: its segments, globals, goroutines with their frames and locals,
// heap objects with their reachability, the run's counters and MemStats,
// and how the run ended. The value owns everything: the machine may run on
// or be destroyed afterwards.
//
// to_json(s) writes it as one JSON object whose schema is
// docs/snapshot-schema.json (JSON Schema 2020-12) with "version":
// kSnapshotVersion; docs/snapshot.md explains each field. Addresses are
// hex strings as Go prints them ("0xc000010000"), as in the JSON trace;
// sizes and counts are integers. A change that removes or renames a field,
// or changes a field's meaning, raises the version; adding a field does
// not.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "runtime/mgc.h"
#include "vm/inspect.h"

namespace govm {

class Machine;

inline constexpr int kSnapshotVersion = 2;  // 2 (issue 5): goroutines' entry, creator, go_line

struct GoroutineSnapshot {
  GoroutineView g;
  std::vector<FrameView> frames;  // innermost first
};

struct Snapshot {
  int version = kSnapshotVersion;
  bool ended = false;
  int exit_code = 0;        // once ended
  std::string exit_reason;  // once ended: "normal", "panic", "fatal", "limit", "interrupt", "internal"
  std::string failure;      // the pending or reported "panic: ..." / "fatal error: ..." text, "" when none
  std::vector<SegmentInfo> segments;
  std::vector<GlobalView> globals;
  std::vector<GoroutineSnapshot> goroutines;  // by id; dead ones included, without frames
  std::vector<HeapObjectView> heap;           // in address order
  Stats stats;
  MemStats memstats;
};

// The state of m now (paused or ended; not from a sink while it runs).
Snapshot snapshot(const Machine& m);

// The snapshot as JSON (docs/snapshot-schema.json), keys in a fixed order.
nlohmann::ordered_json to_json(const Snapshot& s);

}  // namespace govm
