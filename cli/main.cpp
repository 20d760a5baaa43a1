// govm: the command. Thin: everything it does goes through the compiler's
// (compile_file), the machine's (Machine, disassemble) and the runtime's
// (TextTraceSink, draw_layout) public APIs.
//
// Output discipline: the program's stdout is buffered (fd_output.cpp) and
// flushed before anything is written to stderr (the program's println, a
// panic report, trace lines, govm's own log), so that what the user sees
// interleaves as it would under `go run`.
//
// Exit status: the program's own for `run` (0, 2 for a panic or fatal
// error, 124 when a govm limit stopped it, 130 when SIGINT did, 70 for a
// govm bug); 1 when the program does not compile (as `go build`); 2 for a
// usage error.
//
// SIGINT during `run` does not kill govm: the handler only sets a flag, the
// interpreter stops at its next budget check (at most about a million
// instructions later), and govm ends as for a limit, so the trace is
// flushed and the JSON trace gets its exit line. The handler is one-shot
// (SA_RESETHAND): a second Ctrl-C kills govm outright.
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

#include "cli/fd_output.h"
#include "cli/options.h"
#include "cli/step.h"
#include "govm/govm.h"
#include "runtime/layout.h"
#include "runtime/trace.h"
#include "runtime/trace_json.h"
#include "vm/disasm.h"
#include "vm/machine.h"
#include "vm/snapshot.h"

namespace govm {

namespace {

constexpr const char* kVersion = "0.1.0";
constexpr int kExitUsage = 2;
constexpr int kExitCompile = 1;

// govm's own log (--log-level) goes to stderr through the program's Output,
// so that it too flushes the program's stdout first.
class OutputLogSink final : public spdlog::sinks::base_sink<spdlog::details::null_mutex> {
 public:
  explicit OutputLogSink(FdOutput& out) : out_(out) {}

 protected:
  void sink_it_(const spdlog::details::log_msg& msg) override {
    spdlog::memory_buf_t line;
    formatter_->format(msg, line);
    out_.write_stderr(std::string_view(line.data(), line.size()));
  }
  void flush_() override {}

 private:
  FdOutput& out_;
};

// The text trace on the program's stderr.
class StderrTraceSink final : public EventSink {
 public:
  explicit StderrTraceSink(FdOutput& out) : out_(out) {}
  void on_event(const Event& e) override { out_.write_stderr(TextTraceSink::format(e) + "\n"); }

