// The stepper's views (design notes in step_view.h).
//
// Every view reads a paused or ended machine through the public API:
// Machine::frames, goroutines, globals, heap_objects, segments,
// value_at_path, and govm layout's draw_layout for `mem`. Columns are
// padded for a projector; addresses are Go's 0x... hex.
#include "cli/step_view.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "runtime/layout.h"

namespace govm {

namespace {

std::string pad(std::string s, size_t w) {
  if (s.size() < w) s.append(w - s.size(), ' ');
  return s;
}

std::string bytes(uint64_t n) { return std::to_string(n) + " B"; }

const GoroutineView* find_goroutine(const std::vector<GoroutineView>& gs, uint64_t id) {
  for (const GoroutineView& g : gs)
    if (g.id == id) return &g;
  return nullptr;
}

// A local not yet declared at the frame's line holds leftovers: say so
// rather than show them as its value.
bool declared(const LocalView& l, uint32_t line) { return l.role != "local" || l.decl_line <= line; }

std::string base_name(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// A variable moved to the heap (or captured by reference by a closure)
// keeps only its address in the frame, in the slot "&x" (LocalView::
// points_to): the slot that names x at the frame's line, when x is such a
// variable and its declaration has run; null otherwise. The scope rule is
// value_at_path's: the latest declaration at or before the line wins.
const LocalView* heap_slot_of(const FrameView& f, const std::string& name) {
  const LocalView* best = nullptr;
  for (const LocalView& l : f.locals)
    if ((l.name == name || l.name == "&" + name) && (best == nullptr || declared(l, f.line))) best = &l;
  return best != nullptr && best->name != name && best->points_to != 0 ? best : nullptr;
}

// "x (heap 0xc000010000) = 5": the variable a "&x" slot points to.
std::string through_slot(const Machine& m, const LocalView& slot) {
  const std::string name = slot.name.substr(1);
  if (slot.points_to == 0) return name + " not allocated yet (&" + name + " is nil)";
  const ValueView v = m.value_at(slot.points_to, slot.type.substr(1));
  return name + " (" + v.segment + " " + hex(slot.points_to) + ") = " + (v.error.empty() ? v.value : v.error);
}

bool has_local(const FrameView& f, const std::string& name) {
  return std::any_of(f.locals.begin(), f.locals.end(), [&](const LocalView& l) { return l.name == name; });
}

}  // namespace

const std::string& StepProgram::line_text(uint32_t line) const {
  static const std::string none;
  return line >= 1 && line <= lines.size() ? lines[line - 1] : none;
}

std::string hex(Addr a) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(a));
  return buf;
}

std::string view_current_line(const StepProgram& p, uint32_t line, const Style& st) {
  if (line == 0) return "";
  char num[16];
  std::snprintf(num, sizeof num, "%4u", line);
  return st.green("=> " + std::string(num) + "  " + p.line_text(line)) + "\n";
}

std::string view_list(const StepProgram& p, uint32_t line, const Style& st) {
  if (p.lines.empty()) return "no source\n";
  const uint32_t at = std::clamp<uint32_t>(line == 0 ? 1 : line, 1, static_cast<uint32_t>(p.lines.size()));
  const uint32_t lo = at > 5 ? at - 5 : 1;
  const uint32_t hi = std::min<uint32_t>(at + 5, static_cast<uint32_t>(p.lines.size()));
  std::string out;
  for (uint32_t l = lo; l <= hi; ++l) {
    if (l == line) {
      out += view_current_line(p, l, st);
      continue;
    }
    char num[16];
    std::snprintf(num, sizeof num, "%4u", l);
    out += "   " + std::string(num) + "  " + p.line_text(l) + "\n";
  }
  return out;
}

