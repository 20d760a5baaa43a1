// The JSON Lines trace: every event kind written, parsed back, and checked
// field by field and against docs/trace-schema.json; the exit line.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

#include "runtime/trace_json.h"

namespace govm {
namespace {

using nlohmann::json;

// One event of each kind, with every field different from its zero value.
std::optional<Event> sample(EventKind k) {
  switch (k) {
    case EventKind::GlobalInit:
      return Event{k, 0, 0, GlobalInitEvent{"main.counter", Segment::Data, 0x4c2000, 8, "int", "42", false, 7}};
    case EventKind::FramePush:
      return Event{k, 0, 1, FramePushEvent{"main.fib", 0xc400000790, 0xc4000007d0, 64, 12, 2}};
    case EventKind::FramePop:
      return Event{k, 0, 1, FramePopEvent{"main.fib", 0xc400000790, 0xc4000007d0, 64, 1}};
    case EventKind::StackGrow:
      return Event{k, 0, 1,
                   StackGrowEvent{2048, 4096, 0xc400000000, 0xc400000800, 0xc400001000, 0xc400002000, 1856, 29,
                                  "main.deep", 27}};
    case EventKind::HeapAlloc:
      return Event{k, 0, 3,
                   HeapAllocEvent{0xc000000010, 13, 16, 2, "string", "runtime.concatstring2", 12,
                                  "string concatenation", 9, "s + t"}};
    case EventKind::GcStart:
      return Event{k, 0, 1, GcStartEvent{3, "runtime.GC()", 4096, 4194304}};
    case EventKind::GcRoots:
      return Event{k, 0, 1, GcRootsEvent{3, "stack", 2, 12, 5, 4}};
    case EventKind::GcGrey:
      return Event{k, 0, 1, GcMarkEvent{3, 0xc000002000, 24, "main.Node", 0xc4000007d8}};
    case EventKind::GcBlack:
      return Event{k, 0, 1, GcMarkEvent{3, 0xc000002000, 24, "main.Node", 0xc4000007e0}};
    case EventKind::HeapFree:
      return Event{k, 0, 1,
                   HeapFreeEvent{3, 0xc000002018, 20, 24, 3, "main.Node", 2, 9, 7, "&Node{...}",
                                 "runtime.newobject"}};
    case EventKind::GcEnd:
      return Event{k, 0, 1, GcEndEvent{3, "heap goal", 4194400, 1024, 1024, 12, 4096, 4194304, 8192, 64, 1234}};
    case EventKind::StackShrink:
      return Event{k, 0, 2,
                   StackShrinkEvent{8192, 4096, 0xc400004000, 0xc400006000, 0xc400001000, 0xc400002000, 800, 3}};
    case EventKind::GoCreate:
      return Event{k, 0, 1, GoCreateEvent{2, "main.worker", 0xc400001000, 0xc400001800, 2048, 21}};
    case EventKind::GoPark:
      return Event{k, 0, 2, GoParkEvent{2, "chan receive", "main.worker", 9}};
    case EventKind::GoReady:
      return Event{k, 0, 1, GoReadyEvent{2, "chan receive"}};
    case EventKind::GoExit:
      return Event{k, 0, 2, GoExitEvent{2, "main.worker", 0xc400001000, 0xc400001800, 2048}};
    case EventKind::Count:
      break;
  }
  return std::nullopt;
}

json parse_line(const std::string& line) {
  EXPECT_EQ(line.find('\n'), std::string::npos) << line;
  return json::parse(line);
}

// The keys of a line, in the order written.
std::vector<std::string> keys(const std::string& line) {
  std::vector<std::string> out;
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(line);
  for (auto& [k, v] : j.items()) out.push_back(k);
  return out;
}

TEST(JsonTrace, EveryKindHasASample) {
  for (unsigned k = 0; k < static_cast<unsigned>(EventKind::Count); ++k)
    EXPECT_TRUE(sample(static_cast<EventKind>(k)).has_value()) << "no JSON test for event kind " << k;
}

TEST(JsonTrace, Global) {
  Event e = *sample(EventKind::GlobalInit);
  e.seq = 1;
  const json j = parse_line(JsonTraceSink::format(e));
  EXPECT_EQ(j, json::parse(R"({"v":3,"seq":1,"kind":"global","g":0,"name":"main.counter","segment":"data",
      "addr":"0x4c2000","size":8,"type":"int","value":"42","by_code":false,"line":7})"));
  EXPECT_EQ(keys(JsonTraceSink::format(e)),
            (std::vector<std::string>{"v", "seq", "kind", "g", "name", "segment", "addr", "size", "type", "value",
                                      "by_code", "line"}));
}

TEST(JsonTrace, PushAndPop) {
  Event push = *sample(EventKind::FramePush);
  push.seq = 2;
  EXPECT_EQ(parse_line(JsonTraceSink::format(push)),
            json::parse(R"({"v":3,"seq":2,"kind":"push","g":1,"func":"main.fib","lo":"0xc400000790",
                "hi":"0xc4000007d0","size":64,"line":12,"depth":2})"));
  Event pop = *sample(EventKind::FramePop);
  pop.seq = 3;
  EXPECT_EQ(parse_line(JsonTraceSink::format(pop)),
            json::parse(R"({"v":3,"seq":3,"kind":"pop","g":1,"func":"main.fib","lo":"0xc400000790",
                "hi":"0xc4000007d0","size":64,"depth":1})"));
}

TEST(JsonTrace, Grow) {
  Event e = *sample(EventKind::StackGrow);
  e.seq = 9;
  EXPECT_EQ(parse_line(JsonTraceSink::format(e)),
            json::parse(R"({"v":3,"seq":9,"kind":"grow","g":1,"old_size":2048,"new_size":4096,
                "old_lo":"0xc400000000","old_hi":"0xc400000800","new_lo":"0xc400001000","new_hi":"0xc400002000",
                "copied":1856,"adjusted":29,"func":"main.deep","saved_fps":27})"));
}

TEST(JsonTrace, Alloc) {
  Event e = *sample(EventKind::HeapAlloc);
  e.seq = 4;
  EXPECT_EQ(parse_line(JsonTraceSink::format(e)),
            json::parse(R"({"v":3,"seq":4,"kind":"alloc","g":3,"addr":"0xc000000010","size":13,"slot_size":16,
                "size_class":2,"type":"string","func":"runtime.concatstring2","line":12,
                "reason":"string concatenation","col":9,"site":"s + t"})"));
}

// (issue 4) The collector's kinds.
TEST(JsonTrace, GcStart) {
  Event e = *sample(EventKind::GcStart);
  e.seq = 10;
  const std::string line = JsonTraceSink::format(e);
  EXPECT_EQ(parse_line(line), json::parse(R"j({"v":3,"seq":10,"kind":"gc-start","g":1,"cycle":3,
      "trigger":"runtime.GC()","heap_alloc":4096,"goal":4194304})j"));
  EXPECT_EQ(keys(line), (std::vector<std::string>{"v", "seq", "kind", "g", "cycle", "trigger", "heap_alloc", "goal"}));
}

// The struct's `kind` (which roots) is written as "roots": every line's
// "kind" is already the event kind.
TEST(JsonTrace, GcRoots) {
  Event e = *sample(EventKind::GcRoots);
  e.seq = 11;
  const std::string line = JsonTraceSink::format(e);
  EXPECT_EQ(parse_line(line), json::parse(R"({"v":3,"seq":11,"kind":"gc-roots","g":1,"cycle":3,"roots":"stack",
      "goroutine":2,"words":12,"pointers":5,"greyed":4})"));
  EXPECT_EQ(keys(line), (std::vector<std::string>{"v", "seq", "kind", "g", "cycle", "roots", "goroutine", "words",
                                                  "pointers", "greyed"}));
}

TEST(JsonTrace, GcGrey) {
  Event e = *sample(EventKind::GcGrey);
  e.seq = 12;
  const std::string line = JsonTraceSink::format(e);
  EXPECT_EQ(parse_line(line), json::parse(R"({"v":3,"seq":12,"kind":"gc-grey","g":1,"cycle":3,
      "addr":"0xc000002000","size":24,"type":"main.Node","from":"0xc4000007d8"})"));
  EXPECT_EQ(keys(line), (std::vector<std::string>{"v", "seq", "kind", "g", "cycle", "addr", "size", "type", "from"}));
}

// Grey and black share GcMarkEvent: the kind, not the payload, names the line.
TEST(JsonTrace, GcBlack) {
  Event e = *sample(EventKind::GcBlack);
  e.seq = 13;
  const std::string line = JsonTraceSink::format(e);
  EXPECT_EQ(parse_line(line), json::parse(R"({"v":3,"seq":13,"kind":"gc-black","g":1,"cycle":3,
      "addr":"0xc000002000","size":24,"type":"main.Node","from":"0xc4000007e0"})"));
  EXPECT_EQ(keys(line), (std::vector<std::string>{"v", "seq", "kind", "g", "cycle", "addr", "size", "type", "from"}));
}

// The struct's alloc_goid is written as "alloc_g", like every line's "g".
TEST(JsonTrace, Free) {
  Event e = *sample(EventKind::HeapFree);
  e.seq = 14;
  const std::string line = JsonTraceSink::format(e);
  EXPECT_EQ(parse_line(line), json::parse(R"({"v":3,"seq":14,"kind":"free","g":1,"cycle":3,"addr":"0xc000002018",
      "size":20,"slot_size":24,"size_class":3,"type":"main.Node","alloc_g":2,"line":9,"col":7,"site":"&Node{...}",
      "func":"runtime.newobject"})"));
  EXPECT_EQ(keys(line), (std::vector<std::string>{"v", "seq", "kind", "g", "cycle", "addr", "size", "slot_size",
                                                  "size_class", "type", "alloc_g", "line", "col", "site", "func"}));
}

TEST(JsonTrace, GcEnd) {
  Event e = *sample(EventKind::GcEnd);
  e.seq = 15;
  const std::string line = JsonTraceSink::format(e);
  EXPECT_EQ(parse_line(line), json::parse(R"({"v":3,"seq":15,"kind":"gc-end","g":1,"cycle":3,"trigger":"heap goal",
      "heap_before":4194400,"heap_after":1024,"live":1024,"freed_objects":12,"freed_bytes":4096,
      "next_goal":4194304,"stacks":8192,"globals":64,"pause_ns":1234})"));
  EXPECT_EQ(keys(line), (std::vector<std::string>{"v", "seq", "kind", "g", "cycle", "trigger", "heap_before",
                                                  "heap_after", "live", "freed_objects", "freed_bytes", "next_goal",
                                                  "stacks", "globals", "pause_ns"}));
}

TEST(JsonTrace, Shrink) {
  Event e = *sample(EventKind::StackShrink);
  e.seq = 16;
  const std::string line = JsonTraceSink::format(e);
  EXPECT_EQ(parse_line(line), json::parse(R"({"v":3,"seq":16,"kind":"shrink","g":2,"old_size":8192,"new_size":4096,
      "old_lo":"0xc400004000","old_hi":"0xc400006000","new_lo":"0xc400001000","new_hi":"0xc400002000",
      "used":800,"adjusted":3})"));
  EXPECT_EQ(keys(line), (std::vector<std::string>{"v", "seq", "kind", "g", "old_size", "new_size", "old_lo",
                                                  "old_hi", "new_lo", "new_hi", "used", "adjusted"}));
}

TEST(JsonTrace, AddressesKeepAll64Bits) {
  Event e{EventKind::FramePop, 1, 1, FramePopEvent{"f", 0xffffffffffffff01, 0xffffffffffffffff, 254, 0}};
  const json j = parse_line(JsonTraceSink::format(e));
  EXPECT_EQ(j["lo"], "0xffffffffffffff01");
  EXPECT_EQ(j["hi"], "0xffffffffffffffff");
}

TEST(JsonTrace, StringsAreEscapedAndBadUtf8Replaced) {
  Event e = *sample(EventKind::GlobalInit);
  // Quote, backslash, control characters, a NUL and a byte that is not UTF-8.
  std::get<GlobalInitEvent>(e.data).value = std::string("a\"b\\c\nd\te\x01 \xff") + '\0';
  const std::string line = JsonTraceSink::format(e);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(line.find('\0'), std::string::npos);
  EXPECT_EQ(parse_line(line)["value"], std::string("a\"b\\c\nd\te\x01 \xEF\xBF\xBD") + '\0');
}

TEST(JsonTrace, SinkWritesLinesThenOneExitLine) {
  std::ostringstream os;
  JsonTraceSink sink(os);
  EventStream s;
  s.attach(&sink);
  for (unsigned k = 0; k < static_cast<unsigned>(EventKind::Count); ++k) s.emit(*sample(static_cast<EventKind>(k)));
  sink.finish(2, "panic", 1234);
  sink.finish(0, "normal", 1);  // ignored: the trace already ended
  s.emit(*sample(EventKind::FramePop));  // ignored too

  std::istringstream in(os.str());
  std::vector<json> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(json::parse(l));
  ASSERT_EQ(lines.size(), static_cast<size_t>(EventKind::Count) + 1);
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(lines[i]["v"], kTraceJsonVersion);
    EXPECT_EQ(lines[i]["seq"], i + 1);
  }
  for (unsigned k = 0; k < static_cast<unsigned>(EventKind::Count); ++k)
    EXPECT_EQ(lines[k]["kind"], event_kind_name(static_cast<EventKind>(k)));
  EXPECT_EQ(lines.back(),
            json::parse(R"({"v":3,"seq":17,"kind":"exit","code":2,"reason":"panic","instructions":1234})"));
}

TEST(JsonTrace, ExitLineWithNoEvents) {
  std::string out;
  JsonTraceSink sink([&out](std::string_view s) { out += s; });
  sink.finish(70, "internal", 0);
  EXPECT_EQ(out, "{\"v\":3,\"seq\":1,\"kind\":\"exit\",\"code\":70,\"reason\":\"internal\",\"instructions\":0}\n");
}

TEST(JsonTrace, FileSink) {
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  {
    JsonTraceSink sink(f);
    Event e = *sample(EventKind::FramePush);
    e.seq = 1;
    sink.on_event(e);
    sink.finish(0, "normal", 10);
  }
  std::rewind(f);
  char buf[1024] = {};
  const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  const std::string text(buf, n);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  EXPECT_NE(text.find("\"kind\":\"exit\""), std::string::npos);
}

// The schema names every kind, and for each the exact keys the sink
// writes, all required. (tests/run-trace-json.py validates real traces
// value by value.)
TEST(JsonTrace, SchemaMatchesEveryKind) {
  std::ifstream f(GOVM_SOURCE_DIR "/docs/trace-schema.json");
  ASSERT_TRUE(f) << "cannot read docs/trace-schema.json";
  const json schema = json::parse(f);
  EXPECT_EQ(schema["version"], kTraceJsonVersion);
  std::set<std::string> listed;
  for (const json& alt : schema["oneOf"]) listed.insert(alt["$ref"].get<std::string>());

  auto check = [&](const std::string& kind, const std::string& line) {
    SCOPED_TRACE(kind);
    EXPECT_TRUE(listed.count("#/$defs/" + kind)) << "schema's oneOf misses " << kind;
    const json& def = schema["$defs"][kind];
    ASSERT_TRUE(def.is_object()) << "schema has no $defs/" << kind;
    std::vector<std::string> required = def["required"].get<std::vector<std::string>>();
    std::vector<std::string> props;
    for (auto& [k, v] : def["properties"].items()) props.push_back(k);
    std::vector<std::string> written = keys(line);
    EXPECT_EQ(written, required);  // same keys, same order
    std::sort(written.begin(), written.end());
    std::sort(props.begin(), props.end());
    EXPECT_EQ(written, props);
    EXPECT_EQ(def["additionalProperties"], false);
    EXPECT_EQ(def["properties"]["kind"]["const"], kind);
  };
  for (unsigned k = 0; k < static_cast<unsigned>(EventKind::Count); ++k) {
    Event e = *sample(static_cast<EventKind>(k));
    e.seq = 1;
    check(event_kind_name(e.kind), JsonTraceSink::format(e));
  }
  check("exit", JsonTraceSink::format_exit(1, 0, "normal", 0));
  EXPECT_EQ(listed.size(), static_cast<size_t>(EventKind::Count) + 1);
}

}  // namespace
}  // namespace govm
