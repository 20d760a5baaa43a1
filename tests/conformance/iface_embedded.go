// A method promoted from an interface embedded in a struct: called
// through the embedded interface value.
package main

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * 3 }

type Holder struct {
	Shape
	name string
}

func main() {
	h := Holder{Sq{2}, "h"}
	p := &h
	println(h.Area(), p.Area(), h.Shape.Area())
}
