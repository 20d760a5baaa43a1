// The escape solver (gc's solve.go): from every root location, a
// Bellman-Ford walk over incoming edges computes the least derefs with
// which each location's value reaches the root. Invariants:
//  - derefs are bounded below by -1 on edges and by 0 when walking on:
//    for "root = &l; l = x", l's address reaches root but x's does not;
//  - a location escapes at most once and is then walked as a root itself
//    (it outlives everything), so walk_all takes O(locations) walks;
//  - when l's address reaches a root that outlives l, l escapes; when a
//    parameter's value reaches the heap or a result, the leak is recorded
//    for the parameter's tag (what callers assume).
// The path that made a location escape is kept (Location::dst chain) and
// turned into -m=2's explanation lines, in gc's words.
#include "compiler/escape_graph.h"

#include <algorithm>

namespace govm::escape {

bool Leaks::empty() const {
  return std::all_of(std::begin(v), std::end(v), [](int x) { return x < 0; });
}

void Leaks::add(int i, int derefs) {
  if (v[i] < 0 || derefs < v[i]) v[i] = std::min(derefs, 254);
}

void Leaks::optimize() {
  if (heap() < 0) return;
  for (int i = 0; i < kEscResults; ++i)
    if (result(i) >= heap()) v[1 + i] = -1;
}

Hole Hole::note(const std::string& where, const std::string& why, Pos pos) const {
  Hole k = *this;
  k.notes = std::make_shared<const Note>(Note{notes, where, why, pos});
  return k;
}

Hole Hole::shift(int delta) const {
  Hole k = *this;
  k.derefs += delta;
  if (k.derefs < -1) k.derefs = -1;  // &&x cannot be written; keep the bound
  k.addrtaken = delta < 0;
  return k;
}

Batch::Batch(std::string file) : file_(std::move(file)) {
  heap_.kind = LocKind::Heap;
  heap_.label = "{heap}";
  heap_.escapes = true;
  blank_.kind = LocKind::Blank;
  blank_.label = "{blank}";
}

Location* Batch::new_loc(LocKind kind, const void* fn, int loop_depth, bool transient) {
  all_.push_back(std::make_unique<Location>());
  Location* l = all_.back().get();
  l->kind = kind;
  l->fn = fn;
  l->loop_depth = loop_depth;
  l->transient = transient;
  if (kind == LocKind::Temp) l->label = "{temp}";
  return l;
}

std::string Batch::fmt_pos(Pos p) const {
  return file_ + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
}

void Batch::flow(const Hole& k, Location* src) {
  if (k.addrtaken) src->addrtaken = true;
  Location* dst = k.dst;
  if (dst == &blank_) return;
  if (dst == src && k.derefs >= 0) return;  // x = x, x = *x
  if (dst->escapes && k.derefs < 0) {       // heap = &src: escapes now
    // Every such flow explains itself (-m=2 prints each), the first gives
    // the reason.
    src->explanation.push_back(src->label_for_header());
    explain_flow(src->explanation, dst, src, k.derefs, k.notes);
    if (!src->escapes) src->reason = flow_reason(src, k.notes);
    src->escapes = true;
    return;
  }
  dst->edges.push_back(Edge{src, k.derefs, k.notes});
}

void Batch::walk_all() {
  std::vector<Location*> todo;  // LIFO, as gc's
  auto enqueue = [&todo](Location* l) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  };
  for (auto& l : all_) enqueue(l.get());
  enqueue(&heap_);
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walk_one(root, ++walkgen, todo);
  }
}

void Batch::walk_one(Location* root, uint32_t walkgen, std::vector<Location*>& todo) {
  auto enqueue = [&todo](Location* l) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  };
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = nullptr;
  std::vector<Location*> stack{root};
  while (!stack.empty()) {
    Location* l = stack.back();
    stack.pop_back();
    int derefs = l->derefs;
    const bool address_of = derefs < 0;
    if (address_of) {
      derefs = 0;
      // l's address flows to a non-transient location: l cannot be
      // allocated transiently.
      if (!root->transient && l->transient) {
        l->transient = false;
        enqueue(l);
      }
    }
    if (outlives(root, l)) {
      if (l->kind == LocKind::Var && l->is_param) {
        const std::string head =
            "parameter " + l->label + " leaks to " + root->label + " with derefs=" + std::to_string(derefs) + ":";
        if (!l->escapes &&
            std::find(l->leak_explanation.begin(), l->leak_explanation.end(), head) == l->leak_explanation.end()) {
          l->leak_explanation.push_back(head);
          auto path = explain_path(root, l);
          l->leak_explanation.insert(l->leak_explanation.end(), path.begin(), path.end());
        }
        leak_to(l, root, derefs);
      }
      if (address_of && !l->escapes) {
        l->explanation.push_back(l->label_for_header());
        auto path = explain_path(root, l);
        l->explanation.insert(l->explanation.end(), path.begin(), path.end());
        l->reason = reason_for(root, l);
        l->escapes = true;
        enqueue(l);
        continue;
      }
    }
    for (size_t i = 0; i < l->edges.size(); ++i) {
      Edge& e = l->edges[i];
      if (e.src->escapes) continue;
      const int d = derefs + e.derefs;
      if (e.src->walkgen != walkgen || e.src->derefs > d) {
        e.src->walkgen = walkgen;
        e.src->derefs = d;
        e.src->dst = l;
        e.src->dst_edge = i;
        stack.push_back(e.src);
      }
    }
  }
}

