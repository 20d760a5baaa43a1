// A program built against the installed govm package (find_package(govm),
// govm::govm): compiles a small Go program from a string, runs it with its
// output captured, counts its heap allocations as events and reads its
// MemStats. Prints "ok" when all of it is as expected; otherwise what was
// not, and exits 1. It is also the first example of docs/api.md.
#include <govm/govm.h>

#include <cstdio>
#include <string>

const char* kSource = R"(package main

import "fmt"

type point struct{ x, y int }

func newPoint(x, y int) *point {
	return &point{x, y}
}

func main() {
	var ps []*point
	for i := 0; i < 3; i++ {
		ps = append(ps, newPoint(i, i*i))
	}
	fmt.Println(len(ps), ps[2].y)
}
)";

int main() {
  govm::CompileResult program = govm::compile("points.go", kSource);
  if (!program.ok()) {
    std::fprintf(stderr, "compile errors:\n%s", program.errors_text.c_str());
    return 1;
  }

  govm::Session session(program);
  int allocs = 0;
  session.on_event([&](const govm::Event& e) {
    if (std::get_if<govm::HeapAllocEvent>(&e.data)) allocs++;
  }, govm::kind_mask(govm::EventKind::HeapAlloc));

  int status = session.run();
  govm::MemStats ms = session.memstats();

  bool good = true;
  auto expect = [&](bool cond, const std::string& what) {
    if (!cond) {
      std::fprintf(stderr, "FAIL: %s\n", what.c_str());
      good = false;
    }
  };
  expect(status == 0, "exit status " + std::to_string(status) + ", stderr: " + session.stderr_text());
  expect(session.stdout_text() == "3 4\n", "stdout " + session.stdout_text());
  // Three points moved to the heap, plus the slice's backing arrays.
  expect(allocs >= 3, "HeapAlloc events: " + std::to_string(allocs));
  expect(ms.mallocs == static_cast<uint64_t>(allocs),
         "MemStats.Mallocs " + std::to_string(ms.mallocs) + " != events " + std::to_string(allocs));
  expect(!govm::escape_lines("points.go", program).empty(), "no escape decisions");
  if (!good) return 1;
  std::printf("ok\n");
  return 0;
}
