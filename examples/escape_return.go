// escape_return.go: returning a pointer to a local moves it to the heap;
// returning the value copies it out and the local stays in the frame.
//
// `go build -gcflags='-m -l'` (Go 1.19) prints:
//
//	./escape_return.go:33:2: moved to heap: x
//
// Run `govm build -m examples/escape_return.go`: it prints the same
// decisions as gc: `moved to heap: x` for the local whose address is
// returned, nothing for the local whose value is returned.
//
// Run `govm run --trace-memory examples/escape_return.go` and look at:
//   - each call to main.byValue pushes a frame holding its local y; the
//     value 42 travels back in the result slot and the frame is popped:
//     no heap allocation at all;
//   - each call to main.byPointer allocates x on the heap (a
//     runtime.newobject of an 8-byte int, the reason: moved to heap) and
//     returns its address; the frame is popped, the object stays alive as
//     long as main holds p;
//   - the three calls in the loop allocate three distinct objects, at
//     three heap addresses: each call gets a new x.
//
// The builtin println is used instead of fmt.Println so that no interface
// conversion adds allocations of its own (see escape_fmt.go).
package main

func byValue() int {
	y := 42
	return y
}

func byPointer() *int {
	x := 42
	return &x
}

func main() {
	v := byValue()
	p := byPointer()
	*p += v
	println("value:", v, "through pointer:", *p)
	sum := 0
	for i := 0; i < 3; i++ {
		q := byPointer()
		*q += i
		sum += *q
	}
	println("sum:", sum)
}
