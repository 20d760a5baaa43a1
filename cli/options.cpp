// The govm command line.
//
//   govm run [flags] prog.go      compile and run
//   govm build prog.go            compile only; report errors
//   govm build -m[=2] prog.go     also print escape decisions (gc's -gcflags=-m)
//   govm disasm prog.go           print the bytecode, as go tool objdump
//   govm layout prog.go           run, then draw the address space
//   govm step prog.go             step through its memory events (cli/step.cpp)
//   govm version | help
//
// Flags may come anywhere after the command, as `--flag value` or
// `--flag=value`. A usage error is a one-line message and the usage text on
// stderr, exit status 2 (main.cpp); -h or --help prints the usage on stdout.
#include "cli/options.h"

#include <map>

#include "runtime/limits.h"
#include "runtime/mgc.h"

namespace govm {

namespace {

const std::map<std::string, Command> kCommands = {
    {"run", Command::Run},       {"build", Command::Build},     {"disasm", Command::Disasm},
    {"layout", Command::Layout}, {"version", Command::Version}, {"help", Command::Help},
    {"step", Command::Step},  // (issue 7)
};

bool takes_file(Command c) {
  return c == Command::Run || c == Command::Build || c == Command::Disasm || c == Command::Layout || c == Command::Step;
}

bool valid_log_level(const std::string& s) {
  for (const char* l : {"trace", "debug", "info", "warn", "error", "critical", "off"})
    if (s == l) return true;
  return false;
}

// Applies the flag `name` with its value (if it takes one).
std::string apply_flag(const std::string& name, const std::string& value, Options& out) {
  if (name == "--max-steps") {
    if (!parse_count(value, out.max_steps)) return "invalid value \"" + value + "\" for flag " + name;
  } else if (name == "--seed") {
    if (!parse_count(value, out.seed)) return "invalid value \"" + value + "\" for flag " + name;
  } else if (name == "--sched-seed" || name == "--preempt" || name == "--max-goroutines") {  // (issue 5)
    uint64_t& v = name == "--sched-seed" ? out.sched_seed : name == "--preempt" ? out.preempt : out.max_goroutines;
    if (!parse_count(value, v)) return "invalid value \"" + value + "\" for flag " + name;
  } else if (name == "--max-stack") {
    if (!parse_size(value, out.max_stack) || out.max_stack == 0)
      return "invalid value \"" + value + "\" for flag " + name;
  } else if (name == "--max-heap" || name == "--max-output") {
    if (!parse_size(value, name == "--max-heap" ? out.max_heap : out.max_output))
      return "invalid value \"" + value + "\" for flag " + name + ": want bytes, with an optional K, M or G suffix";
  } else if (name == "--timeout") {
    if (!parse_duration(value, out.timeout))
      return "invalid value \"" + value + "\" for flag " + name + ": want a duration such as 10s, 500ms or 2m";
  } else if (name == "--trace-file") {
    if (value.empty()) return "flag " + name + " needs a file name";
    out.trace_file = value;
    out.trace_memory = true;
  } else if (name == "--snapshot") {  // (issue 8)
    if (value.empty()) return "flag " + name + " needs a file name";
    out.snapshot_file = value;
  } else if (name == "--trace-format") {
    if (value != "text" && value != "json") return "invalid value \"" + value + "\" for flag " + name;
    out.trace_json = value == "json";
  } else if (name == "--gogc") {
    if (!parse_gogc(value, out.gogc))
      return "invalid value \"" + value + "\" for flag " + name + ": want a percentage or off";
    out.gogc_flag = true;
  } else if (name == "--script") {  // (issue 7)
    if (value.empty()) return "flag " + name + " needs a file name";
    out.script = value;
  } else if (name == "--color") {  // (issue 7)
    if (value != "auto" && value != "always" && value != "never")
      return "invalid value \"" + value + "\" for flag " + name + ": want auto, always or never";
    out.color = value;
  } else if (name == "--log-level") {
    if (!valid_log_level(value)) return "invalid value \"" + value + "\" for flag " + name;
    out.log_level = value;
  }
  return {};
}

bool flag_takes_value(const std::string& name) {
  return name == "--max-steps" || name == "--max-stack" || name == "--max-heap" || name == "--max-output" ||
         name == "--timeout" || name == "--trace-file" || name == "--log-level" ||
         name == "--trace-format" || name == "--seed" || name == "--gogc" ||
         name == "--snapshot" || name == "--sched-seed" || name == "--preempt" || name == "--max-goroutines" ||
         name == "--script" || name == "--color";
}

}  // namespace

std::string parse_options(const std::vector<std::string>& args, Options& out) {
  if (args.size() < 2) return "no command given";
  size_t i = 1;
  if (args[1] == "-h" || args[1] == "--help") {
    out.command = Command::Help;
    return {};
  }
  auto cmd = kCommands.find(args[1]);
  if (cmd == kCommands.end()) return "unknown command \"" + args[1] + "\"";
  out.command = cmd->second;
  std::vector<std::string> positional;
  for (i = 2; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      out.command = Command::Help;
      return {};
    }
    if (a.size() < 2 || a[0] != '-') {
      positional.push_back(a);
      continue;
    }
    const size_t eq = a.find('=');
    const std::string name = a.substr(0, eq);
    // gc's -m / -m=2 (build only): print escape-analysis decisions.
    if (name == "-m" && out.command == Command::Build) {
      if (eq != std::string::npos && a.substr(eq + 1) != "1" && a.substr(eq + 1) != "2")
        return "invalid value \"" + a.substr(eq + 1) + "\" for flag -m: want 1 or 2";
      out.escape_level = eq == std::string::npos ? 1 : a[eq + 1] - '0';
      continue;
    }
    if (name == "--trace-memory" && eq == std::string::npos) {
      out.trace_memory = true;
      continue;
    }
    if (name == "--trace-memory") {  // (issue 4) --trace-memory=gc-mark: the finer level
      if (a.substr(eq + 1) != "gc-mark")
        return "invalid value \"" + a.substr(eq + 1) + "\" for flag --trace-memory: want gc-mark";
      out.trace_memory = out.trace_gc_mark = true;
      continue;
    }
    if ((name == "--gc-stress" || name == "--gc-verify") && eq == std::string::npos) {
      (name == "--gc-stress" ? out.gc_stress : out.gc_verify) = true;
      continue;
    }
    if (!flag_takes_value(name)) return "unknown flag " + name;
    std::string value;
    if (eq != std::string::npos) {
      value = a.substr(eq + 1);
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      return "flag " + name + " needs a value";
    }
    if (std::string err = apply_flag(name, value, out); !err.empty()) return err;
  }
  if (takes_file(out.command)) {
    if (positional.empty()) return "no program given to \"govm " + args[1] + "\"";
    if (positional.size() > 1) return "\"govm " + args[1] + "\" takes one program, got " + std::to_string(positional.size());
    out.file = positional[0];
  } else if (!positional.empty()) {
    return "\"govm " + args[1] + "\" takes no arguments";
  }
  return {};
}

