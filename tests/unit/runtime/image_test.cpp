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

}  // namespace
}  // namespace govm
