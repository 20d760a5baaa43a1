// Method expressions of every form (issue 6): T.M, (*T).M of a pointer
// method, (*T).M of a value method (gc's wrapper main.(*T).M), promoted
// methods through embedded structs and pointers, and interface method
// expressions I.M (a func taking the interface first), as values and
// called directly, variadic ones included.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p Point) Sum(xs ...int) int {
	s := p.X + p.Y
	for _, x := range xs {
		s += x
	}
	return s
}

type Named struct {
	Point
	Name string
}

type PNamed struct {
	*Point
	Tag int
}

type Adder interface{ Add(q Point) Point }

type Summer interface {
	Sum(xs ...int) int
}

func apply(f func(Point, Point) Point, a, b Point) Point { return f(a, b) }

func main() {
	p := Point{1, 2}
	add := Point.Add
	fmt.Println(add(p, Point{10, 20}))
	fmt.Println(apply(Point.Add, p, p))
	scale := (*Point).Scale
	scale(&p, 3)
	fmt.Println(p)
	addp := (*Point).Add // gc's main.(*Point).Add wrapper
	fmt.Println(addp(&p, Point{1, 1}))
	fmt.Println((*Point).String(&p), Point.String(p))
	str := fmt.Stringer.String
	fmt.Println(str(p), str(&p))
	ad := Adder.Add
	fmt.Println(ad(p, Point{5, 5}), Adder.Add(&p, Point{0, 1}))
	n := Named{Point{4, 5}, "n"}
	fmt.Println(Named.Add(n, Point{1, 1}), (*Named).Add(&n, Point{2, 2}))
	ns := (*Named).Scale
	ns(&n, 2)
	fmt.Println(n.Point, Named.String(n))
	pn := PNamed{&Point{7, 8}, 1}
	PNamed.Scale(pn, 10)
	fmt.Println(*pn.Point, PNamed.Add(pn, Point{1, 1}), (*PNamed).Sum(&pn, 1))
	fmt.Println(Point.Sum(p), Point.Sum(p, 1, 2), (*Point).Sum(&p, []int{3, 4}...))
	sum := Summer.Sum
	fmt.Println(sum(p), sum(p, 100), sum(&p, []int{1}...), Summer.Sum(n, 5, 5))
	fs := []func(Point) string{Point.String, func(q Point) string { return "lit" }}
	for _, f := range fs {
		fmt.Println(f(Point{9, 9}))
	}
	fmt.Printf("%T\n%T\n%T\n", Point.Add, (*Point).Scale, Adder.Add)
}
