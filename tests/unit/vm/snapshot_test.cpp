// Snapshots (vm/snapshot.h): the value taken from a paused and an ended
// machine, its JSON validated against docs/snapshot-schema.json, key fields
// read back; and `govm run --snapshot FILE`.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "compiler/compiler.h"
#include "vm/machine.h"
#include "vm/snapshot.h"

namespace govm {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// The repository root: this file is tests/unit/vm/snapshot_test.cpp in it.
fs::path source_root() { return fs::path(__FILE__).parent_path().parent_path().parent_path().parent_path(); }

// The part of JSON Schema 2020-12 docs/snapshot-schema.json uses (as
// tests/run-trace-json.py validates traces): $ref (local), oneOf, type,
// const, enum, pattern, minimum, maximum, minLength, properties, required,
// additionalProperties: false, items. An unknown keyword is an error, so
// the schema cannot rely on a rule this validator would skip.
class Validator {
 public:
  explicit Validator(json root) : root_(std::move(root)) {}

  void check(const json& schema, const json& v, const std::string& where, std::vector<std::string>& errs) const {
    static const std::set<std::string> annotations = {"$schema", "$id", "title", "description", "version", "$defs"};
    for (auto& [k, rule] : schema.items()) {
      if (annotations.count(k)) continue;
      if (k == "$ref") {
        const std::string ref = rule.get<std::string>();
        check(root_.at(json::json_pointer(ref.substr(1))), v, where, errs);
      } else if (k == "oneOf") {
        int ok = 0;
        for (const json& alt : rule) {
          std::vector<std::string> e;
          check(alt, v, where, e);
          ok += e.empty();
        }
        if (ok != 1) errs.push_back(where + ": matches " + std::to_string(ok) + " of oneOf");
      } else if (k == "type") {
        if (!has_type(v, rule.get<std::string>())) errs.push_back(where + ": not " + rule.get<std::string>());
      } else if (k == "const") {
        if (v != rule) errs.push_back(where + ": not " + rule.dump());
      } else if (k == "enum") {
        if (std::find(rule.begin(), rule.end(), v) == rule.end())
          errs.push_back(where + ": " + v.dump() + " not in enum");
      } else if (k == "pattern") {
        if (v.is_string() && !std::regex_search(v.get<std::string>(), std::regex(rule.get<std::string>())))
          errs.push_back(where + ": " + v.dump() + " does not match " + rule.get<std::string>());
      } else if (k == "minimum") {
        if (v.is_number() && v.get<double>() < rule.get<double>()) errs.push_back(where + ": below minimum");
      } else if (k == "maximum") {
        if (v.is_number() && v.get<double>() > rule.get<double>()) errs.push_back(where + ": above maximum");
      } else if (k == "minLength") {
        if (v.is_string() && v.get<std::string>().size() < rule.get<size_t>()) errs.push_back(where + ": too short");
      } else if (k == "properties") {
        if (!v.is_object()) continue;
        for (auto& [name, sub] : rule.items())
          if (v.contains(name)) check(sub, v[name], where + "." + name, errs);
      } else if (k == "required") {
        if (!v.is_object()) continue;
        for (const json& name : rule)
          if (!v.contains(name.get<std::string>())) errs.push_back(where + ": missing " + name.get<std::string>());
      } else if (k == "additionalProperties") {
        if (!v.is_object() || rule != false) continue;
        for (auto& [name, x] : v.items())
          if (!schema["properties"].contains(name)) errs.push_back(where + ": unexpected key " + name);
      } else if (k == "items") {
        if (!v.is_array()) continue;
        for (size_t i = 0; i < v.size(); ++i) check(rule, v[i], where + "[" + std::to_string(i) + "]", errs);
      } else {
        errs.push_back("schema uses keyword " + k + ", which the validator does not know");
      }
    }
  }

  std::vector<std::string> errors(const json& v) const {
    std::vector<std::string> errs;
    check(root_, v, "$", errs);
    return errs;
  }

