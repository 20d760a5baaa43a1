// The JSON Lines trace: each event as one JSON object on one line.
//
//   {"v":1,"seq":3,"kind":"push","g":1,"func":"main.main","lo":"0xc4000007d0",...}
//   ...
//   {"v":1,"seq":42,"kind":"exit","code":0,"reason":"normal","instructions":1234}
//
// Every event line starts with the same four keys, in this order: the
// schema version, the event's sequence number, its kind (event_kind_name)
// and the goroutine that caused it (0: the loader). Then come the fields of
// the event's struct in runtime/event.h, under the same names, in the same
// order. Keys are kept in that order (ordered_json) so a line reads like
// the struct; readers must not depend on it.
//
// Addresses are hex strings as Go prints them ("0xc000010000"): VM
// addresses are above 2^32 and many JSON readers hold numbers as doubles,
// exact only to 2^53. Sizes, counts and lines are plain numbers. Strings
// that are not valid UTF-8 (a Go string may hold any bytes) get U+FFFD for
// each bad byte, so every line is valid JSON.
//
// The exit line is not an event: it is not a memory event, no other sink
// wants it, and it must be written even when the machine could not run at
// all (an internal error before the first instruction). The CLI calls
// finish() once the machine has returned, however it returned.
#include "runtime/trace_json.h"
#include "runtime/strconv.h"

#include <cinttypes>
#include <nlohmann/json.hpp>