void apply_environment(const char* gogc, const char* godebug, Options& out) {
  int v = 100;
  if (gogc != nullptr && !out.gogc_flag && parse_gogc(gogc, v)) out.gogc = v;
  if (godebug == nullptr) return;
  const std::string all = godebug;
  for (size_t at = 0; at <= all.size();) {
    size_t end = all.find(',', at);
    if (end == std::string::npos) end = all.size();
    const std::string kv = all.substr(at, end - at);
    if (kv.rfind("gctrace=", 0) == 0) out.gctrace = kv.substr(8) != "0" && !kv.substr(8).empty();
    at = end + 1;
  }
}

const char* usage_text() {
  return "usage: govm <command> [flags] [prog.go]\n"
         "\n"
         "commands:\n"
         "  run prog.go      compile and run the program\n"
         "  build prog.go    compile only; print compile errors\n"
         "  build -m prog.go print escape-analysis decisions as gc's -gcflags=-m does\n"
         "                   (-m=2 adds why: the flow of each escaping value)\n"
         "  disasm prog.go   print the program's bytecode (as go tool objdump)\n"
         "  layout prog.go   run the program, then draw its address space (heap spans by size class)\n"
         "  step prog.go     step through the program one memory event at a time, forwards and\n"
         "                   backwards (help inside lists the commands; docs/stepping.md)\n"
         "  version          print govm's version\n"
         "  help             print this text\n"
         "\n"
         "flags (run):\n"
         "  --trace-memory       trace globals, frames, stack growth, heap allocations and\n"
         "                       collections (roots, objects freed) on stderr\n"
         "  --trace-memory=gc-mark  the same, and each object as the collector marks it\n"
         "  --trace-file FILE    write the trace to FILE instead\n"
         "  --trace-format FMT   text (default) or json: JSON Lines, one event per line\n"
         "  --snapshot FILE      when the program ends, write the machine's state to FILE as\n"
         "                       JSON (docs/snapshot.md); -: to stdout, after the program's output\n"
         "  --max-steps N        stop the program after N instructions (default 0: no limit)\n"
         "  --max-heap SIZE      stop it when its heap would pass SIZE (default 1G)\n"
         "  --max-output SIZE    stop it when its stdout + stderr pass SIZE; the output is cut\n"
         "                       (default 1G)\n"
         "  --timeout DURATION   stop it after DURATION of wall-clock time: 10s, 500ms, 2m\n"
         "                       (default 0: no limit)\n"
         "  --max-stack SIZE     maximum goroutine stack (default 1000000000, as Go); past it\n"
         "                       the program dies of Go's \"stack overflow\" (exit status 2)\n"
         "  --seed N             seed of the runtime's random numbers: map iteration order and\n"
         "                       hash seeds; the same seed gives the same run (default 0)\n"
         "  --max-goroutines N   stop it when N goroutines exist at once (default 1000000)\n"
         "  --preempt N          a goroutine runs N instructions before another runnable one\n"
         "                       gets its turn (default 10000; 0: only when it blocks)\n"
         "  --sched-seed S       vary the scheduler's choices with seed S: which runnable\n"
         "                       goroutine runs next and how long each runs; the same seed\n"
         "                       gives the same interleaving (default 0: Go's order)\n"
         "  --gogc N|off         the collector's GOGC: the heap may grow N% past the live heap\n"
         "                       before the next collection (default: $GOGC, else 100); off:\n"
         "                       never collect but on runtime.GC()\n"
         "  --gc-stress          collect before every allocation (slow; finds missing roots)\n"
         "  --gc-verify          check the heap after every collection; a broken pointer is an\n"
         "                       internal error (exit status 70)\n"
         "  --log-level LEVEL    govm's own diagnostic log on stderr: trace, debug, info, warn,\n"
         "                       error, critical or off (default off)\n"
         "  -h, --help           print this text\n"
         "\n"
         "flags (step; and those of run):\n"
         "  --script FILE        read the stepper's commands from FILE (else stdin)\n"
         "  --color WHEN         auto (default: on a terminal, unless NO_COLOR is set), always\n"
         "                       or never\n"
         "\n"
         "limits: reaching one ends the run with \"govm: program exceeded --FLAG=...\" and exit\n"
         "status 124. SIZE is bytes with an optional K, M or G suffix (powers of 1024); 0 turns\n"
         "a limit off (all but --max-stack).\n"
         "\n"
         "environment: GOGC (as --gogc) and GODEBUG=gctrace=1 (one line per collection on\n"
         "stderr, in Go's format) are read as Go's runtime reads them.\n";
}

}  // namespace govm
