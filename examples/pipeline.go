// pipeline.go: three goroutines joined by channels, each stage reading
// from the one before and writing to the one after.
//
//	numbers -> square -> sum -> main
//
// Run `govm run --trace-memory examples/pipeline.go 2>&1 | grep -e go- -e alloc`
// and look at:
//   - the three channels: each `make(chan int)` is a 96-byte runtime.hchan
//     on the heap, allocated by runtime.makechan; `make(chan int, 1)` has
//     its buffer, one int, right after the header;
//   - the three go statements: three goroutines, each with its own 2 KiB
//     stack, created before any of them runs;
//   - the handoff: on an unbuffered channel a send parks the sender
//     (go-park ... chan send) until a receiver comes, and a receive parks the
//     receiver (chan receive) until a sender does; every go-ready line says
//     who woke whom. The values are copied from the sender's frame to the
//     receiver's: nothing is allocated per value;
//   - close(out) at the end of each stage ends the next stage's range loop;
//     each goroutine exits (go-exit) and frees its stack, and main receives
//     the total from the buffered channel.
//
// `govm build -m examples/pipeline.go` prints what gc -m prints: every
// stage's channel parameters "do not escape" (sending, receiving, ranging
// and closing only use the channel, they keep no copy of it), and nothing
// about the three make(chan int): gc never reports them, since
// runtime.makechan always allocates on the heap. main's channel variables
// stay in its frame: the go statements copy the channel pointers into the
// new goroutines, not the variables.
package main

import "fmt"

func numbers(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func square(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func sum(in <-chan int, total chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	total <- s
}

func main() {
	nums := make(chan int)
	squares := make(chan int)
	total := make(chan int, 1)
	go numbers(5, nums)
	go square(nums, squares)
	go sum(squares, total)
	fmt.Println("sum of squares 1..5:", <-total)
}
