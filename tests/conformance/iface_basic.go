// Interfaces (issue 6): non-empty interfaces with value and pointer
// receivers, calls through itabs, interface-to-interface conversion,
// assertions in both forms, comparisons with interfaces and constants.
package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }
func (q *Sq) Name() string  { return "sq" }

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Named interface{ Name() string }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func describe(n Named) string { return "<" + n.Name() + ">" }

func main() {
	var s Shape = &Sq{3}
	fmt.Println(s.Area(), s.Name())
	s = Rect{2, 5}
	fmt.Println(s.Area(), s.Name())
	shapes := []Shape{&Sq{1}, Rect{1, 2}, &Sq{2}}
	fmt.Println(total(shapes))
	fmt.Println(describe(s), describe(shapes[0]))
	var n Named = s
	fmt.Println(n.Name())
	var a any = 42
	i, ok := a.(int)
	fmt.Println(i, ok)
	str, ok := a.(string)
	fmt.Println(str == "", ok)
	a = "hello"
	fmt.Println(a.(string))
	r, ok := s.(Rect)
	fmt.Println(r.w, ok)
	_, ok = s.(*Sq)
	fmt.Println(ok)
	nn, ok := a.(Named)
	fmt.Println(nn == nil, ok)
	a = Rect{3, 3}
	nn = a.(Named)
	fmt.Println(nn.Name())
	var e1, e2 any = 5, 5
	fmt.Println(e1 == e2, e1 != e2, e1 == 5, a == Rect{3, 3})
	var x Shape
	fmt.Println(x == nil, s != nil)
}
