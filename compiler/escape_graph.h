// Escape analysis internals: the location graph and its solver (gc's
// cmd/compile/internal/escape graph.go and solve.go). Shared by
// escape.cpp (batches, decisions, notes), escape_walk.cpp (the tree walk
// that builds the graph) and escape_graph.cpp (the solver).
//
// A location is anything that holds a value: a variable, the storage an
// allocation site creates ("{storage for &T{...}}"), a temporary, the heap.
// An edge dst <- src with derefs d says "dst = *^d src": d = -1 is an
// address (&src), 0 a copy, 1 a load through a pointer. A hole is where an
// expression's value goes (a location plus derefs plus the notes saying
// why, for -m=2). The solver computes, from every root location, the least
// number of derefs with which each location's value reaches it; a location
// whose address (derefs < 0) reaches a root that outlives it escapes.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <utility>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/types.h"

namespace govm::escape {

// Why a flow happens, for the -m=2 explanation: "from &x (address-of) at
// prog.go:5:9". Notes form a list sharing tails, as gc's do.
struct Note {
  std::shared_ptr<const Note> next;
  std::string where;  // the expression or statement, as gc prints it
  std::string why;    // "address-of", "assign", "call parameter"...
  Pos pos;
};
using NotePtr = std::shared_ptr<const Note>;

// gc's leaks: per parameter, the least derefs with which it flows to the
// heap (index 0) and to each result (1 + i); -1 when it does not.
constexpr int kEscResults = 7;
struct Leaks {
  int v[1 + kEscResults] = {-1, -1, -1, -1, -1, -1, -1, -1};
  bool empty() const;
  int heap() const { return v[0]; }
  int result(int i) const { return v[1 + i]; }
  void add(int i, int derefs);
  void optimize();  // a result leak no shallower than the heap leak adds nothing
};

struct Location;

struct Edge {
  Location* src = nullptr;
  int derefs = 0;  // >= -1
  NotePtr notes;
};

enum class LocKind : uint8_t { Var, Site, Temp, Heap, Blank };

struct Location {
  LocKind kind = LocKind::Temp;
  Object* var = nullptr;    // Var
  Expr* site = nullptr;     // Site (nullptr for a site without a node: "... argument")
  std::string label;        // as gc's explainLoc prints it: "x", "{storage for new(int)}", "{heap}"
  std::string site_text;    // Site: gc's spelling ("new(int)"), for the note
  Pos pos;                  // where its note is reported
  const void* fn = nullptr;  // the FuncDecl or FuncLit declaring it (nullptr: package initializers)
  std::string func_name;     // results: "main.f", for reasons
  int loop_depth = 0;
  int result_index = 0;     // 1 + index for a result parameter, 0 otherwise
  bool is_param = false;
  // (issue 5) A compiler temporary gc names in -m output when it moves to
  // the heap: ".autotmp_N", an argument of a go statement too large to be
  // captured by value by the statement's wrapper closure.
  bool reported_temp = false;
  std::vector<Edge> edges;  // incoming

  // solver state
  int derefs = 0;
  uint32_t walkgen = 0;
  Location* dst = nullptr;
  size_t dst_edge = 0;
  bool queued = false;
  bool escapes = false;
  bool transient = false;
  bool addrtaken = false;
  // (issue 6, func) gc's loc.reassigned and loc.captured: a variable
  // assigned after its definition (before its first capture at the same
  // loop depth does not count) is captured by reference (flow_closures).
  bool reassigned = false;
  bool captured = false;
  Leaks param_esc;

  // why it escapes (-m=2 lines, without position) and in one line
  std::vector<std::string> explanation;
  std::vector<std::string> leak_explanation;  // params: "parameter p leaks to ..."
  std::string reason;

  // -m=2's first line for an escaping location: "x escapes to heap:".
  std::string label_for_header() const {
    return (kind == LocKind::Var || reported_temp ? label : site_text) + " escapes to heap:";
  }
};

struct Hole {
  Location* dst = nullptr;
  int derefs = 0;  // >= -1
  NotePtr notes;
  bool addrtaken = false;

