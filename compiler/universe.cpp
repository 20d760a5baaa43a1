// The universe (go/types' universe.go) and the packages govm imports
// besides unsafe: fmt and (issue 4) runtime.
//
// The universe scope holds every predeclared name of Go, so that a name
// outside govm's subset is recognized as Go's and reported as not
// supported yet ("govm does not support float64 yet"), never as
// "undefined". The supported ones are the integer types, bool and string
// (with byte and rune, spelled as written: see TypeTable::byte_alias),
// (issue 6) float32 and float64, the
// constants true, false and iota, nil, and the builtins append, cap, copy,
// delete, len, make, new, print and println; the other types and builtins
// are known but refused. (Package unsafe's Sizeof, Alignof and Offsetof
// are builtins too, reached through the import: check_builtins.cpp.)
//
// Package fmt is known by its exported names (as of Go 1.22). Println,
// Print and Printf ((issue 6) and Sprint, Sprintf, Sprintln) are natives (runtime/natives.h) with fmt's own
// signatures, results included, so that misuse reads as gc's message
// ("assignment mismatch: 1 variable but fmt.Println returns 2 values");
// the other names are refused by name ("govm does not support
// fmt.Sprintf yet"), and a name fmt does not export is undefined.
//
// (issue 4) Package runtime, the same way: GC, KeepAlive and ReadMemStats
// are natives with the runtime's signatures, and MemStats is the defined
// type runtime.MemStats with Go's exact fields, so that unsafe.Sizeof and
// unsafe.Offsetof agree with gc and ReadMemStats (runtime/mstats.cpp) can
// write Go's layout (its one float64 field, GCCPUFraction, reads 0). The
// runtime's other exported names are refused by name ("govm does not
// support runtime.Goexit yet"); (issue 5) Gosched and NumGoroutine are
// natives too.
//
// (issue 5) Packages sync and time, the same way. sync.WaitGroup and
// sync.Mutex are defined types with Go 1.19's exact (unexported) fields,
// so that sizes, %v and the natives (runtime/sema.cpp) agree with gc; their
// methods are Func objects of natives found by sync_method (check_composite's
// method_selector reaches them through pointers and embedded fields), and
// other packages' unexported fields are invisible from main, as in Go.
// time.Duration is a defined int64 with its constants Nanosecond..Hour;
// time.Sleep is a native. Everything else the packages export is refused
// by name, and Duration's methods too (fmt's %v of a Duration would call
// String: refused, check_chan.cpp).
#include <algorithm>
#include <cctype>

#include "compiler/check.h"
#include "runtime/natives.h"

