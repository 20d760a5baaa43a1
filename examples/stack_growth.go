// stack_growth.go: a goroutine's stack grows by copying.
//
// Run `govm run --trace-memory examples/stack_growth.go` and look at:
//   - the two globals, announced at load: `depth` has a constant
//     initializer, so its value is already in the data segment; `calls` has
//     none, so it sits in bss, zeroed, at an address of its own;
//   - every call to main.sum pushes a frame just below the previous one:
//     the stack grows toward lower addresses; each frame holds the return
//     address and the saved frame pointer of its call, plus the room where
//     it writes the argument n-1 and reads the result of the call it makes;
//   - the goroutine starts with a 2048-byte stack; when a prologue finds too
//     little room, runtime.morestack moves the whole stack to a segment twice
//     as large (2 KiB -> 4 KiB -> 8 KiB -> 16 KiB -> ...), copying the frames
//     and adjusting the saved frame pointers: the "grow" lines say how many
//     bytes were copied and how many pointers adjusted;
//   - after the move the frames carry on at new addresses, in the new
//     segment; the values in them are unchanged (the result is right);
//   - on the way back every frame is popped, deepest first; the stack keeps
//     its grown size (Go shrinks stacks only during garbage collection).
package main

import "fmt"

var depth = 500 // data: the value 500 is in the image

var calls int // bss: zero at load

func sum(n int) int {
	calls++
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func main() {
	fmt.Println("sum(10) =", sum(10))
	fmt.Println("sum(500) =", sum(depth))
	fmt.Println("calls:", calls)
}