// Whether values stored in l may outlive other if other were on the stack.
bool Batch::outlives(const Location* l, const Location* other) const {
  if (l->escapes) return true;             // the heap outlives everything
  if (l->result_index > 0) {               // callers may keep results anywhere,
    // (issue 6, func) but a closure called where it is written returns to
    // the function around it: *(func() *int { return &u }()) = 42 keeps u.
    return !(contains_closure(other->fn, l->fn) && closure_called.count(l->fn));
  }
  // Declared outside the loop other was allocated in: l = new(int) in a loop.
  if (l->fn == other->fn && l->loop_depth < other->loop_depth) return true;
  // (issue 6, func) other belongs to a closure inside l's function: the
  // closure's frame ends first (var l *int; func() { l = new(int) }()).
  return contains_closure(l->fn, other->fn);
}

// gc's containsClosure: c is a closure written (at any depth) inside f.
bool Batch::contains_closure(const void* f, const void* c) const {
  if (f == c) return false;
  for (auto it = closure_parent.find(c); it != closure_parent.end(); it = closure_parent.find(it->second))
    if (it->second == f) return true;
  return false;
}

void Batch::leak_to(Location* l, const Location* sink, int derefs) {
  if (!sink->escapes && sink->result_index > 0 && sink->fn == l->fn) {
    const int ri = sink->result_index - 1;
    if (ri < kEscResults) {
      l->param_esc.add(1 + ri, derefs);
      return;
    }
  }
  l->param_esc.add(0, derefs);
}

std::vector<std::string> Batch::explain_path(Location* root, Location* src) {
  std::vector<std::string> out;
  std::vector<const Location*> visited;
  for (;;) {
    if (std::find(visited.begin(), visited.end(), src) != visited.end()) {
      out.push_back("  warning: truncated explanation due to assignment cycle; see golang.org/issue/35518");
      break;
    }
    visited.push_back(src);
    Location* dst = src->dst;
    if (dst == nullptr) break;
    const Edge& e = dst->edges[src->dst_edge];
    explain_flow(out, dst, src, e.derefs, e.notes);
    if (dst == root) break;
    src = dst;
  }
  return out;
}

void Batch::explain_flow(std::vector<std::string>& out, const Location* dst, const Location* src, int derefs,
                         const NotePtr& notes) {
  const std::string ops = derefs < 0 ? "&" : std::string(static_cast<size_t>(derefs), '*');
  out.push_back("  flow: " + dst->label + " = " + ops + src->label + ":");
  for (const Note* n = notes.get(); n != nullptr; n = n->next.get())
    out.push_back("    from " + n->where + " (" + n->why + ") at " + fmt_pos(n->pos));
}

// One line for the trace when src's address is stored straight into the
// heap: gc's size reasons as they are ("make([]int, n): non-constant
// size"), else where it went ("&T{...} flows to the heap (assign at ...)").
std::string Batch::flow_reason(const Location* src, const NotePtr& notes) const {
  const std::string what = src->kind == LocKind::Var ? "&" + src->label : src->site_text;
  if (notes == nullptr) return what + " flows to the heap";
  const Note* outer = notes.get();
  while (outer->next != nullptr) outer = outer->next.get();
  if (notes->next == nullptr && (notes->why == "too large for stack" || notes->why == "non-constant size"))
    return (src->kind == LocKind::Var ? src->label : what) + ": " + notes->why;
  return what + " flows to the heap (" + outer->why + " at " + fmt_pos(outer->pos) + ")";
}

// One line for the trace: what the address reached and the last step.
std::string Batch::reason_for(const Location* root, const Location* src) const {
  std::string what = src->kind == LocKind::Var ? "&" + src->label : src->site_text;
  std::string to;
  if (root->result_index > 0)
    to = "returned from " + root->func_name;
  else if (root->kind == LocKind::Heap)
    to = "flows to the heap";
  else
    to = "flows to " + root->label + ", which outlives it";
  // The note nearest the root says how (assign, call parameter, return...).
  // The dst links may close a cycle (cell.p = &cell.v makes cell its own
  // dst): each location is visited once, as explain_path does.
  const Location* at = src;
  const Note* last = nullptr;
  std::vector<const Location*> visited;
  while (at != nullptr && at->dst != nullptr && at != root &&
         std::find(visited.begin(), visited.end(), at) == visited.end()) {
    visited.push_back(at);
    const Edge& e = at->dst->edges[at->dst_edge];
    for (const Note* n = e.notes.get(); n != nullptr; n = n->next.get()) last = n;
    if (at->dst == root) break;
    at = at->dst;
  }
  std::string how = last != nullptr ? " (" + last->why + " at " + fmt_pos(last->pos) + ")" : "";
  return what + " " + to + how;
}

}  // namespace govm::escape
