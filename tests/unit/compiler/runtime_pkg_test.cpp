// (issue 4) Package runtime: the compiler's runtime.MemStats and the
// runtime's writer of it (runtime/mstats.h) must agree field for field,
// since neither reads the other: the checker lays the type out from Go's
// declaration, ReadMemStats writes at constant offsets. These tests are the
// static_assert between the two, and check that the three entries are
// classified as natives.
#include <gtest/gtest.h>

#include "checked.h"

#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/ast.h"
#include "compiler/compiler.h"
#include "compiler/types.h"
#include "runtime/mstats.h"
#include "runtime/natives.h"

namespace govm {
namespace {

const char* kProgram = R"(package main

import "runtime"

var m runtime.MemStats

func main() {
	runtime.GC()
	runtime.ReadMemStats(&m)
	runtime.KeepAlive(m.NumGC)
}
)";

// The compiler's runtime.MemStats, from the global m.
const Type* memstats(const Checked& c) {
  for (const Object* g : c.pkg->globals) {
    if (g->name == "m") return g->type;
  }
  return nullptr;
}

std::map<std::string, const StructField*> fields_of(const Type* t) {
  std::map<std::string, const StructField*> out;
  for (const StructField& f : t->underlying()->fields) out[f.name] = &f;
  return out;
}

TEST(RuntimePkg, MemStatsLayoutIsGo119s) {
  auto c = check(kProgram);
  ASSERT_TRUE(c->pkg != nullptr) << c->diags.format_all();
  const Type* t = memstats(*c);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->name, "runtime.MemStats");
  EXPECT_EQ(t->kind, TypeKindC::Named);
  EXPECT_EQ(t->size, memstats_off::kSize);
  EXPECT_EQ(t->size, 5776u);  // unsafe.Sizeof(runtime.MemStats{}) with go1.19 on amd64
  EXPECT_EQ(t->align, 8u);
  auto f = fields_of(t);
  EXPECT_EQ(t->underlying()->fields.size(), 32u);
  const std::pair<const char*, uint64_t> want[] = {
      {"Alloc", memstats_off::kAlloc},           {"TotalAlloc", memstats_off::kTotalAlloc},
      {"Sys", memstats_off::kSys},               {"Lookups", memstats_off::kLookups},
      {"Mallocs", memstats_off::kMallocs},       {"Frees", memstats_off::kFrees},
      {"HeapAlloc", memstats_off::kHeapAlloc},   {"HeapSys", memstats_off::kHeapSys},
      {"HeapIdle", memstats_off::kHeapIdle},     {"HeapInuse", memstats_off::kHeapInuse},
      {"HeapReleased", memstats_off::kHeapReleased}, {"HeapObjects", memstats_off::kHeapObjects},
      {"StackInuse", memstats_off::kStackInuse}, {"StackSys", memstats_off::kStackSys},
      {"MSpanInuse", memstats_off::kMSpanInuse}, {"MSpanSys", memstats_off::kMSpanSys},
      {"MCacheInuse", memstats_off::kMCacheInuse}, {"MCacheSys", memstats_off::kMCacheSys},
      {"BuckHashSys", memstats_off::kBuckHashSys}, {"GCSys", memstats_off::kGCSys},
      {"OtherSys", memstats_off::kOtherSys},     {"NextGC", memstats_off::kNextGC},
      {"LastGC", memstats_off::kLastGC},         {"PauseTotalNs", memstats_off::kPauseTotalNs},
      {"PauseNs", memstats_off::kPauseNs},       {"PauseEnd", memstats_off::kPauseEnd},
      {"NumGC", memstats_off::kNumGC},           {"NumForcedGC", memstats_off::kNumForcedGC},
      {"GCCPUFraction", memstats_off::kGCCPUFraction}, {"EnableGC", memstats_off::kEnableGC},
      {"DebugGC", memstats_off::kDebugGC},       {"BySize", memstats_off::kBySize},
  };
  for (const auto& [name, off] : want) {
    ASSERT_TRUE(f.count(name)) << name;
    EXPECT_EQ(f[name]->offset, off) << name;
  }
  EXPECT_EQ(f["NumGC"]->type->kind, TypeKindC::Uint32);
  EXPECT_EQ(f["GCCPUFraction"]->type->kind, TypeKindC::Float64);
  EXPECT_EQ(f["EnableGC"]->type->kind, TypeKindC::Bool);
  const Type* by_size = f["BySize"]->type;
  EXPECT_EQ(by_size->len, memstats_off::kBySizeLen);
  EXPECT_EQ(by_size->elem->size, memstats_off::kBySizeElem);
  auto e = fields_of(by_size->elem);
  EXPECT_EQ(e["Size"]->offset, 0u);
  EXPECT_EQ(e["Mallocs"]->offset, 8u);
  EXPECT_EQ(e["Frees"]->offset, 16u);
  EXPECT_EQ(f["PauseNs"]->type->size, 2048u);
}

