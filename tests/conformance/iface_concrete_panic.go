// x.(T) of a non-empty interface holding another type.
package main

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circle struct{ r float64 }

func (q Sq) Area() float64     { return q.s * q.s }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func main() {
	var s Shape = Sq{2}
	q := s.(Sq)
	println(q.s)
	c, ok := s.(*Circle)
	println(c == nil, ok)
	_ = s.(*Circle)
}
