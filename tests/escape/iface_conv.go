// errorcheck -m
// (issue 6) Conversions to interfaces: a value that is not pointer-shaped
// is boxed, on the heap when the interface escapes ("x escapes to heap"),
// in the frame when it does not; constants are read-only statics; a method
// call through an interface leaks the receiver.
package main

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Big struct{ a, b, c int }

func (g *Big) Area() int { return g.a } // ERROR "g\ does\ not\ escape"

var sink Shape
var anySink any

func store(s Shape) { sink = s } // ERROR "leaking\ param:\ s"

func area(s Shape) int { return s.Area() } // ERROR "leaking\ param:\ s"

func main() {
	q := Sq{2}
	sink = q // ERROR "q\ escapes\ to\ heap"
	_ = area(Sq{3}) // ERROR "Sq\{\.\.\.\}\ escapes\ to\ heap"
	store(Sq{4}) // ERROR "Sq\{\.\.\.\}\ escapes\ to\ heap"
	g := &Big{1, 2, 3} // ERROR "\&Big\{\.\.\.\}\ escapes\ to\ heap"
	_ = area(g)
	var a any = 7 // ERROR "7\ escapes\ to\ heap"
	anySink = a
	n := 300
	anySink = n // ERROR "n\ escapes\ to\ heap"
	s := "text"
	var local any = s // ERROR "s\ does\ not\ escape"
	_ = local
	var e any = 1000 // ERROR "1000\ does\ not\ escape"
	_ = e == 5
}
