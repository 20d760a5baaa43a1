// errorcheck -m
// defer (issue 6): a deferred call's arguments are evaluated at the defer
// statement and flow as in a plain call: &p passed to a function that
// keeps nothing does not move p, outside a loop; inside a loop the record
// outlives the iteration, so p moves to the heap. Deferred fmt.Print*
// calls convert their arguments to interfaces as plain calls do, in a
// loop or not. recover's value is already an interface: fmt converts
// nothing. Checked against gc 1.19 -m -l.
package main

import "fmt"

type Point struct{ X, Y int }

func show(p *Point, s []int, name string) { // ERROR "p does not escape" "s does not escape" "leaking param: name"
	fmt.Println(name, len(s), p.X) // ERROR "... argument does not escape" "name escapes to heap" "len\(s\) escapes to heap" "p.X escapes to heap"
}

func once(n int) {
	p := Point{n, n}
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap"
	defer show(&p, s, "once")
	defer fmt.Println("once", n, p) // ERROR "... argument does not escape" ".once. escapes to heap" "n escapes to heap" "p escapes to heap"
	defer println("once", n)
}

func loop(n int) {
	for i := 0; i < n; i++ {
		p := Point{i, i} // ERROR "moved to heap: p"
		defer show(&p, nil, "loop")
		defer fmt.Println("loop", i) // ERROR "... argument does not escape" ".loop. escapes to heap" "i escapes to heap"
	}
}

func loop2(n int) {
	for i := 0; i < n; i++ {
		s := "x"[i:]
		defer println("p", i, s)
		defer fmt.Printf("%d %s\n", i, s) // ERROR "... argument does not escape" "i escapes to heap" "s escapes to heap"
	}
}

func handle() {
	if r := recover(); r != nil {
		fmt.Println(r) // ERROR "... argument does not escape"
	}
}

func main() {
	defer handle()
	once(2)
	loop(2)
	loop2(2)
}