std::string view_stack(const Machine& m, uint64_t goid, const Style& st) {
  const std::vector<GoroutineView> gs = m.goroutines();
  const GoroutineView* g = find_goroutine(gs, goid);
  if (g == nullptr) return "no goroutine " + std::to_string(goid) + " (goroutines lists them)\n";
  std::string out = st.bold("goroutine " + std::to_string(g->id)) + " (" + g->status +
                    (g->wait_reason.empty() ? "" : ", " + g->wait_reason) + ")  stack [" + hex(g->stack_lo) + ", " +
                    hex(g->stack_hi) + ") " + bytes(g->stack_hi - g->stack_lo) + ", " + bytes(g->stack_hi - g->sp) +
                    " used, sp " + hex(g->sp) + "\n";
  const std::vector<FrameView> frames = m.frames(goid);
  for (size_t i = 0; i < frames.size(); ++i) {
    const FrameView& f = frames[i];
    const FuncInfo* ret = m.image().func_at(f.return_addr);
    out += st.cyan("#" + std::to_string(i) + " " + f.func) + (f.file.empty() ? "" : "  " + base_name(f.file) + ":" + std::to_string(f.line)) +
           "  frame [" + hex(f.lo) + ", " + hex(f.hi) + ") " + bytes(f.hi - f.lo) + "  returns to " + hex(f.return_addr) +
           (ret ? " (" + ret->name + ")" : "") + (f.entered ? "" : "  (called: its ENTER has not run, frame not reserved)") + "\n";
    for (const LocalView& l : f.locals) {
      std::string value = declared(l, f.line) ? "= " + l.value : st.dim("(not declared yet)");
      if (declared(l, f.line) && l.name.starts_with('&')) value = "-> " + through_slot(m, l);
      // A closure's funcval pointer (a uintptr local): an address, shown as one.
      if (l.name == ".closureptr" && !l.value.empty() && l.value.find_first_not_of("0123456789") == std::string::npos &&
          l.value.size() < 20)
        value = "= " + hex(std::stoull(l.value)) + " (its funcval)";
      // A parameter or result moved to the heap: its own slot keeps the
      // value of the call (or the one copied out at return), not x's now.
      if (l.role != "local" && has_local(f, "&" + l.name)) value += st.dim("  (" + l.name + " lives on the heap: see &" + l.name + ")");
      out += "     " + pad(l.name, 8) + " " + pad(l.type, 14) + " " + pad(l.role, 6) + " " + hex(l.addr) + "  " + value + "\n";
    }
  }
  return out;
}

std::string view_heap(const Machine& m, const Style& st) {
  const std::vector<HeapObjectView> objs = m.heap_objects();
  uint64_t slots = 0, garbage = 0, garbage_bytes = 0;
  for (const HeapObjectView& o : objs) {
    slots += o.slot_size;
    if (!o.reachable) ++garbage, garbage_bytes += o.slot_size;
  }
  std::string out = std::to_string(objs.size()) + " heap object" + (objs.size() == 1 ? "" : "s") + ", " + bytes(slots) +
                    " in slots; " + std::to_string(garbage) + " unreachable (" + bytes(garbage_bytes) +
                    "): the next collection frees them\n";
  for (const HeapObjectView& o : objs) {
    std::string cls = o.size_class == 0 ? "large span" : "class " + std::to_string(o.size_class);
    std::string line = "  " + hex(o.addr) + "  " + pad(o.type, 12) + " " + pad(bytes(o.size), 6) + " slot " +
                       pad(bytes(o.slot_size), 7) + " " + pad(cls, 9) + "  line " + std::to_string(o.line) +
                       (o.col ? ":" + std::to_string(o.col) : "") + (o.site.empty() ? "" : " " + o.site) + "  g" +
                       std::to_string(o.goid) + " " + o.by;
    out += (o.reachable ? line : st.red(line + "  UNREACHABLE")) + "\n";
    if (!o.reason.empty()) out += st.dim("      why on the heap: " + o.reason) + "\n";
  }
  return out;
}

std::string view_globals(const Machine& m, const Style& st) {
  const std::vector<GlobalView> gs = m.globals();
  if (gs.empty()) return "no globals\n";
  std::string out;
  for (const GlobalView& g : gs)
    out += "  " + st.cyan(pad(g.name, 14)) + " " + pad(g.type, 12) + " " + pad(g.segment, 4) + " " + hex(g.addr) + "  " +
           pad(bytes(g.size), 5) + " = " + g.value + "\n";
  return out;
}

std::string view_goroutines(const Machine& m, const Style& st) {
  const std::vector<GoroutineView> gs = m.goroutines();
  if (gs.empty()) return "no goroutines yet: the program has not started (next runs it)\n";
  std::string out;
  for (const GoroutineView& g : gs) {
    out += "  " + st.bold(pad("g" + std::to_string(g.id), 4)) + " " + pad(g.status + (g.wait_reason.empty() ? "" : " (" + g.wait_reason + ")"), 24) +
           " stack " + pad(bytes(g.stack_hi - g.stack_lo), 8) + " at " + g.func + (g.line ? " line " + std::to_string(g.line) : "");
    if (g.id != 1) out += "  (go " + g.entry + " at line " + std::to_string(g.go_line) + " by g" + std::to_string(g.creator) + ")";
    out += "\n";
  }
  return out;
}

