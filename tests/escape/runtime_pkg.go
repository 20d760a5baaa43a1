// errorcheck -m
// Package runtime (issue 4): gc's tags for its entries. ReadMemStats(m
// *MemStats) keeps nothing, so &m leaves m on the stack and a new
// MemStats does not escape; KeepAlive(x any) keeps nothing either: a value
// that is not pointer-shaped is converted to an interface that "does not
// escape" (reported at the call's '(' for a variable, at the argument
// otherwise), and a pointer passes as it is. GC takes nothing.
package main

import "runtime"

type T struct{ a, b int }

func keep(p *T, s []int, n int) { // ERROR "p does not escape" "s does not escape"
	runtime.KeepAlive(p)
	runtime.KeepAlive(s) // ERROR "s does not escape"
	runtime.KeepAlive(n) // ERROR "n does not escape"
	runtime.KeepAlive(n + 1) // ERROR "n \+ 1 does not escape"
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	pm := new(runtime.MemStats) // ERROR "new\(runtime.MemStats\) does not escape"
	runtime.ReadMemStats(pm)
	p := &T{1, 2} // ERROR "&T{...} does not escape"
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape"
	x := 5
	t := T{3, 4}
	str := "s"
	runtime.GC()
	runtime.KeepAlive(p)
	runtime.KeepAlive(s) // ERROR "s does not escape"
	runtime.KeepAlive(x) // ERROR "x does not escape"
	runtime.KeepAlive(t) // ERROR "t does not escape"
	runtime.KeepAlive(&t)
	runtime.KeepAlive(str) // ERROR "str does not escape"
	runtime.KeepAlive(m) // ERROR "m does not escape"
	runtime.KeepAlive(5) // ERROR "5 does not escape"
	runtime.KeepAlive(x * 2) // ERROR "x \* 2 does not escape"
	keep(p, s, x)
}
