// AddressSpace: translation of image, heap and stack addresses, commit
// granularity, release, and nullptr for everything unmapped.
#include <gtest/gtest.h>

#include <cstring>

#include "runtime/address_space.h"
#include "tests/unit/runtime/rt_image.h"

namespace govm {
namespace {

using rttest::ImageBuilder;

std::unique_ptr<Image> small_image() {
  ImageBuilder b;
  b.func("main.main", 64);
  b.string_lit("hello");
  b.global("main.x", 0, 8, Segment::Data, {42, 0, 0, 0, 0, 0, 0, 0});
  b.global("main.y", 0, 16, Segment::Bss);
  return b.build();
}

TEST(AddressSpace, TranslatesImageSegments) {
  auto im = small_image();
  im->text[3] = 0x7f;
  AddressSpace mem(*im);
  ASSERT_NE(mem.host(kTextBase), nullptr);
  EXPECT_EQ(*mem.host(kTextBase + 3), 0x7f);
  const uint8_t* lit = mem.host(im->strings[0].addr, 5);
  ASSERT_NE(lit, nullptr);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(lit), 5), "hello");
  ASSERT_NE(mem.host(rttest::kData, 8), nullptr);
  EXPECT_EQ(*mem.host(rttest::kData), 42);
  const uint8_t* bss = mem.host(rttest::kBss, 16);
  ASSERT_NE(bss, nullptr);
  for (int i = 0; i < 16; ++i) EXPECT_EQ(bss[i], 0);
  // One host buffer: an address is image_bias away from its host pointer.
  EXPECT_EQ(reinterpret_cast<intptr_t>(mem.host(rttest::kData)), mem.image_bias() + static_cast<intptr_t>(rttest::kData));
}

TEST(AddressSpace, UnmappedAddressesAreNull) {
  auto im = small_image();
  AddressSpace mem(*im);
  const Addr end = im->image_end();
  EXPECT_EQ(mem.host(0), nullptr);
  EXPECT_EQ(mem.host(kTextBase - 1), nullptr);
  EXPECT_EQ(mem.host(end), nullptr);
  EXPECT_NE(mem.host(end - 1), nullptr);
  EXPECT_EQ(mem.host(end - 1, 2), nullptr);          // runs past the end
  EXPECT_EQ(mem.host(kTextBase, ~uint64_t{0}), nullptr);  // absurd length
  EXPECT_EQ(mem.host(~uint64_t{0}), nullptr);
  EXPECT_EQ(mem.host(kArenaBase), nullptr);          // heap not committed yet
  EXPECT_EQ(mem.host(kStackAreaBase), nullptr);      // stacks not committed yet
  EXPECT_EQ(mem.host(kArenaBase + kArenaSpan), nullptr);
  const AddressSpace& cmem = mem;
  EXPECT_EQ(cmem.host(kArenaBase), nullptr);
}

TEST(AddressSpace, CommitsHeapAndStackInChunksFromTheBottom) {
  auto im = small_image();
  AddressSpace mem(*im);
  mem.commit(kArenaBase, 100);
  uint8_t* h = mem.host(kArenaBase, 100);
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h[99], 0);
  h[99] = 7;
  // The whole first MiB is committed, nothing past it.
  EXPECT_NE(mem.host(kArenaBase + (1 << 20) - 1), nullptr);
  EXPECT_EQ(mem.host(kArenaBase + (1 << 20)), nullptr);
  EXPECT_EQ(mem.host(kArenaBase + (1 << 20) - 4, 8), nullptr);
  // Committing higher moves the mark; earlier contents stay.
  mem.commit(kArenaBase + (3 << 20), 16);
  EXPECT_NE(mem.host(kArenaBase + (3 << 20) + 15), nullptr);
  EXPECT_EQ(*mem.host(kArenaBase + 99), 7);
  EXPECT_EQ(mem.host(kStackAreaBase), nullptr);  // areas are independent

  mem.commit(kStackAreaBase + 4096, 2048);
  EXPECT_NE(mem.host(kStackAreaBase), nullptr);
  EXPECT_NE(mem.host(kStackAreaBase + 4096, 2048), nullptr);
  EXPECT_EQ(reinterpret_cast<intptr_t>(mem.host(kStackAreaBase + 8)),
            mem.arena_bias() + static_cast<intptr_t>(kStackAreaBase + 8));
}

TEST(AddressSpace, ReleasedMemoryReadsZero) {
  auto im = small_image();
  AddressSpace mem(*im);
  const Addr a = kStackAreaBase + 8192;
  mem.commit(a, 65536 + 100);
  uint8_t* p = mem.host(a, 65536 + 100);
  ASSERT_NE(p, nullptr);
  std::memset(p, 0xab, 65536 + 100);
  mem.release(a + 10, 65536);  // ragged on both ends
  EXPECT_EQ(p[9], 0xab);
  for (uint64_t i = 10; i < 65536 + 10; i += 97) ASSERT_EQ(p[i], 0) << i;
  EXPECT_EQ(p[65536 + 9], 0);
  EXPECT_EQ(p[65536 + 10], 0xab);
  EXPECT_NE(mem.host(a), nullptr);  // still committed
}

TEST(AddressSpace, EmptyImageStillHasText) {
  Image im;
  AddressSpace mem(im);
  EXPECT_EQ(mem.host(kTextBase), nullptr);
  mem.commit(kArenaBase, 8);
  EXPECT_NE(mem.host(kArenaBase, 8), nullptr);
}

}  // namespace
}  // namespace govm