namespace govm {

namespace {

using Json = nlohmann::ordered_json;

void fields(Json& j, const GlobalInitEvent& g) {
  j["name"] = g.name;
  j["segment"] = segment_name(g.segment);
  j["addr"] = format_hex(g.addr);
  j["size"] = g.size;
  j["type"] = g.type;
  j["value"] = g.value;
  j["by_code"] = g.by_code;
  j["line"] = g.line;
}

void fields(Json& j, const FramePushEvent& f) {
  j["func"] = f.func;
  j["lo"] = format_hex(f.lo);
  j["hi"] = format_hex(f.hi);
  j["size"] = f.size;
  j["line"] = f.line;
  j["depth"] = f.depth;
}

void fields(Json& j, const FramePopEvent& f) {
  j["func"] = f.func;
  j["lo"] = format_hex(f.lo);
  j["hi"] = format_hex(f.hi);
  j["size"] = f.size;
  j["depth"] = f.depth;
}

void fields(Json& j, const StackGrowEvent& g) {
  j["old_size"] = g.old_size;
  j["new_size"] = g.new_size;
  j["old_lo"] = format_hex(g.old_lo);
  j["old_hi"] = format_hex(g.old_hi);
  j["new_lo"] = format_hex(g.new_lo);
  j["new_hi"] = format_hex(g.new_hi);
  j["copied"] = g.copied;
  j["adjusted"] = g.adjusted;
  j["func"] = g.func;
  j["saved_fps"] = g.saved_fps;
}

void fields(Json& j, const HeapAllocEvent& a) {
  j["addr"] = format_hex(a.addr);
  j["size"] = a.size;
  j["slot_size"] = a.slot_size;
  j["size_class"] = a.size_class;
  j["type"] = a.type;
  j["func"] = a.func;
  j["line"] = a.line;
  j["reason"] = a.reason;
  j["col"] = a.col;
  j["site"] = a.site;
}

// (issue 4) The collector's events.
void fields(Json& j, const GcStartEvent& g) {
  j["cycle"] = g.cycle;
  j["trigger"] = g.trigger;
  j["heap_alloc"] = g.heap_alloc;
  j["goal"] = g.goal;
}

void fields(Json& j, const GcRootsEvent& r) {
  j["cycle"] = r.cycle;
  j["roots"] = r.kind;
  j["goroutine"] = r.goroutine;
  j["words"] = r.words;
  j["pointers"] = r.pointers;
  j["greyed"] = r.greyed;
}

void fields(Json& j, const GcMarkEvent& m) {
  j["cycle"] = m.cycle;
  j["addr"] = format_hex(m.addr);
  j["size"] = m.size;
  j["type"] = m.type;
  j["from"] = format_hex(m.from);
}

void fields(Json& j, const HeapFreeEvent& f) {
  j["cycle"] = f.cycle;
  j["addr"] = format_hex(f.addr);
  j["size"] = f.size;
  j["slot_size"] = f.slot_size;
  j["size_class"] = f.size_class;
  j["type"] = f.type;
  j["alloc_g"] = f.alloc_goid;
  j["line"] = f.line;
  j["col"] = f.col;
  j["site"] = f.site;
  j["func"] = f.func;
}

void fields(Json& j, const GcEndEvent& g) {
  j["cycle"] = g.cycle;
  j["trigger"] = g.trigger;
  j["heap_before"] = g.heap_before;
  j["heap_after"] = g.heap_after;
  j["live"] = g.live;
  j["freed_objects"] = g.freed_objects;
  j["freed_bytes"] = g.freed_bytes;
  j["next_goal"] = g.next_goal;
  j["stacks"] = g.stacks;
  j["globals"] = g.globals;
  j["pause_ns"] = g.pause_ns;
}

void fields(Json& j, const StackShrinkEvent& s) {
  j["old_size"] = s.old_size;
  j["new_size"] = s.new_size;
  j["old_lo"] = format_hex(s.old_lo);
  j["old_hi"] = format_hex(s.old_hi);
  j["new_lo"] = format_hex(s.new_lo);
  j["new_hi"] = format_hex(s.new_hi);
  j["used"] = s.used;
  j["adjusted"] = s.adjusted;
}

// (issue 5) Goroutines.
void fields(Json& j, const GoCreateEvent& c) {
  j["goroutine"] = c.g;
  j["func"] = c.func;
  j["stack_lo"] = format_hex(c.stack_lo);
  j["stack_hi"] = format_hex(c.stack_hi);
  j["stack_size"] = c.stack_size;
  j["line"] = c.line;
}

void fields(Json& j, const GoParkEvent& p) {
  j["goroutine"] = p.g;
  j["reason"] = p.reason;
  j["func"] = p.func;
  j["line"] = p.line;
}

void fields(Json& j, const GoReadyEvent& r) {
  j["goroutine"] = r.g;
  j["reason"] = r.reason;
}

void fields(Json& j, const GoExitEvent& x) {
  j["goroutine"] = x.g;
  j["func"] = x.func;
  j["stack_lo"] = format_hex(x.stack_lo);
  j["stack_hi"] = format_hex(x.stack_hi);
  j["stack_size"] = x.stack_size;
}

std::string dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

JsonTraceSink::JsonTraceSink(std::function<void(std::string_view)> write_line) : write_(std::move(write_line)) {}

JsonTraceSink::JsonTraceSink(std::ostream& out)
    : write_([&out](std::string_view s) { out.write(s.data(), static_cast<std::streamsize>(s.size())); }) {}

JsonTraceSink::JsonTraceSink(std::FILE* out)
    : write_([out](std::string_view s) { std::fwrite(s.data(), 1, s.size(), out); }) {}

std::string JsonTraceSink::format(const Event& e) {
  Json j;
  j["v"] = kTraceJsonVersion;
  j["seq"] = e.seq;
  j["kind"] = event_kind_name(e.kind);
  j["g"] = e.goid;
  // The payload decides the fields (as in the text trace, a producer that
  // got kind and payload out of step gets a line, not a crash).
  std::visit([&j](const auto& data) { fields(j, data); }, e.data);
  return dump(j);
}

std::string JsonTraceSink::format_exit(uint64_t seq, int code, std::string_view reason, uint64_t instructions) {
  Json j;
  j["v"] = kTraceJsonVersion;
  j["seq"] = seq;
  j["kind"] = "exit";
  j["code"] = code;
  j["reason"] = std::string(reason);
  j["instructions"] = instructions;
  return dump(j);
}

void JsonTraceSink::on_event(const Event& e) {
  if (finished_) return;
  last_seq_ = e.seq;
  write_(format(e) + "\n");
}

void JsonTraceSink::finish(int code, std::string_view reason, uint64_t instructions) {
  if (finished_) return;
  finished_ = true;
  write_(format_exit(last_seq_ + 1, code, reason, instructions) + "\n");
}

}  // namespace govm
