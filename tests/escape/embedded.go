// errorcheck -m
// Promoted fields: gc names them by their full path (n.Base.ID), and a
// path through an embedded pointer dereferences it.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Named struct {
	Base
	Tag string
}

type Linked struct {
	*Base
	Next *Linked
}

var sink *int

func id(n Named) int { return n.ID } // ERROR "n does not escape"

func keepID(l *Linked) { sink = &l.ID } // ERROR "leaking param content: l"

func main() {
	n := Named{Base{1, "one"}, "t"}
	fmt.Println(n.ID, n.Name, id(n)) // ERROR "... argument does not escape" "n.Base.ID escapes to heap" "n.Base.Name escapes to heap" "id\(n\) escapes to heap"
	b := &Base{2, "two"} // ERROR "&Base{...} escapes to heap"
	l := &Linked{Base: b} // ERROR "&Linked{...} does not escape"
	keepID(l)
	fmt.Println(l.Name, *sink) // ERROR "... argument does not escape" "l.Base.Name escapes to heap" "\*sink escapes to heap"
}
