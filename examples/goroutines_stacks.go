// goroutines_stacks.go: every goroutine has a stack of its own, which grows
// on its own.
//
// Run `govm run --trace-memory examples/goroutines_stacks.go 2>&1 | grep -v -e push -e pop`
// and look at:
//   - the channel: `make(chan result)` is a runtime.hchan on the heap
//     (always: gc never puts a channel on a stack);
//   - each `go climb(...)` creates a goroutine (go-create g1 g2 ...) with a
//     fresh 2048-byte stack segment, at an address of its own; main goes on
//     running until it blocks receiving (go-park g1 chan receive);
//   - the goroutines then run in turn: the newest first (Go's runnext), the
//     others in order, each for at most --preempt instructions before the
//     next gets its turn. Each "grow" line names its goroutine: g4, 6000
//     frames deep, doubles its stack seven times (2 KiB -> 256 KiB) and is
//     preempted; g3 then grows its own stack while g4's frames wait, intact,
//     in theirs; g2, only 20 frames deep, never leaves its first 2 KiB;
//   - a goroutine that finishes frees its stack (go-exit ... freed), with the
//     size it had grown to;
//   - each result is sent to main, which prints them in goroutine order
//     whatever order they arrived in.
// The same program under real Go prints the same lines (`go run`).
package main

import "fmt"

type result struct {
	id    int
	depth int
}

// depth recurses n calls deep and counts them on the way back.
func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func climb(id int, n int, out chan<- result) {
	out <- result{id, depth(n)}
}

func main() {
	out := make(chan result)
	sizes := []int{20, 1500, 6000}
	for i, n := range sizes {
		go climb(i, n, out)
	}
	var got [3]int
	for range sizes {
		r := <-out
		got[r.id] = r.depth
	}
	for i, n := range sizes {
		fmt.Printf("goroutine %d climbed %d frames (asked %d)\n", i, got[i], n)
	}
}
