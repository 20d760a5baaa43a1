// Lookups in the program image's tables: functions by pc and name, lines by
// pc, types, globals and segments by address.
#include <gtest/gtest.h>

#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

TEST(Image, Lookups) {
  rttest::ImageBuilder b;
  const Addr t_int = b.type("int", TypeKind::Int, 8, 8);
  const Addr t_str = b.type("string", TypeKind::String, 16, 8);
  const Addr f1 = b.func("main.main", 0x20, 0, 0, {{0, 5}, {8, 6}, {0x18, 9}}).entry;
  const Addr f2 = b.func("main.f", 0x10, 0, 0, {}).entry;
  const Addr x = b.global("main.x", t_int, 8, Segment::Data);
  const Addr s = b.global("main.s", t_str, 16, Segment::Bss);
  const Addr z = b.global("main.z", t_int, 0, Segment::Bss);
  auto im = b.build();

  EXPECT_EQ(im->func_at(f1)->name, "main.main");
  EXPECT_EQ(im->func_at(f1 + 0x1f)->name, "main.main");
  EXPECT_EQ(im->func_at(f2)->name, "main.f");
  EXPECT_EQ(im->func_at(f2 + 0x10), nullptr);  // past the end of text
  EXPECT_EQ(im->func_at(kTextBase - 4), nullptr);
  EXPECT_EQ(im->func_named("main.f")->entry, f2);
  EXPECT_EQ(im->func_named("main.g"), nullptr);

  const FuncInfo& m = *im->func_at(f1);
  EXPECT_EQ(m.line_at(f1), 5u);
  EXPECT_EQ(m.line_at(f1 + 7), 5u);
  EXPECT_EQ(m.line_at(f1 + 8), 6u);
  EXPECT_EQ(m.line_at(f1 + 0x17), 6u);
  EXPECT_EQ(m.line_at(f1 + 0x1c), 9u);
  EXPECT_EQ(im->func_at(f2)->line_at(f2), 0u);  // no table: the declaration line

  EXPECT_EQ(im->type_at(t_str)->name, "string");
  EXPECT_EQ(im->type_at(t_str + 8), nullptr);

  EXPECT_EQ(im->global_at(x)->name, "main.x");
  EXPECT_EQ(im->global_at(s + 15)->name, "main.s");
  EXPECT_EQ(im->global_at(z)->name, "main.z");  // zero-sized: its own address
  EXPECT_EQ(im->global_at(x + 8), nullptr);
  EXPECT_EQ(im->global_at(0), nullptr);

  EXPECT_EQ(im->segment_of(f1), Segment::Text);
  EXPECT_EQ(im->segment_of(t_int), Segment::Rodata);
  EXPECT_EQ(im->segment_of(x), Segment::Data);
  EXPECT_EQ(im->segment_of(s), Segment::Bss);
  EXPECT_EQ(im->segment_of(kArenaBase), Segment::None);
  EXPECT_STREQ(segment_name(Segment::Rodata), "rodata");
  EXPECT_STREQ(segment_name(Segment::Stack), "stack");
  EXPECT_STREQ(gstatus_name(GStatus::Runnable), "runnable");
}

// (issue 3) Allocation sites are found by the exact pc of the allocating
// instruction, never by a neighbouring one.
TEST(Image, AllocSiteAt) {
  rttest::ImageBuilder b;
  const Addr f = b.func("main.main", 64, 0, 0, {{0, 3}}).entry;
  b.alloc_site(f + 24, 5, 9, "make([]int, n)", "non-constant size");
  b.alloc_site(f + 8, 4, 7, "new(int)", "moved to heap");
  auto im = b.build();
  ASSERT_EQ(im->alloc_sites.size(), 2u);
  EXPECT_LT(im->alloc_sites[0].pc, im->alloc_sites[1].pc);  // the builder keeps them sorted, as the linker
  const AllocSite* s = im->alloc_site_at(f + 8);
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->what, "new(int)");
  EXPECT_EQ(s->col, 7u);
  ASSERT_NE(im->alloc_site_at(f + 24), nullptr);
  EXPECT_EQ(im->alloc_site_at(f + 24)->line, 5u);
  EXPECT_EQ(im->alloc_site_at(f + 12), nullptr);
  EXPECT_EQ(im->alloc_site_at(f), nullptr);
  EXPECT_EQ(im->alloc_site_at(f + 100), nullptr);
}

}  // namespace
}  // namespace govm
