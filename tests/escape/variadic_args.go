// errorcheck -m
// Variadic calls (issue 6, func): f(a, b) packs its extra arguments in a
// new slice, "... argument", on the stack unless the callee keeps it;
// f() passes nil (nothing to report); f(s...) passes s itself.
// Checked against gc 1.19 -m -l.
package main

var saved []int

func sum(xs ...int) int { // ERROR "xs does not escape"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keep(xs ...int) { // ERROR "leaking param: xs"
	saved = xs
}

func first(xs ...*int) *int { // ERROR "leaking param: xs to result ~r0 level=1"
	return xs[0]
}

func main() {
	a, b := 1, 2
	println(sum(), sum(1, 2, 3)) // ERROR "\.\.\. argument does not escape"
	keep(4, 5) // ERROR "\.\.\. argument escapes to heap"
	s := []int{6, 7} // ERROR "\[\]int\{\.\.\.\} escapes to heap"
	println(sum(s...))
	keep(s...)
	p := first(&a, &b) // ERROR "\.\.\. argument does not escape"
	println(*p)
}