std::string view_mem(const Machine& m, const Style& st) {
  std::string out = draw_layout(m.image(), &m.runtime());
  const std::vector<GlobalView> gs = m.globals();
  if (!gs.empty()) out += "\n" + st.bold("globals now") + "\n" + view_globals(m, st);
  const Stats s = m.stats();
  out += "\n" + st.bold("counts") + ": " + std::to_string(s.instructions) + " instructions, " + std::to_string(s.frames_pushed) +
         " frames pushed, " + std::to_string(s.stack_growths) + " stack growths, " + std::to_string(s.mallocs) +
         " allocations, " + std::to_string(s.frees) + " frees, " + std::to_string(s.gc_cycles) + " collections\n";
  return out;
}

namespace {

// The escape decisions (gc's -m) that name `name`: "moved to heap: x",
// "x escapes to heap", "x does not escape".
std::vector<const EscapeMessage*> decisions_about(const StepProgram& p, const std::string& name) {
  std::vector<const EscapeMessage*> out;
  for (const EscapeMessage& e : p.compiled.escapes) {
    const std::string& s = e.message;
    const bool tail = s.size() > name.size() && s.compare(s.size() - name.size(), name.size(), name) == 0 &&
                      s[s.size() - name.size() - 1] == ' ';
    const bool head = s.rfind(name + " ", 0) == 0;
    if (tail || head) out.push_back(&e);
  }
  return out;
}

bool moved_to_heap(const std::vector<const EscapeMessage*>& ds) {
  for (const EscapeMessage* e : ds)
    if (e->message.rfind("moved to heap:", 0) == 0) return true;
  return false;
}

std::string format_decision(const StepProgram& p, const EscapeMessage& e) {
  std::string out = "  " + base_name(p.path) + ":" + std::to_string(e.line) + ":" + std::to_string(e.col) + ": " + e.message + "\n";
  for (const std::string& x : e.explanation) out += "      " + x + "\n";
  return out;
}

// A variable moved to the heap has no frame slot of its own (the frame
// holds an unnamed pointer to it): its objects are the heap's, named by
// their allocation site.
std::string heap_objects_of(const Machine& m, const std::string& name) {
  std::string out;
  for (const HeapObjectView& o : m.heap_objects()) {
    if (o.site != name) continue;
    const ValueView v = m.value_at(o.addr, o.type);
    out += "  " + hex(o.addr) + "  " + o.type + " (" + bytes(o.size) + ", heap, allocated at line " + std::to_string(o.line) +
           (o.reachable ? "" : ", unreachable") + ") = " + (v.error.empty() ? v.value : v.error) + "\n";
  }
  return out;
}

}  // namespace

std::vector<const EscapeMessage*> decisions_here(const Machine& m, const StepProgram& p, uint64_t goid, const std::string& name);

namespace {

// The innermost frame where path names a variable (debuggers' frame
// search): frame 0 first, then the callers; the error of frame 0 if none.
ValueView lookup(const Machine& m, uint64_t goid, const std::string& path, std::string& frame_note, size_t* frame = nullptr) {
  if (frame != nullptr) *frame = 0;
  const ValueView first = m.value_at_path(goid, 0, path);
  if (first.error.empty() || first.error.rfind("no variable", 0) != 0) return first;
  const std::vector<FrameView> fs = m.frames(goid);
  for (size_t i = 1; i < fs.size(); ++i) {
    const ValueView v = m.value_at_path(goid, i, path);
    if (v.error.empty() || v.error.rfind("no variable", 0) != 0) {
      frame_note = " (in frame #" + std::to_string(i) + ", " + fs[i].func + ")";
      if (frame != nullptr) *frame = i;
      return v;
    }
  }
  return first;
}

// The variable a print path starts with: "p" of "*p.next[2]".
std::string root_of(const std::string& path) {
  size_t i = path.find_first_not_of('*');
  if (i == std::string::npos) return "";
  size_t j = i;
  while (j < path.size() && (std::isalnum(static_cast<unsigned char>(path[j])) || path[j] == '_')) ++j;
  return path.substr(i, j - i);
}

// The "&x" slot print and why went through for path's variable, if any.
const LocalView* slot_for(const Machine& m, uint64_t goid, size_t frame, const std::string& path, FrameView& keep) {
  const std::vector<FrameView> fs = m.frames(goid);
  if (frame >= fs.size()) return nullptr;
  keep = fs[frame];
  return heap_slot_of(keep, root_of(path));
}

}  // namespace