  Hole note(const std::string& where, const std::string& why, Pos pos) const;
  Hole shift(int delta) const;
  Hole deref(const std::string& where, const std::string& why, Pos pos) const { return shift(1).note(where, why, pos); }
  Hole addr(const std::string& where, const std::string& why, Pos pos) const { return shift(-1).note(where, why, pos); }
};

// One batch: the functions of one strongly connected component of the call
// graph, analysed together (gc's batch).
class Batch {
 public:
  explicit Batch(std::string file);
  Location* new_loc(LocKind kind, const void* fn, int loop_depth, bool transient);
  Hole heap_hole() { return Hole{&heap_, 0, nullptr, false}; }
  Hole discard_hole() { return Hole{&blank_, 0, nullptr, false}; }
  Location* heap() { return &heap_; }
  void flow(const Hole& k, Location* src);
  void walk_all();
  const std::vector<std::unique_ptr<Location>>& locations() const { return all_; }
  std::string fmt_pos(Pos p) const;
  // (issue 6, func) Closures (their FuncDecls, FuncLit::decl) and the
  // function each is written in (nullptr: the package initializers), for
  // gc's containsClosure; and those called where they are written
  // (func() {...}()), gc's ClosureCalled.
  std::map<const void*, const void*> closure_parent;
  std::set<const void*> closure_called;
  bool contains_closure(const void* f, const void* c) const;

 private:
  void walk_one(Location* root, uint32_t walkgen, std::vector<Location*>& todo);
  bool outlives(const Location* l, const Location* other) const;
  void leak_to(Location* l, const Location* sink, int derefs);
  std::vector<std::string> explain_path(Location* root, Location* src);
  void explain_flow(std::vector<std::string>& out, const Location* dst, const Location* src, int derefs,
                    const NotePtr& notes);
  std::string reason_for(const Location* root, const Location* src) const;
  std::string flow_reason(const Location* src, const NotePtr& notes) const;

  std::string file_;
  std::vector<std::unique_ptr<Location>> all_;
  Location heap_;
  Location blank_;
};

// What the batches know of each function: its parameter and result
// locations while it is analysed, its parameters' tags once it is done.
struct FuncState {
  std::vector<Location*> params;   // one per declared parameter name (nullptr: "_" or unnamed)
  std::vector<Object*> param_objs;
  std::vector<Location*> results;  // one per result
  std::vector<Leaks> tags;         // per parameter, once tagged
  bool in_batch = false;           // analysed in the current batch, not yet tagged
  bool tagged = false;
};

// The whole analysis: the package, the batch being built, and the
// locations of the variables it has met.
struct Analysis {
  CheckedPackage* pkg = nullptr;
  Batch* batch = nullptr;
  std::map<const FuncDecl*, FuncState> funcs;
  std::map<const Object*, Location*> vars;
  std::vector<std::pair<Pos, std::string>> self_assigns;  // gc's "f ignoring self-assignment in ..." notes
  // (issue 6, func) The batch's func literals and the holes of their
  // closure objects, for flow_closures once every function is walked.
  std::vector<std::pair<Hole, FuncLit*>> closures;
  std::vector<const FuncDecl*> lits;  // the closures walked in the batch, to tag with it
};

// (issue 6, func) gc's flowClosure, after the batch's walk: decides how
// each literal captures each variable (ClosureVar::byval) and flows the
// variables (or their addresses) into the closure object.
void flow_closures(Analysis& a);

// escape_walk.cpp: builds the graph of one function (or of the package's
// variable initializers, when fd is null).
void init_func(Analysis& a, const FuncDecl* fd);
void walk_func(Analysis& a, const FuncDecl* fd);
void walk_global_inits(Analysis& a);

// gc's spelling of an expression in -m output ("&Point{...}",
// "([]byte)(s)", "make([]int, n)") and the position gc reports it at
// (a call at its '(', a binary expression at its operator).
std::string gc_string(const Expr* e);  // escape_names.cpp
Pos gc_pos(const Expr* e);
std::string list_string(const std::vector<Expr*>& list);  // "a, b, c"
std::string selector_string(const SelectorExpr* s, size_t steps);
bool has_pointers(const Type* t);       // escape_walk.cpp

// escape_deadcode.cpp: what gc drops or lays out statically before escape
// analysis.
std::optional<bool> const_bool(const Expr* e);
bool cuts_rest(const Stmt* s);
std::vector<CaseClause*> live_cases(SwitchStmt* x);
bool is_static_init(const Expr* e);
void static_init_code(Expr* e, std::vector<Expr*>* out);

// Small tree helpers shared by the escape files.
inline bool is_kind(const Type* t, TypeKindC k) { return t != nullptr && t->underlying()->kind == k; }


inline bool is_builtin(const CallExpr* c, Builtin b) {
  return c->call_kind == CallKind::Builtin && c->builtin == static_cast<int>(b);
}

}  // namespace govm::escape
