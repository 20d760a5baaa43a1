// escape_fmt.go: fmt.Println takes its arguments as interface values
// (...interface{}), and fmt keeps them past what escape analysis can
// follow, so every non-constant argument escapes: a value is copied to the
// heap when converted to an interface (runtime.convT64 for an int,
// runtime.convTstring for a string), and anything a pointer argument points
// to is moved to the heap. The builtin println takes no interfaces and
// makes nothing escape.
//
// `go build -gcflags='-m -l'` (Go 1.19) prints:
//
//	./escape_fmt.go:46:24: s does not escape
//	./escape_fmt.go:50:20: leaking param: s
//	./escape_fmt.go:51:13: ... argument does not escape
//	./escape_fmt.go:51:13: n escapes to heap
//	./escape_fmt.go:51:13: s escapes to heap
//	./escape_fmt.go:55:2: moved to heap: p
//	./escape_fmt.go:56:13: ... argument does not escape
//	./escape_fmt.go:63:13: ... argument does not escape
//	./escape_fmt.go:63:14: "constant" escapes to heap
//	./escape_fmt.go:63:26: 42 escapes to heap
//
// Run `govm build -m examples/escape_fmt.go`: `n escapes to heap` and `s
// escapes to heap` for the arguments of fmt.Println (so viaFmt's parameter
// s leaks while viaPrintln's does not escape), `moved to heap: p` when &p
// is printed, `... argument does not escape` for the hidden slice that
// holds the arguments, and nothing for the println calls. The constants
// "escape" too, but a constant converted to an interface points into
// read-only data: no allocation happens at run time.
//
// Run `govm run --trace-memory examples/escape_fmt.go` and look at:
//   - main.viaPrintln: no heap allocation;
//   - main.viaFmt: two small allocations, the interface conversions of n
//     (8 bytes, runtime.convT64) and of s (a 16-byte string header,
//     runtime.convTstring); Go skips the allocation for ints below 256 and
//     for constants, which it takes from a static table or read-only data;
//   - main.viaFmtPointer: p, a struct, is moved to heap, and fmt prints
//     &{...} (not an address) for a pointer to a struct.
package main

import "fmt"

type Pair struct {
	A, B int
}

func viaPrintln(n int, s string) {
	println(n, s)
}

func viaFmt(n int, s string) {
	fmt.Println(n, s)
}

func viaFmtPointer(a int) {
	p := Pair{a, a * 2}
	fmt.Println(&p)
}

func main() {
	viaPrintln(1000, "println")
	viaFmt(1000, "fmt")
	viaFmtPointer(7)
	fmt.Println("constant", 42)
}
