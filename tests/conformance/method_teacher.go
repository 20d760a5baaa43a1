// A teacher's method programs (issue 6): shapes with Area and Perimeter
// behind an interface, a Stack type with Push/Pop, Stringers printed by
// fmt, a sort-like interface sorted by a generic-free bubble sort, and
// method values and expressions passed to higher-order functions.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r Rect) String() string      { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (c Circle) Area() float64     { return 3 * c.R * c.R }
func (c Circle) Perimeter() float64 { return 6 * c.R }
func (c *Circle) Grow(k float64)   { c.R *= k }

type Stack struct{ items []int }

func (s *Stack) Push(xs ...int) { s.items = append(s.items, xs...) }

func (s *Stack) Pop() (int, error) {
	if len(s.items) == 0 {
		return 0, errors.New("pop from empty stack")
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, nil
}

func (s Stack) Len() int { return len(s.items) }

func (s *Stack) String() string {
	parts := make([]string, 0, len(s.items))
	for _, x := range s.items {
		parts = append(parts, fmt.Sprint(x))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func bubble(s Sortable) {
	for i := 0; i < s.Len(); i++ {
		for j := 0; j+1 < s.Len()-i; j++ {
			if s.Less(j+1, j) {
				s.Swap(j, j+1)
			}
		}
	}
}

func total(shapes []Shape, measure func(Shape) float64) float64 {
	t := 0.0
	for _, s := range shapes {
		t += measure(s)
	}
	return t
}

func each(xs []float64, f func(float64)) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	c := &Circle{1}
	shapes := []Shape{Rect{3, 4}, c, Rect{1, 1}, Circle{2}}
	fmt.Println(total(shapes, Shape.Area), total(shapes, Shape.Perimeter))
	each([]float64{2, 0.5}, c.Grow)
	fmt.Println(c.R, c.Area())
	bubble(ByArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%v %.1f\n", s, s.Area())
	}
	var st Stack
	st.Push(1, 2, 3)
	push := st.Push
	push(4)
	fmt.Println(&st, st.Len(), Stack.Len(st))
	for {
		x, err := st.Pop()
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	var sr fmt.Stringer = &st
	st.Push(9)
	fmt.Println(sr, sr.String(), fmt.Stringer.String(Rect{2, 5}))
}
