// The govm command line: commands, flags and the usage text.
// (Design notes in options.cpp.)
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/address.h"
#include "runtime/limits.h"

namespace govm {

enum class Command : uint8_t { Run, Build, Disasm, Layout, Version, Help, Step };  // (issue 7) Step: govm step

struct Options {
  Command command = Command::Help;
  std::string file;                       // the program (run, build, disasm, layout)
  bool trace_memory = false;              // --trace-memory (or --trace-file)
  std::string trace_file;                 // --trace-file: trace here instead of stderr
  bool trace_json = false;                // --trace-format=json: JSON Lines instead of text
  std::string snapshot_file;              // (issue 8) --snapshot FILE: the end-of-run snapshot as JSON
  uint64_t max_steps = 0;                 // --max-steps: 0 = no limit
  uint64_t max_stack = kMaxStackDefault;  // --max-stack, bytes
  uint64_t max_heap = kMaxHeapDefault;    // --max-heap, bytes; 0 = no limit
  uint64_t max_output = kMaxOutputDefault;  // --max-output, bytes; 0 = no limit
  uint64_t seed = 0;                      // --seed: the runtime's random numbers (map order)
  // (issue 5) The scheduler.
  uint64_t sched_seed = 0;                // --sched-seed: vary scheduling choices (0: Go's order)
  uint64_t preempt = kPreemptDefault;     // --preempt: instructions of a time slice (0: never)
  uint64_t max_goroutines = kMaxGoroutinesDefault;  // --max-goroutines; 0 = no limit
  std::chrono::nanoseconds timeout{0};    // --timeout; 0 = no limit
  std::string log_level = "off";          // --log-level, spdlog's level names
  int escape_level = 0;                   // (issue 3) build -m: 1, -m=2: 2 (escape decisions, gc's -m)
  // (issue 4) The collector. GOGC and GODEBUG=gctrace=1 come from the
  // environment (apply_environment); --gogc overrides GOGC.
  int gogc = 100;                         // --gogc N|off (-1: off)
  bool gogc_flag = false;                 // --gogc was given
  bool gc_stress = false;                 // --gc-stress
  bool gc_verify = false;                 // --gc-verify
  bool gctrace = false;                   // GODEBUG=gctrace=1
  bool trace_gc_mark = false;             // --trace-memory=gc-mark: also each object turning grey and black
  // (issue 7) govm step.
  std::string script;                     // --script FILE: the stepper's commands from FILE
  std::string color = "auto";             // --color=auto|always|never
};

// (issue 4) Reads GOGC and GODEBUG as Go's runtime does (a GOGC it cannot
// parse is ignored, as Go ignores it; GODEBUG is comma-separated name=value
// pairs, of which govm knows gctrace). Returns an error for nothing: the
// environment never stops a run.
void apply_environment(const char* gogc, const char* godebug, Options& out);

// Parses argv (argv[0] is the command's name). Returns an empty string on
// success, else a one-line error for the user.
std::string parse_options(const std::vector<std::string>& args, Options& out);

// The usage text, ending with a newline.
const char* usage_text();

}  // namespace govm
