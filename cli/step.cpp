// govm step: a teacher's stepper through a program's memory events.
//
// The machine API (vm/machine.h) already runs a program in parts: to the
// next event of some kinds, to a line, to a function, n instructions. The
// stepper is a command loop over it that keeps a history of stops:
//
//   stop 0        the program loaded, nothing run (main.main not started)
//   stop k        reached from stop k-1 by one Motion (next, step, finish,
//                 continue with the breakpoints of that moment)
//
// Going back never undoes anything. The machine is deterministic (the same
// program, options and calls do the same thing), so stop k is reached again
// by a fresh machine replaying motions 1..k; going forward to a stop
// already seen replays the motions from where the machine stands. Each
// stop records the instruction count it was reached at, and a replay that
// lands elsewhere is reported as govm's bug rather than shown as the truth.
// Teaching-sized programs replay in milliseconds, so `back` feels instant;
// no checkpoint is kept.
//
// A motion that ends the program (normally, by a panic, a deadlock or a
// limit) is a stop like any other: the machine is ended but its goroutines,
// frames and heap stay as the failure left them, every view works, and
// `back` goes back. A Ctrl-C while a motion runs interrupts the machine
// (MachineOptions::interrupt); that run is not repeatable, so the stepper
// returns to the stop it started from, by replay.
//
// The program's output is captured (StepOutput) and, while the stepper runs
// forward, shown as it is produced, each line marked "out| " (stdout) or
// "err| " (stderr). A replay shows nothing again.
//
// Input: on a terminal, a prompt with line editing and history
// (line_editor.h), colour unless --color=never or NO_COLOR. Otherwise
// (piped, or --script FILE) one command a line, each echoed after the
// prompt, no colour unless --color=always: a transcript is deterministic,
// which the golden tests (tests/step/) and docs/stepping.md rely on.
#include "cli/step.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <unistd.h>

#include "cli/line_editor.h"
#include "cli/step_view.h"
#include "govm/govm.h"
#include "runtime/trace.h"

namespace govm {

namespace {

// ---- The program's output ---------------------------------------------------

// Captures what the program writes and, while live, shows it at once,
// each line marked with the stream it went to.
class StepOutput final : public Output {
 public:
  explicit StepOutput(std::function<void(const std::string&)> show, const Style& st) : show_(std::move(show)), st_(st) {}
  void write_stdout(std::string_view s) override { write(s, false); }
  void write_stderr(std::string_view s) override { write(s, true); }
  bool live = true;
  std::string err;  // all of stderr: the stop at the end quotes the failure from it
  // Ends a line the program left open, before the stepper writes.
  void break_line() {
    if (mid_line_) show_("\n");
    mid_line_ = false;
  }

