// Type switches (issue 6): several types per case, nil, default,
// interface cases, the clause variable typed per clause.
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c Circle) Area() float64 { return 3 * c.r * c.r }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case string, bool:
		return fmt.Sprint("string or bool ", x)
	case Shape:
		return fmt.Sprint("shape ", x.Area())
	case []int:
		return fmt.Sprint("slice ", len(x))
	default:
		return "other"
	}
}

func main() {
	for _, v := range []any{nil, 1, "s", true, &Sq{2}, Circle{1}, []int{1, 2}, 2.5} {
		fmt.Println(kind(v))
	}
	var s Shape = Circle{2}
	switch s.(type) {
	case *Sq:
		fmt.Println("sq")
	case Circle:
		fmt.Println("circle")
	}
	switch c := s.(type) {
	case Circle:
		fmt.Println(c.r)
	}
}