 private:
  FdOutput& out_;
};

// Set by SIGINT; read by the interpreter at each budget check.
std::atomic<bool> interrupt_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");

extern "C" void on_sigint(int) { interrupt_requested.store(true, std::memory_order_relaxed); }

void catch_sigint() {
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESETHAND;
  sigaction(SIGINT, &sa, nullptr);
}

void setup_log(FdOutput& out, const std::string& level) {
  auto logger = std::make_shared<spdlog::logger>("govm", std::make_shared<OutputLogSink>(out));
  logger->set_pattern("govm: [%l] %v");
  spdlog::set_default_logger(logger);
  spdlog::set_level(spdlog::level::from_str(level));
}

// Prints a failed compilation's errors as `go build` does.
void report_errors(const CompileResult& r, FdOutput& out) {
  std::string text = r.errors_text;
  if (!text.empty() && text.back() != '\n') text += '\n';
  // Errors in the source come under the package header, as `go build`
  // prints them; a file that cannot be read is reported alone, as Go does.
  bool in_source = false;
  for (const Diagnostic& d : r.diagnostics) in_source |= d.pos.valid();
  out.write_stderr((in_source ? "# command-line-arguments\n" : "") + text);
}

// Compiles opts.file; on errors prints them as `go build` does and returns null.
std::shared_ptr<const Image> compile(const Options& opts, FdOutput& out) {
  CompileResult r = compile_file(opts.file);
  if (r.ok()) return r.image;
  report_errors(r, out);
  return nullptr;
}

MachineOptions machine_options(const Options& opts) {
  MachineOptions mo;
  mo.max_steps = opts.max_steps;
  mo.max_stack = opts.max_stack;
  mo.max_heap = opts.max_heap;
  mo.max_output = opts.max_output;
  mo.seed = opts.seed;
  mo.sched_seed = opts.sched_seed;
  mo.preempt = opts.preempt;
  mo.max_goroutines = opts.max_goroutines;
  mo.gc.gogc = opts.gogc;
  mo.gc.stress = opts.gc_stress;
  mo.gc.verify = opts.gc_verify;
  mo.gc.gctrace = opts.gctrace;
  mo.timeout = opts.timeout;
  mo.interrupt = &interrupt_requested;
  return mo;
}

// (issue 4) What the trace shows: every kind, but the marking of each
// object only at --trace-memory=gc-mark.
uint32_t trace_kinds(const Options& opts) {
  uint32_t kinds = ~0u;
  if (!opts.trace_gc_mark)
    kinds &= ~((1u << static_cast<unsigned>(EventKind::GcGrey)) | (1u << static_cast<unsigned>(EventKind::GcBlack)));
  return kinds;
}

int run(const Options& opts, FdOutput& out) {
  std::shared_ptr<const Image> image = compile(opts, out);
  if (!image) return kExitCompile;
  Machine machine(image, out, machine_options(opts));
  // The trace goes to stderr through the program's Output (so each line
  // flushes stdout first), or to --trace-file.
  StderrTraceSink stderr_trace(out);
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> trace_file(nullptr, &std::fclose);
  std::unique_ptr<TextTraceSink> file_trace;
  if (!opts.trace_file.empty()) {
    trace_file.reset(std::fopen(opts.trace_file.c_str(), "w"));
    if (!trace_file) {
      out.write_stderr("govm: cannot write the trace to " + opts.trace_file + ": " + std::strerror(errno) + "\n");
      return kExitUsage;
    }
    if (!opts.trace_json) {
      file_trace = std::make_unique<TextTraceSink>(trace_file.get());
      machine.attach(file_trace.get(), trace_kinds(opts));
    }
  } else if (opts.trace_memory && !opts.trace_json) {
    machine.attach(&stderr_trace, trace_kinds(opts));
  }
  // The JSON trace (--trace-format=json) goes to the same places.
  std::unique_ptr<JsonTraceSink> json_trace;
  if (opts.trace_memory && opts.trace_json) {
    if (std::FILE* f = trace_file.get())
      json_trace = std::make_unique<JsonTraceSink>(f);
    else
      json_trace = std::make_unique<JsonTraceSink>([&out](std::string_view s) { out.write_stderr(s); });
    machine.attach(json_trace.get(), trace_kinds(opts));
  }
  // (issue 8) --snapshot: opened now, so that a bad path fails before the run.
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> snapshot_file(nullptr, &std::fclose);
  if (!opts.snapshot_file.empty() && opts.snapshot_file != "-") {
    snapshot_file.reset(std::fopen(opts.snapshot_file.c_str(), "w"));
    if (!snapshot_file) {
      out.write_stderr("govm: cannot write the snapshot to " + opts.snapshot_file + ": " + std::strerror(errno) + "\n");
      return kExitUsage;
    }
  }
  catch_sigint();
  const int code = machine.run();
  if (json_trace) json_trace->finish(code, machine.exit_reason(), machine.instructions());
  spdlog::debug("run: {} instructions, exit status {}", machine.instructions(), code);
  out.flush();
  if (!opts.snapshot_file.empty()) {  // after the program's output ("-": on stdout, after it)
    const std::string json = to_json(snapshot(machine)).dump(2) + "\n";
    if (std::FILE* f = snapshot_file.get()) {
      std::fwrite(json.data(), 1, json.size(), f);
    } else {
      out.write_stdout(json);
      out.flush();
    }
  }
  return code;
}

int build(const Options& opts, FdOutput& out) {
  if (opts.escape_level == 0) return compile(opts, out) ? 0 : kExitCompile;
  // As compile(), but the decisions are wanted too.
  CompileResult r = compile_file(opts.file);
  if (!r.ok()) {
    report_errors(r, out);
    return kExitCompile;
  }
  // gc's -m lines ("prog.go:8:2: moved to heap: x"), the file named as
  // given; -m=2 adds each decision's explanation lines under it.
  std::string text;
  for (const std::string& line : escape_lines(opts.file, r, opts.escape_level >= 2)) text += line + "\n";
  out.write_stdout(text);
  out.flush();
  return 0;
}

int disasm(const Options& opts, FdOutput& out) {
  std::shared_ptr<const Image> image = compile(opts, out);
  if (!image) return kExitCompile;
  out.write_stdout(disassemble(*image));
  return 0;
}

// Runs the program (its output passes through as with `run`), then draws
// the address space as the program left it: the image's segments and the
// heap's spans by size class. The exit status is the program's.
int layout(const Options& opts, FdOutput& out) {
  std::shared_ptr<const Image> image = compile(opts, out);
  if (!image) return kExitCompile;
  Machine machine(image, out, machine_options(opts));
  catch_sigint();
  const int code = machine.run();
  out.write_stdout(draw_layout(*image, &machine.runtime()));
  out.flush();
  return code;
}

// (issue 7) The stepper: the machine options as for run, its own input and colour.
int step(const Options& opts, FdOutput& out) {
  out.flush();
  StepConfig config;
  config.file = opts.file;
  config.machine = machine_options(opts);
  config.machine.interrupt = nullptr;  // the stepper catches SIGINT itself
  config.script = opts.script;
  config.color = opts.color == "always" ? ColorMode::Always : opts.color == "never" ? ColorMode::Never : ColorMode::Auto;
  return step_main(config);
}

int govm_main(const std::vector<std::string>& args) {
  FdOutput out;
  Options opts;
  if (std::string err = parse_options(args, opts); !err.empty()) {
    out.write_stderr("govm: " + err + "\n" + usage_text());
    return kExitUsage;
  }
  apply_environment(std::getenv("GOGC"), std::getenv("GODEBUG"), opts);  // (issue 4)
  setup_log(out, opts.log_level);
  switch (opts.command) {
    case Command::Run: return run(opts, out);
    case Command::Build: return build(opts, out);
    case Command::Disasm: return disasm(opts, out);
    case Command::Layout: return layout(opts, out);
    case Command::Step: return step(opts, out);
    case Command::Version: out.write_stdout(std::string("govm version ") + kVersion + "\n"); return 0;
    case Command::Help: out.write_stdout(usage_text()); return 0;
  }
  return kExitUsage;
}

}  // namespace

}  // namespace govm

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv, argv + argc);
  return govm::govm_main(args);
}