TEST(RuntimePkg, CallsAreNatives) {
  auto c = check(kProgram);
  ASSERT_TRUE(c->pkg != nullptr) << c->diags.format_all();
  std::vector<int> natives;
  for (Node* d : c->file->decls) {
    auto* fd = dynamic_cast<FuncDecl*>(d);
    if (fd == nullptr || fd->body == nullptr) continue;
    for (Stmt* s : fd->body->list) {
      if (s->kind != StmtKind::Expr) continue;
      auto* call = static_cast<CallExpr*>(static_cast<ExprStmt*>(s)->x);
      EXPECT_EQ(call->call_kind, CallKind::Native);
      natives.push_back(call->native);
    }
  }
  EXPECT_EQ(natives, (std::vector<int>{static_cast<int>(NativeId::runtime_GC),
                                       static_cast<int>(NativeId::runtime_ReadMemStats),
                                       static_cast<int>(NativeId::runtime_KeepAlive)}));
}

// write_memstats puts each number where the compiler's field is.
TEST(RuntimePkg, WriteMemStatsAtTheCompilersOffsets) {
  auto c = check(kProgram);
  ASSERT_TRUE(c->pkg != nullptr) << c->diags.format_all();
  auto f = fields_of(memstats(*c));
  MemStats s;
  s.alloc = 101;
  s.total_alloc = 102;
  s.sys = 103;
  s.mallocs = 104;
  s.frees = 105;
  s.heap_alloc = 106;
  s.heap_sys = 107;
  s.heap_idle = 108;
  s.heap_inuse = 109;
  s.heap_released = 110;
  s.heap_objects = 111;
  s.stack_inuse = 112;
  s.stack_sys = 113;
  s.next_gc = 114;
  s.last_gc = 115;
  s.pause_total_ns = 116;
  s.num_gc = 117;
  s.num_forced_gc = 118;
  std::vector<uint8_t> buf(memstats_off::kSize, 0xAA);  // stale bytes: all must be rewritten
  write_memstats(buf.data(), s);
  auto u64 = [&](const char* name) {
    uint64_t v;
    std::memcpy(&v, buf.data() + f[name]->offset, 8);
    return v;
  };
  auto u32 = [&](const char* name) {
    uint32_t v;
    std::memcpy(&v, buf.data() + f[name]->offset, 4);
    return v;
  };
  EXPECT_EQ(u64("Alloc"), 101u);
  EXPECT_EQ(u64("TotalAlloc"), 102u);
  EXPECT_EQ(u64("Sys"), 103u);
  EXPECT_EQ(u64("Lookups"), 0u);
  EXPECT_EQ(u64("Mallocs"), 104u);
  EXPECT_EQ(u64("Frees"), 105u);
  EXPECT_EQ(u64("HeapAlloc"), 106u);
  EXPECT_EQ(u64("HeapSys"), 107u);
  EXPECT_EQ(u64("HeapIdle"), 108u);
  EXPECT_EQ(u64("HeapInuse"), 109u);
  EXPECT_EQ(u64("HeapReleased"), 110u);
  EXPECT_EQ(u64("HeapObjects"), 111u);
  EXPECT_EQ(u64("StackInuse"), 112u);
  EXPECT_EQ(u64("StackSys"), 113u);
  EXPECT_EQ(u64("GCSys"), 0u);
  EXPECT_EQ(u64("NextGC"), 114u);
  EXPECT_EQ(u64("LastGC"), 115u);
  EXPECT_EQ(u64("PauseTotalNs"), 116u);
  EXPECT_EQ(u32("NumGC"), 117u);
  EXPECT_EQ(u32("NumForcedGC"), 118u);
  EXPECT_EQ(u64("GCCPUFraction"), 0u);
  EXPECT_EQ(buf[f["EnableGC"]->offset], 1);
  EXPECT_EQ(buf[f["DebugGC"]->offset], 0);
  // PauseNs and PauseEnd zero; BySize[i].Size is size class i, counts zero.
  for (uint64_t i = 0; i < 512; i++) EXPECT_EQ(buf[memstats_off::kPauseNs + i * 8], 0) << i;
  const uint64_t by = f["BySize"]->offset;
  uint32_t size1, size60;
  std::memcpy(&size1, buf.data() + by + 1 * 24, 4);
  std::memcpy(&size60, buf.data() + by + 60 * 24, 4);
  EXPECT_EQ(size1, 8u);
  EXPECT_EQ(size60, 18432u);  // go1.19's class 60
  uint64_t mallocs60;
  std::memcpy(&mallocs60, buf.data() + by + 60 * 24 + 8, 8);
  EXPECT_EQ(mallocs60, 0u);
  for (uint64_t i = 0; i < memstats_off::kSize; i++) EXPECT_NE(buf[i], 0xAA) << "byte " << i << " not written";
}

}  // namespace
}  // namespace govm
