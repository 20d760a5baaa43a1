// escape_global.go: storing a pointer in a package-level variable makes the
// pointee escape: a global outlives every frame.
//
// `go build -gcflags='-m -l'` (Go 1.19) prints:
//
//	./escape_global.go:30:11: p does not escape
//	./escape_global.go:35:2: moved to heap: kept
//	./escape_global.go:45:13: new(int) escapes to heap
//	./escape_global.go:50:10: new(int) does not escape
//
// Run `govm build -m examples/escape_global.go`: `moved to heap: kept` (its
// address goes into the global) while `local`, whose address only goes to a
// function that does not keep it, stays on the stack; `new(int)` escapes
// when it is stored in the global and does not when it only lives in a
// local variable.
//
// Run `govm run --trace-memory examples/escape_global.go` and look at:
//   - the global `saved` sits in bss (no initializer): 8 bytes, a nil pointer
//     at load;
//   - main.keep's frame allocates `kept` on the heap (runtime.newobject),
//     and the global then holds a heap address: after keep returns, the
//     value is still reachable through the global;
//   - main.peek's `local` lives in its frame and disappears with it;
//   - main.fresh's new(int) goes to the heap because of the global, while
//     main.scratch's new(int) is just a slot in scratch's frame.
package main

var saved *int

func read(p *int) int {
	return *p
}

func keep() {
	kept := 7
	saved = &kept
}

func peek() int {
	local := 8
	return read(&local)
}

func fresh() {
	saved = new(int)
	*saved = 9
}

func scratch() int {
	p := new(int)
	*p = 10
	return *p
}

func main() {
	keep()
	println("saved:", *saved)
	println("peek:", peek())
	fresh()
	println("saved:", *saved, "scratch:", scratch())
}
