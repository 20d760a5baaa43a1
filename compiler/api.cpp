// The public API's glue (compiler/include/govm/govm.h): compile and run in
// one call, Session, limits from flags, escape decisions as lines. It lives
// with the compiler, the top library layer, because it offers both
// compiling and running: the vm layer below (Machine) stays compiler-free.
//
// A Session keeps its CaptureOutput and sinks behind unique_ptrs: the
// Machine holds references to them, so their addresses must not change when
// the Session moves, and they must outlive the machine (member order).
#include "govm/govm.h"

#include <stdexcept>

namespace govm {

namespace {

std::shared_ptr<const Image> loadable(const CompileResult& program) {
  if (!program.ok())
    throw std::invalid_argument("govm::Session: the program did not compile: " + program.errors_text);
  return program.image;
}

}  // namespace

std::optional<std::string> set_limit(MachineOptions& opts, std::string_view name, std::string_view value) {
  if (name.starts_with("--")) name.remove_prefix(2);
  const std::string flag = "--" + std::string(name);
  const std::string bad = "invalid value \"" + std::string(value) + "\" for flag " + flag;
  if (name == "max-steps") {
    if (!parse_count(value, opts.max_steps)) return bad;
  } else if (name == "max-stack") {
    uint64_t v = 0;
    // A stack limit of 0 would stop every program: the command refuses it too.
    if (!parse_size(value, v) || v == 0) return bad;
    opts.max_stack = v;
  } else if (name == "max-heap" || name == "max-output") {
    if (!parse_size(value, name == "max-heap" ? opts.max_heap : opts.max_output))
      return bad + ": want bytes, with an optional K, M or G suffix";
  } else if (name == "timeout") {
    if (!parse_duration(value, opts.timeout)) return bad + ": want a duration such as 10s, 500ms or 2m";
  } else if (name == "max-goroutines") {  // (issue 5)
    if (!parse_count(value, opts.max_goroutines)) return bad;
  } else {
    return "unknown limit " + flag;
  }
  return std::nullopt;
}

MachineOptions sandbox_options() {
  MachineOptions o;
  o.max_steps = 100'000'000;
  o.max_heap = uint64_t{256} << 20;
  o.max_stack = uint64_t{64} << 20;
  o.max_output = uint64_t{1} << 20;
  o.timeout = std::chrono::seconds(10);
  o.max_goroutines = 10'000;  // (issue 5) each costs a 2 KiB stack and a host fiber
  return o;
}

Session::Session(const CompileResult& program, MachineOptions opts)
    : Session(loadable(program), opts) {}

Session::Session(std::shared_ptr<const Image> image, MachineOptions opts)
    : out_(std::make_unique<CaptureOutput>()) {
  if (!image) throw std::invalid_argument("govm::Session: no program image");
  machine_ = std::make_unique<Machine>(std::move(image), *out_, opts);
}

Session::Session(Session&&) noexcept = default;
Session& Session::operator=(Session&& other) noexcept {
  // The machine first: it refers to our output and sinks.
  machine_ = std::move(other.machine_);
  sinks_ = std::move(other.sinks_);
  out_ = std::move(other.out_);
  started_ = other.started_;
  return *this;
}
Session::~Session() = default;

bool Session::on_event(EventCallback f, uint32_t kinds_mask) {
  if (started_ || !f) return false;
  sinks_.push_back(std::make_unique<CallbackSink>(std::move(f)));
  machine_->attach(sinks_.back().get(), kinds_mask);
  return true;
}

int Session::run() {
  started_ = true;
  return machine_->run();
}

Stop Session::run_until(EventKind kind) { return run_until_event(kind_mask(kind)); }

Stop Session::run_until_event(uint32_t kinds_mask) {
  started_ = true;
  return machine_->run_until_event(kinds_mask);
}

Stop Session::step(uint64_t n) {
  started_ = true;
  return machine_->step(n);
}

Stop Session::run_to_line(uint32_t line) {
  started_ = true;
  return machine_->run_to_line(line);
}

Stop Session::run_to_function(const std::string& name) {
  started_ = true;
  return machine_->run_to_function(name);
}

bool Session::ended() const { return machine_->ended(); }
int Session::exit_code() const { return machine_->exit_code(); }
const char* Session::exit_reason() const { return machine_->exit_reason(); }
LimitKind Session::limit_kind() const { return machine_->runtime().limit_kind(); }
const std::string& Session::stdout_text() const { return out_->out; }
const std::string& Session::stderr_text() const { return out_->err; }
MemStats Session::memstats() const { return machine_->runtime().read_memstats(); }
Stats Session::stats() const { return machine_->stats(); }

// ---- the calls that need the compiler ----

CompileResult compile(const std::string& path, const std::string& source) { return compile_source(path, source); }

std::vector<std::string> escape_lines(const std::string& path, const CompileResult& program, bool explain) {
  std::vector<std::string> lines;
  for (const EscapeMessage& m : program.escapes) {
    const std::string pos = path + ":" + std::to_string(m.line) + ":" + std::to_string(m.col) + ": ";
    lines.push_back(pos + m.message);
    if (explain)
      for (const std::string& e : m.explanation) lines.push_back(pos + e);
  }
  return lines;
}

RunResult run_program(const std::string& path, const std::string& source, MachineOptions opts) {
  RunResult r;
  CompileResult program = compile(path, source);
  if (!program.ok()) {
    r.diagnostics = program.diagnostics;
    r.errors_text = program.errors_text;
    r.exit_code = 1;  // as `go run` exits on a compile error
    return r;
  }
  r.compiled = true;
  Session s(program, opts);
  r.exit_code = s.run();
  r.exit_reason = s.exit_reason();
  r.out = s.stdout_text();
  r.err = s.stderr_text();
  r.stats = s.stats();
  r.memstats = s.memstats();
  return r;
}

}  // namespace govm
