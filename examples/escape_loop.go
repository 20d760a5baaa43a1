// escape_loop.go: a variable declared inside a loop body is a new variable
// on every iteration. If its address outlives the iteration (kept in a
// slice that outlives the loop), every iteration's variable is moved to the
// heap: one allocation per iteration. If the address is only used within
// the iteration, the variable is a stack slot reused every time.
//
// `go build -gcflags='-m -l'` (Go 1.19) prints:
//
//	./escape_loop.go:36:3: moved to heap: v
//	./escape_loop.go:34:13: make([]*int, 0, 4) escapes to heap
//	./escape_loop.go:41:13: p does not escape
//
// Run `govm build -m examples/escape_loop.go`: `moved to heap: v` in
// collect (the slice kept in a global holds &v), nothing for w in
// sumSquares; the backing array of `make([]*int, 0, 4)` escapes as well,
// since it is kept in the global.
//
// Run `govm run --trace-memory examples/escape_loop.go` and look at:
//   - in main.collect, four heap allocations of an 8-byte int, one per
//     iteration, at four different addresses, plus one for the slice's
//     backing array (4 pointers, 32 bytes);
//   - in main.sumSquares, no allocation: w is one slot in the frame;
//   - the values printed at the end are 0, 10, 20, 30: each pointer kept
//     its own iteration's variable.
//
// (Taking the address of the loop variable i itself is avoided: Go 1.22
// made it per-iteration, while this Go 1.19 shares it; v is per-iteration
// in every version.)
package main

var kept []*int

func collect() {
	kept = make([]*int, 0, 4)
	for i := 0; i < 4; i++ {
		v := i * 10
		kept = append(kept, &v)
	}
}

func square(p *int) int {
	return *p * *p
}

func sumSquares(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		w := i
		total += square(&w)
	}
	return total
}

func main() {
	collect()
	for i := 0; i < len(kept); i++ {
		println(*kept[i])
	}
	println("sum of squares:", sumSquares(4))
}