namespace govm {

namespace {

struct BuiltinName {
  Builtin id;
  const char* name;
  bool supported;
};

constexpr BuiltinName kBuiltins[] = {
    {Builtin::Append, "append", true},   {Builtin::Cap, "cap", true},
    {Builtin::Clear, "clear", false},     {Builtin::Close, "close", true},
    {Builtin::Complex, "complex", false}, {Builtin::Copy, "copy", true},
    {Builtin::Delete, "delete", true},   {Builtin::Imag, "imag", false},
    {Builtin::Len, "len", true},          {Builtin::Make, "make", true},
    {Builtin::Max, "max", false},         {Builtin::Min, "min", false},
    {Builtin::New, "new", true},         {Builtin::Panic, "panic", true},
    {Builtin::Print, "print", true},      {Builtin::Println, "println", true},
    {Builtin::Real, "real", false},       {Builtin::Recover, "recover", true},
};

struct TypeName {
  const char* name;
  TypeKindC kind;
};

constexpr TypeName kTypes[] = {
    {"bool", TypeKindC::Bool},     {"int", TypeKindC::Int},       {"int8", TypeKindC::Int8},
    {"int16", TypeKindC::Int16},   {"int32", TypeKindC::Int32},   {"int64", TypeKindC::Int64},
    {"uint", TypeKindC::Uint},     {"uint8", TypeKindC::Uint8},   {"uint16", TypeKindC::Uint16},
    {"uint32", TypeKindC::Uint32}, {"uint64", TypeKindC::Uint64}, {"uintptr", TypeKindC::Uintptr},
    {"string", TypeKindC::String},
    {"float32", TypeKindC::Float32}, {"float64", TypeKindC::Float64},  // (issue 6)
};

// Predeclared types outside the subset, and how a message names them.
constexpr std::pair<const char*, const char*> kUnsupportedTypes[] = {
    {"complex64", "complex64"},
    {"complex128", "complex128"},
    {"comparable", "comparable"},
};

// Everything package fmt exports.
constexpr const char* kFmtNames[] = {
    "Append", "Appendf", "Appendln", "Errorf", "FormatString", "Formatter", "Fprint", "Fprintf",
    "Fprintln", "Fscan", "Fscanf", "Fscanln", "GoStringer", "Print", "Printf", "Println",
    "Scan", "ScanState", "Scanf", "Scanln", "Scanner", "Sprint", "Sprintf", "Sprintln",
    "Sscan", "Sscanf", "Sscanln", "State", "Stringer",
};

// (issue 5) Everything packages sync and time export (Go 1.22).
constexpr const char* kSyncNames[] = {
    "Cond", "Locker", "Map", "Mutex", "NewCond", "Once", "OnceFunc", "OnceValue", "OnceValues", "Pool",
    "RWMutex", "WaitGroup",
};
constexpr const char* kTimeNames[] = {
    "ANSIC", "After", "AfterFunc", "April", "August", "Date", "DateOnly", "DateTime", "December", "Duration",
    "February", "FixedZone", "Friday", "Hour", "January", "July", "June", "Kitchen", "Layout", "LoadLocation",
    "LoadLocationFromTZData", "Local", "Location", "March", "May", "Microsecond", "Millisecond", "Minute",
    "Monday", "Month", "Nanosecond", "NewTicker", "NewTimer", "November", "Now", "October", "Parse",
    "ParseDuration", "ParseError", "ParseInLocation", "RFC1123", "RFC1123Z", "RFC3339", "RFC3339Nano",
    "RFC822", "RFC822Z", "RFC850", "RubyDate", "Saturday", "Second", "September", "Since", "Sleep", "Stamp",
    "StampMicro", "StampMilli", "StampNano", "Sunday", "Thursday", "Tick", "Ticker", "Time", "TimeOnly",
    "Timer", "Tuesday", "UTC", "Unix", "UnixDate", "UnixMicro", "UnixMilli", "Until", "Wednesday", "Weekday",
};

// (issue 5) time.Duration's constants, in nanoseconds.
constexpr std::pair<const char*, int64_t> kDurations[] = {
    {"Nanosecond", 1},          {"Microsecond", 1000},          {"Millisecond", 1000000},
    {"Second", 1000000000},     {"Minute", 60 * 1000000000LL},  {"Hour", 3600 * 1000000000LL},
};

// (issue 5) The methods of sync's types: those govm implements natively,
// and the others, refused by name.
struct SyncMethod {
  const char* type;  // "WaitGroup", "Mutex"
  const char* name;
  NativeId native;
  bool supported;
};
constexpr SyncMethod kSyncMethods[] = {
    {"WaitGroup", "Add", NativeId::sync_WaitGroup_Add, true},
    {"WaitGroup", "Done", NativeId::sync_WaitGroup_Done, true},
    {"WaitGroup", "Wait", NativeId::sync_WaitGroup_Wait, true},
    {"Mutex", "Lock", NativeId::sync_Mutex_Lock, true},
    {"Mutex", "Unlock", NativeId::sync_Mutex_Unlock, true},
    {"Mutex", "TryLock", NativeId::sync_Mutex_Lock, false},
};

// Everything package runtime exports (Go 1.22).
constexpr const char* kRuntimeNames[] = {
    "BlockProfile", "BlockProfileRecord", "Breakpoint", "CPUProfile", "Caller", "Callers", "CallersFrames",
    "Compiler", "Error", "Frame", "Frames", "Func", "FuncForPC", "GC", "GOARCH", "GOMAXPROCS", "GOOS",
    "GOROOT", "Goexit", "GoroutineProfile", "Gosched", "KeepAlive", "LockOSThread", "MemProfile",
    "MemProfileRate", "MemProfileRecord", "MemStats", "MutexProfile", "NumCPU", "NumCgoCall",
    "NumGoroutine", "PanicNilError", "Pinner", "ReadMemStats", "ReadTrace", "SetBlockProfileRate",
    "SetCPUProfileRate", "SetCgoTraceback", "SetFinalizer", "SetMutexProfileFraction", "Stack",
    "StackRecord", "StartTrace", "StopTrace", "ThreadCreateProfile", "TypeAssertionError",
    "UnlockOSThread", "Version",
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

const char* Checker::builtin_name(int id) {
  if (id == static_cast<int>(Builtin::Sizeof)) return "unsafe.Sizeof";
  if (id == static_cast<int>(Builtin::Alignof)) return "unsafe.Alignof";
  if (id == static_cast<int>(Builtin::Offsetof)) return "unsafe.Offsetof";
  for (const BuiltinName& b : kBuiltins) {
    if (static_cast<int>(b.id) == id) return b.name;
  }
  return "?";
}

bool Checker::builtin_supported(int id) {
  if (id >= static_cast<int>(Builtin::Sizeof) && id <= static_cast<int>(Builtin::Offsetof)) return true;
  for (const BuiltinName& b : kBuiltins) {
    if (static_cast<int>(b.id) == id) return b.supported;
  }
  return false;
}

void Checker::init_universe() {
  universe_ = new_scope(nullptr);
  auto insert = [this](Object* obj) { universe_->insert(obj); };
  for (const TypeName& t : kTypes) insert(new_object(ObjKind::TypeName, t.name, Pos{}, types_.basic(t.kind)));
  insert(new_object(ObjKind::TypeName, "byte", Pos{}, types_.byte_alias()));
  insert(new_object(ObjKind::TypeName, "rune", Pos{}, types_.rune_alias()));
  insert(new_object(ObjKind::TypeName, "error", Pos{}, error_type()));    // (issue 6, iface) check_iface.cpp
  insert(new_object(ObjKind::TypeName, "any", Pos{}, any_type()));  // (issue 6, iface)
  for (const auto& [name, what] : kUnsupportedTypes) {
    Object* obj = new_object(ObjKind::TypeName, name, Pos{}, nullptr);
    unsupported_names_[obj] = what;
    insert(obj);
  }
  for (const char* name : {"true", "false"}) {
    Object* obj = new_object(ObjKind::Const, name, Pos{}, untyped_bool_);
    obj->value = Constant::make_bool(name[0] == 't');
    insert(obj);
  }
  iota_obj_ = new_object(ObjKind::Const, "iota", Pos{}, untyped_int_);
  iota_obj_->value = Constant::make_int(0);
  insert(iota_obj_);
  insert(new_object(ObjKind::Nil, "nil", Pos{}, types_.basic(TypeKindC::UntypedNil)));
  for (const BuiltinName& b : kBuiltins) {
    Object* obj = new_object(ObjKind::Builtin, b.name, Pos{}, nullptr);
    obj->builtin = static_cast<int>(b.id);
    insert(obj);
  }
}

// fmt's signatures, built from the few types they mention: any, []any and
// error exist only to print these signatures as gc does.
const Type* Checker::fmt_signature(int native) {
  Type any_t;
  any_t.kind = TypeKindC::Interface;
  any_t.name = "any";
  any_t.size = 16;
  any_t.align = 8;
  const Type* any = types_.intern(any_t);
  Type slice_t;
  slice_t.kind = TypeKindC::Slice;
  slice_t.name = "[]any";
  slice_t.elem = any;
  slice_t.size = 24;
  slice_t.align = 8;
  const Type* slice = types_.intern(slice_t);
  Type error_t;
  error_t.kind = TypeKindC::Named;
  error_t.name = "error";
  error_t.size = 16;
  error_t.align = 8;
  error_t.underlying_ = any;  // an interface; its methods do not matter yet
  const Type* error = types_.intern(error_t);
  std::vector<Param> params;
  const bool sprint = native == static_cast<int>(NativeId::fmt_Sprint) ||
                      native == static_cast<int>(NativeId::fmt_Sprintf) ||
                      native == static_cast<int>(NativeId::fmt_Sprintln);  // (issue 6, fmt)
  const bool errorf = native == static_cast<int>(NativeId::fmt_Errorf);  // (issue 6, errs)
  if (native == static_cast<int>(NativeId::fmt_Printf) || native == static_cast<int>(NativeId::fmt_Sprintf) || errorf)
    params.push_back(Param{"format", string_});
  params.push_back(Param{"a", slice});
  std::vector<Param> results = {Param{"n", int_}, Param{"err", error}};
  if (sprint) results = {Param{"", string_}};
  if (errorf) results = {Param{"", error_type()}};
  return types_.func(std::move(params), std::move(results), true);
}

Object* Checker::fmt_member(const std::string& name, bool* exists, std::string* near) {
  *exists = false;
  near->clear();
  for (const char* n : kFmtNames) {
    if (name == n) *exists = true;
    if (near->empty() && lower(name) == lower(n)) *near = n;
  }
  if (!*exists) return nullptr;
  if (name == "Stringer") return fmt_stringer();  // (issue 6, iface) check_iface.cpp
  int native = -1;
  if (name == "Println") native = static_cast<int>(NativeId::fmt_Println);
  if (name == "Print") native = static_cast<int>(NativeId::fmt_Print);
  if (name == "Printf") native = static_cast<int>(NativeId::fmt_Printf);
  if (name == "Sprint") native = static_cast<int>(NativeId::fmt_Sprint);  // (issue 6, fmt)
  if (name == "Sprintf") native = static_cast<int>(NativeId::fmt_Sprintf);
  if (name == "Sprintln") native = static_cast<int>(NativeId::fmt_Sprintln);
  if (name == "Errorf") {  // (issue 6, errs) runtime/errors_wrap.cpp
    native = static_cast<int>(NativeId::fmt_Errorf);
    declare_wrap_error();
  }
  if (native < 0) return nullptr;
  if (auto it = fmt_members_.find(name); it != fmt_members_.end()) return it->second;
  Object* obj = new_object(ObjKind::Func, name, Pos{}, fmt_signature(native));
  obj->package_path = "fmt";
  fmt_members_[name] = obj;
  natives_[obj] = native;
  return obj;
}

// runtime.MemStats as Go 1.19 declares it (runtime/mstats.go), field for
// field: the sizes and offsets follow from TypeTable::strukt, and
// runtime/mstats.h holds the same offsets for the native that fills it
// (tests/unit/compiler/runtime_pkg_test.cpp checks that they agree).
const Type* Checker::memstats_type() {
  if (memstats_ != nullptr) return memstats_;
  const Type* u64 = types_.basic(TypeKindC::Uint64);
  const Type* u32 = types_.basic(TypeKindC::Uint32);
  std::vector<StructField> fields;
  auto add = [&fields](const char* name, const Type* t) { fields.push_back({name, t, 0, false}); };
  for (const char* name : {"Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
                           "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys",
                           "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys",
                           "OtherSys", "NextGC", "LastGC", "PauseTotalNs"}) {
    add(name, u64);
  }
  add("PauseNs", types_.array(u64, 256));
  add("PauseEnd", types_.array(u64, 256));
  add("NumGC", u32);
  add("NumForcedGC", u32);
  add("GCCPUFraction", types_.basic(TypeKindC::Float64));
  add("EnableGC", types_.basic(TypeKindC::Bool));
  add("DebugGC", types_.basic(TypeKindC::Bool));
  const Type* size_class = types_.strukt({{"Size", u32, 0, false}, {"Mallocs", u64, 0, false}, {"Frees", u64, 0, false}});
  add("BySize", types_.array(size_class, 61));
  Type* named = types_.new_named("runtime.MemStats");
  types_.set_underlying(named, types_.strukt(std::move(fields)));
  memstats_ = named;
  return named;
}

// runtime.KeepAlive(x any) and runtime.ReadMemStats(m *MemStats); GC() has
// no parameters. `any` is built as fmt_signature builds it.
const Type* Checker::runtime_signature(int native) {
  std::vector<Param> params;
  if (native == static_cast<int>(NativeId::runtime_KeepAlive)) {
    Type any_t;
    any_t.kind = TypeKindC::Interface;
    any_t.name = "any";
    any_t.size = 16;
    any_t.align = 8;
    params.push_back(Param{"x", types_.intern(any_t)});
  }
  if (native == static_cast<int>(NativeId::runtime_ReadMemStats)) {
    params.push_back(Param{"m", types_.pointer(memstats_type())});
  }
  std::vector<Param> results;
  if (native == static_cast<int>(NativeId::runtime_NumGoroutine)) results.push_back(Param{"", int_});
  return types_.func(std::move(params), std::move(results), false);
}

Object* Checker::runtime_member(const std::string& name, bool* exists, std::string* near) {
  *exists = false;
  near->clear();
  for (const char* n : kRuntimeNames) {
    if (name == n) *exists = true;
    if (near->empty() && lower(name) == lower(n)) *near = n;
  }
  if (!*exists) return nullptr;
  if (auto it = runtime_members_.find(name); it != runtime_members_.end()) return it->second;
  Object* obj = nullptr;
  if (name == "MemStats") {
    obj = new_object(ObjKind::TypeName, name, Pos{}, memstats_type());
  } else if (name == "Error") {  // (issue 6) runtime.Error, what recover's runtime errors implement
    obj = new_object(ObjKind::TypeName, name, Pos{}, runtime_error_iface());
  } else {
    int native = -1;
    if (name == "GC") native = static_cast<int>(NativeId::runtime_GC);
    if (name == "KeepAlive") native = static_cast<int>(NativeId::runtime_KeepAlive);
    if (name == "ReadMemStats") native = static_cast<int>(NativeId::runtime_ReadMemStats);
    if (name == "Gosched") native = static_cast<int>(NativeId::runtime_Gosched);
    if (name == "NumGoroutine") native = static_cast<int>(NativeId::runtime_NumGoroutine);
    if (native < 0) return nullptr;
    obj = new_object(ObjKind::Func, name, Pos{}, runtime_signature(native));
    natives_[obj] = native;
  }
  obj->package_path = "runtime";
  runtime_members_[name] = obj;
  return obj;
}


// ------------------------------------------------------------ (issue 5) sync and time

bool Checker::is_package_type(const Type* t) const {
  if (t == nullptr || t->kind != TypeKindC::Named) return false;
  return t == waitgroup_ || t == mutex_ || t == duration_ || t == memstats_ ||
         t->name.rfind("sync.", 0) == 0 || t == builder_;  // (issue 6) strings.Builder
}

// sync.WaitGroup as Go 1.19 declares it: struct{ noCopy noCopy; state1
// uint64; state2 uint32 }, 16 bytes (noCopy is sync's empty struct); %v
// prints {{} 0 0}. runtime/sema.cpp reads the same offsets.
const Type* Checker::waitgroup_type() {
  if (waitgroup_ != nullptr) return waitgroup_;
  Type* nocopy = types_.new_named("sync.noCopy");
  types_.set_underlying(nocopy, types_.strukt({}));
  std::vector<StructField> fields = {{"noCopy", nocopy, 0, false},
                                     {"state1", types_.basic(TypeKindC::Uint64), 0, false},
                                     {"state2", types_.basic(TypeKindC::Uint32), 0, false}};
  Type* named = types_.new_named("sync.WaitGroup");
  types_.set_underlying(named, types_.strukt(std::move(fields)));
  waitgroup_ = named;
  return named;
}

// sync.Mutex: struct{ state int32; sema uint32 }, 8 bytes; %v prints {0 0}.
const Type* Checker::mutex_type() {
  if (mutex_ != nullptr) return mutex_;
  std::vector<StructField> fields = {{"state", types_.basic(TypeKindC::Int32), 0, false},
                                     {"sema", types_.basic(TypeKindC::Uint32), 0, false}};
  Type* named = types_.new_named("sync.Mutex");
  types_.set_underlying(named, types_.strukt(std::move(fields)));
  mutex_ = named;
  return named;
}

const Type* Checker::duration_type() {
  if (duration_ != nullptr) return duration_;
  Type* named = types_.new_named("time.Duration");
  types_.set_underlying(named, types_.basic(TypeKindC::Int64));
  duration_ = named;
  return named;
}

Object* Checker::sync_member(const std::string& name, bool* exists, std::string* near) {
  *exists = false;
  near->clear();
  for (const char* n : kSyncNames) {
    if (name == n) *exists = true;
    if (near->empty() && lower(name) == lower(n)) *near = n;
  }
  if (!*exists) return nullptr;
  if (auto it = sync_members_.find(name); it != sync_members_.end()) return it->second;
  const Type* t = nullptr;
  if (name == "WaitGroup") t = waitgroup_type();
  if (name == "Mutex") t = mutex_type();
  if (t == nullptr) return nullptr;
  Object* obj = new_object(ObjKind::TypeName, name, Pos{}, t);
  obj->package_path = "sync";
  sync_members_[name] = obj;
  return obj;
}

Object* Checker::time_member(const std::string& name, bool* exists, std::string* near) {
  *exists = false;
  near->clear();
  for (const char* n : kTimeNames) {
    if (name == n) *exists = true;
    if (near->empty() && lower(name) == lower(n)) *near = n;
  }
  if (!*exists) return nullptr;
  if (auto it = time_members_.find(name); it != time_members_.end()) return it->second;
  Object* obj = nullptr;
  if (name == "Duration") obj = new_object(ObjKind::TypeName, name, Pos{}, duration_type());
  if (name == "Sleep") {
    obj = new_object(ObjKind::Func, name, Pos{}, types_.func({Param{"d", duration_type()}}, {}, false));
    natives_[obj] = static_cast<int>(NativeId::time_Sleep);
  }
  for (const auto& [n, ns] : kDurations) {
    if (name != n) continue;
    obj = new_object(ObjKind::Const, name, Pos{}, duration_type());
    obj->value = Constant::make_int(ns);
  }
  if (obj == nullptr) return nullptr;
  obj->package_path = "time";
  time_members_[name] = obj;
  return obj;
}

Object* Checker::sync_method(const Type* t, const std::string& name, bool* refused) {
  *refused = false;
  if (t != nullptr && t == builder_) return strings_method(t, name, refused);  // (issue 6) strings_pkg.cpp
  if (t != nullptr && t == numerror_) return strconv_method(t, name);  // (issue 6, strconv) strings_pkg.cpp
  const char* type = t == waitgroup_ && t != nullptr ? "WaitGroup" : t == mutex_ && t != nullptr ? "Mutex" : nullptr;
  if (type == nullptr) return nullptr;
  for (const SyncMethod& m : kSyncMethods) {
    if (std::string(m.type) != type || name != m.name) continue;
    if (!m.supported) {
      *refused = true;
      return nullptr;
    }
    const std::string key = std::string(type) + "." + name;
    if (auto it = sync_methods_.find(key); it != sync_methods_.end()) return it->second;
    std::vector<Param> params;
    if (m.native == NativeId::sync_WaitGroup_Add) params.push_back(Param{"delta", int_});
    Object* obj = new_object(ObjKind::Func, name, Pos{}, types_.func(std::move(params), {}, false));
    obj->package_path = "sync";
    natives_[obj] = static_cast<int>(m.native);
    sync_methods_[key] = obj;
    return obj;
  }
  return nullptr;
}

}  // namespace govm
