// frames.go: frames of calls with arguments and multiple results.
//
// Run `govm run --trace-memory examples/frames.go` and look at:
//   - each call pushes one frame and each return pops it, with the frame's
//     address range and size; depth counts the frames on the stack;
//   - a function's frame size depends on what it holds: its locals and the
//     room it reserves for the arguments and results of the calls it makes
//     (Go's caller-allocated argument area), plus the return address and
//     saved frame pointer;
//   - stats returns three results and takes two arguments: its caller
//     reserves room for all five at the bottom of its own frame;
//   - nested calls (minmax inside stats) stack their frames one below the
//     other, and pop in reverse order;
//   - main's frame stays on the stack for the whole run.
package main

import "fmt"

func minmax(a, b int) (lo, hi int) {
	if a < b {
		return a, b
	}
	return b, a
}

func stats(a, b int) (sum, lo, hi int) {
	lo, hi = minmax(a, b)
	sum = a + b
	return
}

func describe(label string, a, b int) {
	s, lo, hi := stats(a, b)
	fmt.Println(label, "sum", s, "min", lo, "max", hi)
}

func main() {
	describe("first", 3, 9)
	describe("second", 12, -4)
	s, _, _ := stats(1, 1)
	fmt.Println("just the sum:", s)
}