 private:
  void write(std::string_view s, bool is_err) {
    if (is_err) err.append(s);
    if (!live) return;
    std::string text;
    for (char c : s) {
      if (!mid_line_ || is_err != last_err_) {
        if (mid_line_) text += "\n";
        text += is_err ? st_.yellow("err| ") : st_.magenta("out| ");
        mid_line_ = true;
        last_err_ = is_err;
      }
      text += c;
      if (c == '\n') mid_line_ = false;
    }
    show_(text);
  }
  std::function<void(const std::string&)> show_;
  const Style& st_;
  bool mid_line_ = false, last_err_ = false;
};

// ---- Motions and stops --------------------------------------------------------

// The memory events `next` stops at: the list, without the
// collector's per-root and per-object marking (noise on a projector).
constexpr uint32_t kNextEvents =
    kind_mask({EventKind::GlobalInit, EventKind::FramePush, EventKind::FramePop, EventKind::StackGrow,
               EventKind::StackShrink, EventKind::HeapAlloc, EventKind::GcStart, EventKind::HeapFree, EventKind::GcEnd,
               EventKind::GoCreate, EventKind::GoExit});

// How one stop is reached from the one before: everything a replay needs.
struct Motion {
  enum class Kind { Next, Step, Finish, Continue };
  static Motion of(Kind k) {
    Motion m;
    m.kind = k;
    return m;
  }
  Kind kind = Kind::Next;
  uint32_t events = 0;      // Continue: the event breakpoints then
  std::vector<Addr> pcs;    // Continue: the pc breakpoints then
  uint64_t goid = 0;        // Finish: whose frame
  uint32_t depth = 0;       // Finish: stop at a pop leaving at most this many frames
};

struct StopRecord {
  Motion motion;
  uint64_t instructions = 0;  // where it was reached: a replay must agree
  Stop stop;                  // stop.event is not kept (see event)
  std::optional<Event> event;
  bool ended = false;
};

struct Breakpoint {
  int id = 0;
  enum class Kind { Line, Func, Alloc, Gc, Grow } kind = Kind::Line;
  uint32_t line = 0;
  std::string func;
  std::vector<Addr> pcs;
  std::string text() const {
    switch (kind) {
      case Kind::Line: return "line " + std::to_string(line);
      case Kind::Func: return "function " + func;
      case Kind::Alloc: return "alloc (every heap allocation)";
      case Kind::Gc: return "gc (every collection's start)";
      case Kind::Grow: return "grow (every stack growth)";
    }
    return "";
  }
};

std::atomic<bool> interrupt_requested{false};
extern "C" void on_step_sigint(int) { interrupt_requested.store(true, std::memory_order_relaxed); }

std::vector<std::string> split_words(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

bool parse_number(const std::string& s, uint64_t& out) {
  if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  out = std::stoull(s);
  return true;
}

// ---- The stepper ----------------------------------------------------------------

class Stepper {
 public:
  Stepper(StepProgram program, MachineOptions mo, Style st)
      : p_(std::move(program)), mo_(mo), st_(st) {
    mo_.interrupt = &interrupt_requested;
    stops_.push_back({});
    restart();
  }

  void say(const std::string& s) {
    out_->break_line();
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fflush(stdout);
  }
  void error(const std::string& what, const std::string& hint) {
    say(st_.red("error: " + what) + "\n" + st_.dim("hint: " + hint) + "\n");
  }

  // Runs one command line; false when the stepper should end.
  bool command(const std::string& line);
  void show_stop();

 private:
  void restart();
  Stop apply(const Motion& mv);
  void move(Motion mv);
  bool goto_stop(size_t n);
  uint64_t current_goid() const {
    const uint64_t g = stops_[cur_].stop.goid;
    return g == 0 ? 1 : g;
  }
  uint32_t current_line() const;
  std::string stop_title(const StopRecord& r) const;
  bool ended_here() const { return stops_[cur_].ended; }
  void add_breakpoint(const std::string& arg);
  void help();

  StepProgram p_;
  MachineOptions mo_;
  Style st_;
  std::unique_ptr<StepOutput> out_;   // before m_: outlives it
  std::unique_ptr<Machine> m_;
  std::vector<StopRecord> stops_;     // stops_[0]: loaded, nothing run
  size_t cur_ = 0;
  std::vector<Breakpoint> breakpoints_;
  int next_breakpoint_ = 1;
  std::vector<Addr> statements_;      // every statement's first pc: `step`'s targets
};

// A fresh machine at stop 0.
void Stepper::restart() {
  m_.reset();
  out_ = std::make_unique<StepOutput>([this](const std::string& s) {
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fflush(stdout);
  }, st_);
  m_ = std::make_unique<Machine>(p_.compiled.image, *out_, mo_);
  statements_ = m_->statement_pcs(0);
  cur_ = 0;
}

Stop Stepper::apply(const Motion& mv) {
  switch (mv.kind) {
    case Motion::Kind::Next: return m_->run_until_event(kNextEvents);
    case Motion::Kind::Step: return m_->run_until(0, statements_);
    case Motion::Kind::Continue:
      // Every memory event is listened to, and skipped unless it is a
      // breakpoint's: the events after it in the same instruction stay
      // queued for the next `next` (a mask without them would drop them).
      for (;;) {
        Stop s = m_->run_until(kNextEvents | mv.events, mv.pcs);
        if (s.event == nullptr || ((mv.events >> static_cast<unsigned>(s.event->kind)) & 1u)) return s;
        // An event of the instruction that brought pc to a breakpoint (a
        // function's ENTER pushing its frame): the breakpoint is hit.
        if (std::find(mv.pcs.begin(), mv.pcs.end(), s.pc) != mv.pcs.end()) {
          s.event = nullptr;
          s.reason = StopReason::Line;
          return s;
        }
      }
    case Motion::Kind::Finish:
      for (;;) {
        Stop s = m_->run_until_event(kind_mask(EventKind::FramePop));
        if (s.event == nullptr) return s;
        const auto& pop = std::get<FramePopEvent>(s.event->data);
        if (s.event->goid == mv.goid && pop.depth <= mv.depth) return s;
      }
  }
  return m_->run_until_event(0);
}

// A new stop after the current one (the stops after it, if we came back,
// are forgotten: this is a new future).
void Stepper::move(Motion mv) {
  if (ended_here()) {
    error("the program has ended, exit status " + std::to_string(m_->exit_code()), "back, back N or goto N revisit earlier stops; quit leaves");
    return;
  }
  stops_.resize(cur_ + 1);
  interrupt_requested.store(false);
  out_->live = true;
  Stop s = apply(mv);
  if (m_->ended() && std::string(m_->exit_reason()) == "interrupt") {
    out_->break_line();
    say("interrupted: going back to stop " + std::to_string(cur_) + "\n");
    interrupt_requested.store(false);
    goto_stop(cur_);
    return;
  }
  StopRecord r;
  r.motion = std::move(mv);
  r.instructions = m_->instructions();
  r.ended = m_->ended();
  if (s.event != nullptr) r.event = *s.event;
  s.event = nullptr;
  r.stop = std::move(s);
  stops_.push_back(std::move(r));
  cur_ = stops_.size() - 1;
  show_stop();
}

// Puts the machine at stop n: forward from here, or replayed from the start.
bool Stepper::goto_stop(size_t n) {
  if (n < cur_ || n == 0 || m_->ended()) restart();
  out_->live = false;
  interrupt_requested.store(false);
  for (size_t k = cur_ + 1; k <= n; ++k) {
    apply(stops_[k].motion);
    if (m_->instructions() != stops_[k].instructions || m_->ended() != stops_[k].ended) {
      out_->live = true;
      say(st_.red("govm internal error: replaying stop " + std::to_string(k) + " reached instruction " +
                  std::to_string(m_->instructions()) + ", not " + std::to_string(stops_[k].instructions)) + "\n");
      stops_.resize(k);
      cur_ = k - 1;
      return false;
    }
    cur_ = k;
  }
  cur_ = n;
  out_->live = true;
  return true;
}

uint32_t Stepper::current_line() const {
  const StopRecord& r = stops_[cur_];
  if (r.event) {
    const Event& e = *r.event;
    if (const auto* a = std::get_if<HeapAllocEvent>(&e.data)) return a->line;
    if (const auto* g = std::get_if<GlobalInitEvent>(&e.data)) return g->line;
    if (const auto* c = std::get_if<GoCreateEvent>(&e.data)) return c->line ? c->line : r.stop.line;
  }
  return r.stop.line;
}

std::string Stepper::stop_title(const StopRecord& r) const {
  if (&r == &stops_[0]) return "the program is loaded; nothing has run (main.main has not started)";
  if (r.ended) {
    const std::string reason = m_ ? m_->exit_reason() : "";
    std::string why = "the program ended";
    // Quote the failure's first line: "panic: ...", "fatal error: ...", "govm: ...".
    const std::string& err = out_->err;
    for (const char* prefix : {"panic: ", "fatal error: ", "govm: "}) {
      const size_t at = err.rfind(std::string("\n") + prefix) != std::string::npos ? err.rfind(std::string("\n") + prefix) + 1
                        : err.rfind(prefix, 0) == 0                                   ? 0
                                                                                      : std::string::npos;
      if (at != std::string::npos) {
        why += ": " + err.substr(at, err.find('\n', at) - at);
        break;
      }
    }
    return why + " (exit status " + std::to_string(m_->exit_code()) + ", " + reason + ")";
  }
  std::string where = r.stop.goid ? " on g" + std::to_string(r.stop.goid) : "";
  if (!r.stop.func.empty()) where += (r.event ? ", now in " : " in ") + r.stop.func;
  if (r.event) return std::string(event_kind_name(r.event->kind)) + where;
  for (const Breakpoint& b : breakpoints_)
    for (Addr pc : b.pcs)
      if (pc == r.stop.pc && r.motion.kind == Motion::Kind::Continue)
        return "breakpoint " + std::to_string(b.id) + " (" + b.text() + ")" + where;
  return "line " + std::to_string(r.stop.line) + where;
}

void Stepper::show_stop() {
  const StopRecord& r = stops_[cur_];
  std::string s = st_.bold("stop " + std::to_string(cur_) + ": " + stop_title(r)) + "\n";
  if (r.event) s += "  " + st_.cyan(TextTraceSink::format(*r.event)) + "\n";
  if (!r.ended) s += view_current_line(p_, current_line(), st_);
  if (r.ended && !m_->goroutines().empty()) s += st_.dim("  the state is as the end left it: stack, heap, goroutines, mem; back goes back") + "\n";
  say(s);
}

void Stepper::add_breakpoint(const std::string& arg) {
  Breakpoint b;
  uint64_t line = 0;
  const size_t colon = arg.rfind(':');
  const std::string file = colon == std::string::npos ? "" : arg.substr(0, colon);
  const std::string num = colon == std::string::npos ? arg : arg.substr(colon + 1);
  if (arg == "alloc") {
    b.kind = Breakpoint::Kind::Alloc;
  } else if (arg == "gc") {
    b.kind = Breakpoint::Kind::Gc;
  } else if (arg == "grow") {
    b.kind = Breakpoint::Kind::Grow;
  } else if (parse_number(num, line)) {
    const std::string base = p_.path.substr(p_.path.rfind('/') == std::string::npos ? 0 : p_.path.rfind('/') + 1);
    if (!file.empty() && file != p_.path && file != base) {
      error("no file " + file + " in this program", "the program is one file: break " + base + ":LINE, or break LINE");
      return;
    }
    b.kind = Breakpoint::Kind::Line;
    b.line = static_cast<uint32_t>(line);
    b.pcs = m_->statement_pcs(b.line);
    if (b.pcs.empty()) {
      error("line " + num + " has no statement to stop at", "list shows the source; pick a line with code");
      return;
    }
  } else {
    b.kind = Breakpoint::Kind::Func;
    b.func = m_->image().func_named(arg) ? arg : "main." + arg;
    const Addr at = m_->function_body_pc(b.func);
    const FuncInfo* f = m_->image().func_named(b.func);
    if (at == 0 || f == nullptr || f->is_runtime) {
      error("no function " + arg + " in the program", "break FILE:LINE, break LINE, break FUNC (main.f or f), break alloc or break gc");
      return;
    }
    b.pcs = {at};
  }
  b.id = next_breakpoint_++;
  breakpoints_.push_back(b);
  say("breakpoint " + std::to_string(b.id) + ": " + b.text() + "\n");
}

void Stepper::help() {
  say("commands (short form in brackets):\n"
      "  next [n], Enter   run to the next memory event: global initialised, frame pushed or\n"
      "                    popped, heap allocation, stack growth or shrink, goroutine created\n"
      "                    or exited, collection start and end, object freed\n"
      "  step [s]          run to the next source line (into calls)\n"
      "  finish [f]        run until the current function returns\n"
      "  continue [c]      run to the next breakpoint, or the end\n"
      "  break [b] WHERE   FILE:LINE, LINE, FUNC, alloc (every allocation), gc (every collection)\n"
      "                    or grow (every stack growth)\n"
      "  delete [d] [N]    delete breakpoint N, or all of them\n"
      "  breakpoints [i]   list the breakpoints\n"
      "  back [u] [N]      go back one stop, or N stops (the run is replayed: exact)\n"
      "  goto [g] N        jump to stop N, backwards or forwards among the stops seen\n"
      "  mem [m]           the address space now: segments, globals, heap spans, stacks\n"
      "  stack [t] [G]     goroutine G's frames (default: the current one) with their locals\n"
      "  heap [h]          live heap objects; the unreachable ones are marked\n"
      "  globals [v]       package-level variables with their values\n"
      "  goroutines [r]    goroutines: status, wait reason, stack size\n"
      "  list [l]          the source around the current line\n"
      "  print [p] EXPR    a variable or field path (p.next.val, a[2], *p): value, type,\n"
      "                    address and segment\n"
      "  why [w] NAME      why that variable lives where it lives (escape analysis)\n"
      "  help [?]          this text\n"
      "  quit [q]          leave (also Ctrl-D or the end of the input)\n");
}

bool Stepper::command(const std::string& line) {
  std::vector<std::string> w = split_words(line);
  if (!w.empty() && w[0][0] == '#') return true;  // a comment in a script
  const std::string cmd = w.empty() ? "next" : w[0];
  const std::string arg = w.size() > 1 ? w[1] : "";
  auto is = [&](const char* name, const char* short_form) { return cmd == name || cmd == short_form; };
  auto no_more_than = [&](size_t n) {
    if (w.size() <= n + 1) return true;
    error(cmd + " takes " + (n == 0 ? "no argument" : "one argument") + ", got \"" + line + "\"", "help lists the commands and their arguments");
    return false;
  };
  if (is("quit", "q") || cmd == "exit") return false;
  if (is("help", "?")) {
    help();
  } else if (is("next", "n")) {
    if (no_more_than(0)) move(Motion::of(Motion::Kind::Next));
  } else if (is("step", "s")) {
    if (no_more_than(0)) move(Motion::of(Motion::Kind::Step));
  } else if (is("finish", "f")) {
    if (!no_more_than(0)) return true;
    if (ended_here()) return move(Motion()), true;
    const uint64_t g = current_goid();
    const std::vector<FrameView> fs = m_->frames(g);
    if (cur_ == 0 || fs.empty()) {
      error("no function is running yet", "next or step start the program");
      return true;
    }
    Motion mv = Motion::of(Motion::Kind::Finish);
    mv.goid = g;
    mv.depth = static_cast<uint32_t>(fs.size() - 1);
    move(mv);
  } else if (is("continue", "c")) {
    if (!no_more_than(0)) return true;
    Motion mv = Motion::of(Motion::Kind::Continue);
    for (const Breakpoint& b : breakpoints_) {
      if (b.kind == Breakpoint::Kind::Alloc) mv.events |= kind_mask(EventKind::HeapAlloc);
      if (b.kind == Breakpoint::Kind::Gc) mv.events |= kind_mask(EventKind::GcStart);
      if (b.kind == Breakpoint::Kind::Grow) mv.events |= kind_mask(EventKind::StackGrow);
      mv.pcs.insert(mv.pcs.end(), b.pcs.begin(), b.pcs.end());
    }
    move(mv);
  } else if (is("break", "b")) {
    if (arg.empty()) return error("break needs a place", "break FILE:LINE, break LINE, break FUNC, break alloc, break gc or break grow"), true;
    if (no_more_than(1)) add_breakpoint(arg);
  } else if (is("delete", "d")) {
    uint64_t id = 0;
    if (!no_more_than(1)) return true;
    if (arg.empty()) {
      say(breakpoints_.empty() ? "no breakpoints\n" : "deleted all " + std::to_string(breakpoints_.size()) + " breakpoints\n");
      breakpoints_.clear();
    } else if (!parse_number(arg, id)) {
      error("delete takes a breakpoint number, got \"" + arg + "\"", "breakpoints lists them; delete alone deletes all");
    } else {
      const size_t before = breakpoints_.size();
      std::erase_if(breakpoints_, [&](const Breakpoint& b) { return b.id == static_cast<int>(id); });
      if (breakpoints_.size() == before)
        error("no breakpoint " + arg, "breakpoints lists them");
      else
        say("deleted breakpoint " + arg + "\n");
    }
  } else if (is("breakpoints", "i")) {
    if (breakpoints_.empty()) say("no breakpoints (break adds one)\n");
    for (const Breakpoint& b : breakpoints_) say("  " + std::to_string(b.id) + "  " + b.text() + "\n");
  } else if (is("back", "u") || is("goto", "g")) {
    if (!no_more_than(1)) return true;
    uint64_t n = 1;
    if (!arg.empty() && !parse_number(arg, n)) return error(cmd + " takes a number, got \"" + arg + "\"", "back N goes N stops back; goto N jumps to stop N"), true;
    if (is("goto", "g") && arg.empty()) return error("goto needs a stop number", "goto 0 is the start; stops are numbered as they are shown"), true;
    const uint64_t target = is("goto", "g") ? n : (n > cur_ ? UINT64_MAX : cur_ - n);
    if (target == UINT64_MAX) return error("cannot go back " + arg + (arg.empty() ? "1" : "") + " stops from stop " + std::to_string(cur_), "goto 0 goes to the start"), true;
    if (target >= stops_.size())
      return error("no stop " + std::to_string(target) + ": the stops seen are 0 to " + std::to_string(stops_.size() - 1), "next, step or continue go further"), true;
    if (goto_stop(target)) show_stop();
  } else if (is("mem", "m")) {
    if (no_more_than(0)) say(view_mem(*m_, st_));
  } else if (is("stack", "t") || cmd == "bt") {
    uint64_t g = current_goid();
    if (!no_more_than(1)) return true;
    if (!arg.empty() && !parse_number(arg[0] == 'g' ? arg.substr(1) : arg, g))
      return error("stack takes a goroutine id, got \"" + arg + "\"", "goroutines lists them: stack 2 or stack g2"), true;
    if (m_->goroutines().empty())
      say("no goroutines yet: the program has not started (next runs it)\n");
    else
      say(view_stack(*m_, g, st_));
  } else if (is("heap", "h")) {
    if (no_more_than(0)) say(view_heap(*m_, st_));
  } else if (is("globals", "v")) {
    if (no_more_than(0)) say(view_globals(*m_, st_));
  } else if (is("goroutines", "r")) {
    if (no_more_than(0)) say(view_goroutines(*m_, st_));
  } else if (is("list", "l")) {
    if (no_more_than(0)) say(view_list(p_, current_line(), st_));
  } else if (is("print", "p")) {
    if (arg.empty()) return error("print needs an expression", "print x, print p.next.val, print a[2], print *p"), true;
    if (no_more_than(1)) say(view_print(*m_, p_, current_goid(), arg, st_));
  } else if (is("why", "w")) {
    if (arg.empty()) return error("why needs a variable name", "why x: where x lives and the escape decision behind it"), true;
    if (no_more_than(1)) say(view_why(*m_, p_, current_goid(), arg, st_));
  } else {
    error("unknown command \"" + cmd + "\"", "help lists the commands; Enter runs to the next memory event");
  }
  return true;
}

}  // namespace

int step_main(const StepConfig& config) {
  StepProgram program;
  program.path = config.file;
  program.compiled = compile_file(config.file);
  if (!program.compiled.ok()) {
    std::string text = program.compiled.errors_text;
    if (!text.empty() && text.back() != '\n') text += '\n';
    std::fputs(text.c_str(), stderr);
    return 1;
  }
  {
    std::ifstream src(config.file);
    for (std::string l; std::getline(src, l);) program.lines.push_back(l);
  }
  std::ifstream script;
  if (!config.script.empty()) {
    script.open(config.script);
    if (!script) {
      std::fprintf(stderr, "govm: cannot read the script %s\n", config.script.c_str());
      return 2;
    }
  }
  const bool terminal = config.script.empty() && isatty(0) && isatty(1);
  Style st;
  const bool no_color = std::getenv("NO_COLOR") != nullptr && *std::getenv("NO_COLOR") != '\0';
  st.color = config.color == ColorMode::Always || (config.color == ColorMode::Auto && terminal && !no_color);

  struct sigaction sa {};
  sa.sa_handler = on_step_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);

  Stepper stepper(std::move(program), config.machine, st);
  stepper.say(st.bold("govm step " + config.file) + ": type help for the commands; Enter runs to the next memory event\n");
  stepper.show_stop();
  LineEditor editor(0, 1);
  const std::string prompt = st.bold("(govm) ");
  for (;;) {
    std::string line;
    if (terminal) {
      std::optional<std::string> got = editor.read_line(prompt);
      if (!got) break;
      line = *got;
      editor.remember(line);
    } else {
      std::istream& in = config.script.empty() ? std::cin : script;
      if (!std::getline(in, line)) break;
      stepper.say(prompt + line + "\n");
    }
    if (!stepper.command(line)) break;
  }
  return 0;
}

}  // namespace govm
