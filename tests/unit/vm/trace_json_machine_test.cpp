#include <gtest/gtest.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "runtime/trace_json.h"
#include "vm/machine.h"

namespace govm {
namespace {

using json = nlohmann::json;

// The JSON trace's exit line for each way a run ends: the whole path from a
// compiled program through the machine to JsonTraceSink::finish (the sink
// itself is tested in tests/unit/runtime/trace_json_test.cpp;
// tests/run-trace-json.py does the same through the govm command).
struct Ended {
  int code;
  std::vector<json> lines;
};

Ended run_traced(const std::string& source, MachineOptions mo = {}) {
  CompileResult r = compile_source("/tmp/prog.go", source);
  EXPECT_TRUE(r.ok()) << r.errors_text;
  if (!r.ok()) return {};
  CaptureOutput out;
  Machine m(r.image, out, mo);
  std::ostringstream os;
  JsonTraceSink sink(os);
  m.attach(&sink);
  const int code = m.run();
  sink.finish(code, m.exit_reason(), m.instructions());
  Ended e{code, {}};
  std::istringstream in(os.str());
  for (std::string l; std::getline(in, l);) e.lines.push_back(json::parse(l));
  return e;
}

void expect_exit_line(const Ended& e, int code, const char* reason) {
  EXPECT_EQ(e.code, code);
  ASSERT_FALSE(e.lines.empty());
  EXPECT_EQ(e.lines.back()["kind"], "exit");
  EXPECT_EQ(e.lines.back()["code"], code);
  EXPECT_EQ(e.lines.back()["reason"], reason);
  EXPECT_EQ(e.lines.back()["seq"], e.lines.size());
}

constexpr const char* kLoop =
    "package main\n\nfunc f(i int) int { return i + 1 }\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn = f(n)\n\t}\n}\n";

TEST(JsonTraceMachine, Normal) {
  expect_exit_line(run_traced("package main\n\nfunc main() {}\n"), 0, "normal");
}

TEST(JsonTraceMachine, Panic) {
  expect_exit_line(
      run_traced("package main\n\nfunc div(a, b int) int { return a / b }\n\nfunc main() {\n\tdiv(1, 0)\n}\n"), 2,
      "panic");
}

TEST(JsonTraceMachine, Fatal) {
  MachineOptions mo;
  mo.max_stack = 64 * 1024;
  const char* overflow = "package main\n\nfunc f(i int) int { return f(i+1) + 1 }\n\nfunc main() {\n\tf(0)\n}\n";
  expect_exit_line(run_traced(overflow, mo), 2, "fatal");
}

TEST(JsonTraceMachine, Limit) {
  MachineOptions mo;
  mo.max_steps = 10000;
  expect_exit_line(run_traced(kLoop, mo), kExitLimit, "limit");
}

TEST(JsonTraceMachine, InterruptStopsAtTheFirstBudgetCheck) {
  std::atomic<bool> interrupt{true};
  MachineOptions mo;
  mo.interrupt = &interrupt;
  const Ended e = run_traced(kLoop, mo);
  expect_exit_line(e, kExitInterrupt, "interrupt");
  EXPECT_EQ(e.lines.back()["instructions"], 0);
}

}  // namespace
}  // namespace govm
