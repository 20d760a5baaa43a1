// Variadic functions (issue 6, func): f(), f(1, 2, 3) (the implicit
// slice), f(s...) (the caller's slice itself, shared), fixed parameters
// before the variadic one, variadic func values and closures.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(name string, xs ...int) string {
	return fmt.Sprint(name, len(xs), cap(xs), xs == nil, xs)
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func keep(xs ...string) []string { return xs }

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	fmt.Println(describe("none"))
	fmt.Println(describe("three", 1, 2, 3))
	s := []int{5, 6, 7}
	fmt.Println(sum(s...), describe("spread", s...))
	zeroFirst(s...)
	fmt.Println(s)
	zeroFirst(9, 8)
	var empty []int
	fmt.Println(sum(empty...), describe("nil", empty...))
	kept := keep("a", "b")
	fmt.Println(kept, len(kept))
	fmt.Println(join("-", "x", "y", "z"), join(","), join("+", []string{"p", "q"}...))

	f := sum
	fmt.Println(f(4, 4), f())
	var g func(string, ...string) string = join
	fmt.Println(g("/", "usr", "lib"))
	mx := func(first int, rest ...int) int {
		m := first
		for _, r := range rest {
			if r > m {
				m = r
			}
		}
		return m
	}
	fmt.Println(mx(3), mx(3, 9, 4), mx(1, s...))
	fmt.Printf("%T %T\n", sum, mx)
}