 private:
  static bool has_type(const json& v, const std::string& t) {
    if (t == "object") return v.is_object();
    if (t == "array") return v.is_array();
    if (t == "string") return v.is_string();
    if (t == "integer") return v.is_number_integer();
    if (t == "number") return v.is_number();
    if (t == "boolean") return v.is_boolean();
    if (t == "null") return v.is_null();
    return false;
  }
  json root_;
};

Validator schema_validator() {
  std::ifstream f(source_root() / "docs" / "snapshot-schema.json");
  EXPECT_TRUE(f) << "cannot read docs/snapshot-schema.json";
  json schema = json::parse(f);
  EXPECT_EQ(schema["version"], kSnapshotVersion);
  return Validator(std::move(schema));
}

std::string errors_text(const std::vector<std::string>& errs) {
  std::string s;
  for (size_t i = 0; i < errs.size() && i < 20; ++i) s += errs[i] + "\n";
  return s;
}

std::string hex(Addr a) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(a));
  return buf;
}

const char* kProg = R"(package main

import "fmt"

type Point struct{ X, Y int }

var keep *Point
var count = 3

func scale(p *Point, k int) *Point {
	q := &Point{p.X * k, p.Y * k}
	return q
}

func main() {
	keep = &Point{1, 2}
	r := scale(keep, count)
	fmt.Println(r.X, r.Y)
}
)";

std::shared_ptr<const Image> compile(const char* src) {
  CompileResult c = compile_source("prog.go", src);
  EXPECT_TRUE(c.ok()) << c.errors_text;
  return c.image;
}

// A snapshot's JSON, dumped and parsed back (what a consumer reads).
json round_trip(const Snapshot& s) { return json::parse(to_json(s).dump()); }

TEST(Snapshot, PausedMachine) {
  CaptureOutput out;
  Machine m(compile(kProg), out);
  ASSERT_EQ(m.run_to_line(12).reason, StopReason::Line);  // in scale, after q's allocation
  const Snapshot s = snapshot(m);
  EXPECT_FALSE(s.ended);
  ASSERT_FALSE(s.goroutines.empty());
  ASSERT_GE(s.goroutines[0].frames.size(), 2u);
  EXPECT_EQ(s.goroutines[0].frames[0].func, "main.scale");
  EXPECT_EQ(s.goroutines[0].frames[1].func, "main.main");
  ASSERT_EQ(s.heap.size(), m.heap_objects().size());

  const json j = round_trip(s);
  const std::vector<std::string> errs = schema_validator().errors(j);
  EXPECT_TRUE(errs.empty()) << errors_text(errs);

  EXPECT_EQ(j["version"], kSnapshotVersion);
  EXPECT_EQ(j["ended"], false);
  EXPECT_TRUE(j["exit"].is_null());
  EXPECT_EQ(j["goroutines"][0]["id"], 1);
  EXPECT_EQ(j["goroutines"][0]["frames"][0]["func"], "main.scale");
  EXPECT_EQ(j["goroutines"][0]["frames"][0]["line"], 12);
  bool saw_q = false;
  for (const json& l : j["goroutines"][0]["frames"][0]["locals"]) {
    if (l["name"] == "k") {
      EXPECT_EQ(l["value"], "3");
    } else if (l["name"] == "q") {
      saw_q = l["value"] == "&{3 6}";
    }
  }
  EXPECT_TRUE(saw_q) << j["goroutines"][0]["frames"][0].dump(1);
  ASSERT_EQ(j["heap"].size(), s.heap.size());
  for (size_t i = 0; i < s.heap.size(); ++i) {
    EXPECT_EQ(j["heap"][i]["addr"], hex(s.heap[i].addr));
    EXPECT_EQ(j["heap"][i]["type"], s.heap[i].type);
    EXPECT_EQ(j["heap"][i]["reachable"], s.heap[i].reachable);
    EXPECT_EQ(j["heap"][i]["line"], s.heap[i].line);
  }
  int points = 0;
  for (const json& o : j["heap"])
    if (o["type"] == "main.Point") {
      ++points;
      EXPECT_EQ(o["reachable"], true) << o.dump();  // keep (a global) and q (scale's frame)
    }
  EXPECT_EQ(points, 2);
  bool saw_count = false;
  for (const json& g : j["globals"])
    if (g["name"] == "main.count") saw_count = g["value"] == "3" && g["segment"] == "data";
  EXPECT_TRUE(saw_count);
  EXPECT_EQ(j["stats"]["instructions"], m.instructions());
  EXPECT_EQ(j["stats"]["mallocs"], s.memstats.mallocs);
  EXPECT_EQ(j["memstats"]["HeapObjects"], s.heap.size());
  EXPECT_EQ(j["segments"][0]["name"], "text");
}

