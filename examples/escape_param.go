// escape_param.go: what a function does with a pointer parameter decides
// whether its callers' variables can stay on their stacks. gc summarizes
// each parameter: "leaking param: p" (p is stored somewhere that outlives
// the call), "leaking param: p to result ~r0 level=0" (p flows to the
// result, so it escapes only if the caller's result does), "p does not
// escape" (p is only read through).
//
// `go build -gcflags='-m -l'` (Go 1.19) prints:
//
//	./escape_param.go:32:12: leaking param: p
//	./escape_param.go:36:11: p does not escape
//	./escape_param.go:40:15: leaking param: p to result ~r0 level=0
//	./escape_param.go:44:11: p does not escape
//	./escape_param.go:44:14: q does not escape
//	./escape_param.go:49:2: moved to heap: a
//
// Run `govm build -m examples/escape_param.go`: the same summaries, and in
// main, `moved to heap: a` (passed to store, which leaks it) while b, c and
// d stay on the stack: b is passed to a function that only reads it, c to
// one that returns it into a local of main that does not escape, d's
// address is compared only.
//
// Run `govm run --trace-memory examples/escape_param.go` and look at:
//   - one heap allocation in main, for a (an 8-byte int, moved to heap);
//   - b, c and d are slots in main's frame; the pointers passed to read and
//     identity are stack addresses;
//   - after store returns, the global `sink` holds a's heap address.
package main

var sink *int

func store(p *int) {
	sink = p
}

func read(p *int) int {
	return *p + 1
}

func identity(p *int) *int {
	return p
}

func same(p, q *int) bool {
	return p == q
}

func main() {
	a, b, c, d := 1, 2, 3, 4
	store(&a)
	r := read(&b)
	pc := identity(&c)
	*pc = 30
	println(*sink, r, c, same(&d, &d))
}
