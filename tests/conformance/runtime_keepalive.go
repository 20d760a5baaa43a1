// Package runtime (issue 4): runtime.KeepAlive takes any value (it is
// converted to an interface) and does nothing but keep it reachable up to
// the call: values reached only through the argument survive the
// collections before it.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	p    *int
	s    []string
	name string
}

func main() {
	x := new(int)
	*x = 42
	s := make([]int, 100)
	s[99] = 7
	t := T{p: new(int), s: []string{"a", "b"}, name: "t"}
	*t.p = 5
	m := map[string]int{"k": 1}
	runtime.GC()
	runtime.GC()
	fmt.Println(*x, s[99], *t.p, t.s[1], t.name, m["k"])
	runtime.KeepAlive(x)
	runtime.KeepAlive(s)
	runtime.KeepAlive(t)
	runtime.KeepAlive(&t)
	runtime.KeepAlive(m)
	runtime.KeepAlive(3)
	runtime.KeepAlive("str")
	runtime.KeepAlive(len(s) + 1)
	fmt.Println("done")
}