std::string view_print(const Machine& m, const StepProgram& p, uint64_t goid, const std::string& expr, const Style& st) {
  std::string note;
  size_t frame = 0;
  const ValueView v = lookup(m, goid, expr, note, &frame);
  if (v.error.empty()) {
    std::string out = st.bold(expr) + " = " + v.value + "\n    type " + v.type + ", " + bytes(v.size) + " at " + hex(v.addr) +
                      " in " + v.segment + note + "\n";
    FrameView f;
    if (const LocalView* slot = slot_for(m, goid, frame, expr, f))
      out += st.dim("    " + slot->name.substr(1) + " lives on the " + m.value_at(slot->points_to, slot->type.substr(1)).segment +
                    " at " + hex(slot->points_to) + "; the frame keeps its address in " + slot->name + " at " +
                    hex(slot->addr)) + "\n";
    return out;
  }
  const std::vector<const EscapeMessage*> ds = decisions_here(m, p, goid, expr);
  if (moved_to_heap(ds)) {
    const std::string objs = heap_objects_of(m, expr);
    return expr + " was moved to the heap (why " + expr + " says why); " +
           (objs.empty() ? "no object of it is allocated now\n" : "its objects now:\n" + objs);
  }
  return "error: " + v.error + "\n" + st.dim("hint: print takes a variable of the current frame or a global, then .field, [N] or a leading *") + "\n";
}

// The decisions about `name` in the current function (the lines from its
// declaration to its last statement): another function's variable of the
// same name is another variable.
std::vector<const EscapeMessage*> decisions_here(const Machine& m, const StepProgram& p, uint64_t goid, const std::string& name) {
  std::vector<const EscapeMessage*> ds = decisions_about(p, name);
  const std::vector<FrameView> fs = m.frames(goid);
  const FuncInfo* f = fs.empty() ? nullptr : m.image().func_named(fs[0].func);
  if (f == nullptr || f->is_runtime) return ds;
  uint32_t hi = f->decl_line;
  for (const PcLine& l : f->lines) hi = std::max(hi, l.line);
  std::vector<const EscapeMessage*> here;
  for (const EscapeMessage* e : ds)
    if (e->line >= f->decl_line && e->line <= hi) here.push_back(e);
  return here;
}

std::string view_why(const Machine& m, const StepProgram& p, uint64_t goid, const std::string& name, const Style& st) {
  std::vector<const EscapeMessage*> ds = decisions_here(m, p, goid, name);
  std::string out;
  std::string note;
  size_t frame = 0;
  lookup(m, goid, name, note, &frame);
  FrameView f;
  const LocalView* slot = slot_for(m, goid, frame, name, f);
  // Reached through "&x": x is a heap variable of this function, or a
  // variable of an enclosing one captured by reference (its decisions are
  // at its declaration, outside this closure's lines).
  if (slot != nullptr && ds.empty())
    for (const EscapeMessage* e : decisions_about(p, name))
      if (e->line == slot->decl_line) ds.push_back(e);
  const std::string where = slot == nullptr ? "" : m.value_at(slot->points_to, slot->type.substr(1)).segment;
  const std::string now = slot == nullptr ? "" : " Now: " + through_slot(m, *slot) + "; the frame" + note +
                                                     " keeps its address in " + slot->name + " at " + hex(slot->addr) + ".\n";
  // A closure's "&x" declared before the closure's own first line: a
  // variable of an enclosing function, captured by reference.
  const FuncInfo* fi = slot == nullptr ? nullptr : m.image().func_named(f.func);
  const bool captured = fi != nullptr && slot->decl_line < fi->decl_line;
  if (captured)
    out += st.bold(name) + " is a variable of the enclosing function, captured by reference: this closure reaches it through its address.\n";
  if (moved_to_heap(ds)) {
    out += st.bold(name) + " lives on the heap: escape analysis moved it there." + (now.empty() ? "\n" : now);
  } else if (slot != nullptr) {
    out += st.bold(name) + " lives on the " + where + ": escape analysis did not move it to the heap." + now;
  } else {
    std::string note;
    const ValueView v = lookup(m, goid, name, note);
    if (!v.error.empty() && ds.empty())
      return "error: " + v.error + "\n" + st.dim("hint: why takes the name of a variable of the current frame or a global") + "\n";
    if (v.segment == "data" || v.segment == "bss")
      out += st.bold(name) + " is a package-level variable: it lives in " + v.segment + " at " + hex(v.addr) +
             (v.segment == "data" ? " (it has a constant initializer, stored in the image)\n" : " (zeroed at load)\n");
    else if (v.error.empty())
      out += st.bold(name) + " lives in its function's frame on the " + v.segment + " at " + hex(v.addr) + note +
             ": escape analysis proved it does not outlive the call.\n";
    else
      out += st.bold(name) + ":\n";
  }
  if (!ds.empty()) out += "the compiler's decision (govm build -m=2):\n";
  for (const EscapeMessage* e : ds) out += format_decision(p, *e);
  return out;
}

}  // namespace govm
