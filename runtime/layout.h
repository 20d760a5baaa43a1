// The `govm layout` drawing: the address space of a program as the classic
// text/data/bss/heap/stack picture, highest addresses at the top, each
// segment with its real address range and size and what it holds.
#pragma once

#include <string>

namespace govm {

struct Image;
class Runtime;

// Draws the image's segments; with a live runtime (may be null) also the
// heap in use and each goroutine's stack segment with its used part.
std::string draw_layout(const Image& image, const Runtime* live);

}  // namespace govm
