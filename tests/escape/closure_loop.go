// errorcheck -m
// Closures capturing loop variables (issue 6, func). govm follows Go 1.22:
// each iteration has its own loop variables, so a closure made in an
// iteration captures that iteration's variable, by value when nothing
// assigns it after the capture; gc 1.19 (the installed oracle) had one
// variable per loop and moved it to the heap (annotated where they differ).
// A variable declared in the body is new each iteration in both.
package main

var fs []func() int

func perIteration(xs []int) { // ERROR "leaking param content: xs"
	for _, v := range xs { // govm differs: Go 1.22 gives each iteration its own v, defined once and captured by value (gc 1.19: one v per loop, reassigned by range, so captured by reference and moved)
		fs = append(fs, func() int { return v }) // ERROR "func literal escapes to heap"
	}
}

func counted(n int) {
	for i := 0; i < n; i++ { // govm differs: Go 1.22 copies i into each iteration, where i++ precedes the capture in straight-line code, so i is captured by value (gc 1.19: one i, reassigned, moved)
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap"
	}
}

func bodyVar(n int) {
	for i := 0; i < n; i++ {
		w := i * 2
		fs = append(fs, func() int { return w }) // ERROR "func literal escapes to heap"
	}
}

func calledInLoop(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		func() { sum += i }() // ERROR "func literal does not escape"
	}
	return sum
}

func main() {
	perIteration([]int{1, 2}) // ERROR "\[\]int\{\.\.\.\} does not escape"
	counted(2)
	bodyVar(2)
	println(calledInLoop(3), len(fs))
}