TEST(Snapshot, EndedMachineAndPanic) {
  CaptureOutput out;
  Machine m(compile(kProg), out);
  ASSERT_EQ(m.run(), 0);
  json j = round_trip(snapshot(m));
  std::vector<std::string> errs = schema_validator().errors(j);
  EXPECT_TRUE(errs.empty()) << errors_text(errs);
  EXPECT_EQ(j["ended"], true);
  EXPECT_EQ(j["exit"]["code"], 0);
  EXPECT_EQ(j["exit"]["reason"], "normal");
  EXPECT_EQ(j["failure"], "");

  CaptureOutput out2;
  Machine p(compile(R"(package main

func main() {
	var s []int
	_ = s[3]
}
)"),
            out2);
  EXPECT_EQ(p.run(), 2);
  j = round_trip(snapshot(p));
  errs = schema_validator().errors(j);
  EXPECT_TRUE(errs.empty()) << errors_text(errs);
  EXPECT_EQ(j["exit"]["reason"], "panic");
  EXPECT_EQ(j["exit"]["code"], 2);
  EXPECT_NE(j["failure"].get<std::string>().find("index out of range"), std::string::npos) << j["failure"];
}

// The validator is not vacuous: a snapshot with a field removed, a wrong
// type or an extra key fails.
TEST(Snapshot, SchemaRejectsBrokenSnapshots) {
  CaptureOutput out;
  Machine m(compile(kProg), out);
  ASSERT_EQ(m.run_to_line(12).reason, StopReason::Line);
  const json good = round_trip(snapshot(m));
  const Validator v = schema_validator();
  ASSERT_TRUE(v.errors(good).empty());
  json a = good;
  a["heap"][0].erase("reachable");
  EXPECT_FALSE(v.errors(a).empty());
  json b = good;
  b["heap"][0]["addr"] = 12345;
  EXPECT_FALSE(v.errors(b).empty());
  json c = good;
  c["stats"]["surprise"] = 1;
  EXPECT_FALSE(v.errors(c).empty());
  json d = good;
  d["version"] = kSnapshotVersion + 1;
  EXPECT_FALSE(v.errors(d).empty());
}

// The govm command next to this test binary (build/tests/unit_vm ->
// build/cli/govm); empty when it is not there.
fs::path govm_binary() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  const fs::path govm = exe.parent_path().parent_path() / "cli" / "govm";
  return fs::exists(govm) ? govm : fs::path();
}

TEST(Snapshot, GovmRunWritesValidJson) {
  const fs::path govm = govm_binary();
  if (govm.empty()) GTEST_SKIP() << "the govm command is not built next to this test";
  const fs::path dir = fs::temp_directory_path() / ("govm-snapshot-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  {
    std::ofstream(dir / "prog.go") << kProg;
  }
  const std::string cmd = govm.string() + " run --snapshot " + (dir / "snap.json").string() + " " +
                          (dir / "prog.go").string() + " > " + (dir / "out.txt").string() + " 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  std::ifstream f(dir / "snap.json");
  ASSERT_TRUE(f) << "no snapshot written";
  const json j = json::parse(f);
  const std::vector<std::string> errs = schema_validator().errors(j);
  EXPECT_TRUE(errs.empty()) << errors_text(errs);
  EXPECT_EQ(j["exit"]["reason"], "normal");
  EXPECT_GE(j["stats"]["mallocs"].get<uint64_t>(), 2u);
  std::ifstream o(dir / "out.txt");
  std::string printed((std::istreambuf_iterator<char>(o)), std::istreambuf_iterator<char>());
  EXPECT_EQ(printed, "3 6\n");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace govm
