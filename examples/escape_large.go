// escape_large.go: size decides too. An implicit allocation (make, new,
// &T{}) bigger than 64 KiB never goes on the stack, nor does a make whose
// size is not a compile-time constant; a small constant-size make that
// does not escape stays in the frame.
//
// `go build -gcflags='-m -l'` (Go 1.19) prints:
//
//	./escape_large.go:31:11: make([]int, 8) does not escape
//	./escape_large.go:39:11: make([]byte, 65536) does not escape
//	./escape_large.go:45:11: make([]byte, 65537) escapes to heap
//	./escape_large.go:51:11: make([]int, n) escapes to heap
//
// Run `govm build -m examples/escape_large.go`: `make([]byte, 65537)
// escapes to heap` (too large for stack), `make([]int, n) escapes to heap`
// (non-constant size), `make([]int, 8) does not escape`, and
// `make([]byte, 65536) does not escape` (exactly at the limit).
//
// Run `govm run --trace-memory examples/escape_large.go` and look at:
//   - main.small: no heap allocation; its 64-byte array is part of the
//     frame (the frame is that much bigger);
//   - main.atLimit: a 65536-byte array in the frame: the frame no longer
//     fits in the goroutine's 2 KiB stack, so the stack grows (copied to a
//     larger segment) before the call runs;
//   - main.large: a 65537-byte heap object, larger than the 32 KiB
//     small-object limit, so it gets a span of its own;
//   - main.sized: an n-int heap allocation (runtime.makeslice), even though
//     n is small.
package main

func small() int {
	s := make([]int, 8)
	for i := range s {
		s[i] = i
	}
	return s[7]
}

func atLimit() int {
	b := make([]byte, 65536)
	b[65535] = 1
	return len(b) + int(b[65535])
}

func large() int {
	b := make([]byte, 65537)
	b[65536] = 2
	return len(b) + int(b[65536])
}

func sized(n int) int {
	s := make([]int, n)
	s[n-1] = n
	return len(s) + s[n-1]
}

func main() {
	println("small:", small())
	println("atLimit:", atLimit())
	println("large:", large())
	println("sized:", sized(5))
}
