// Structs: keyed and positional literals, zero values, comparison with ==,
// copy by value on assignment and calls, nested structs, arrays of structs,
// struct fields of array type, and anonymous struct types.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Grid struct {
	Cells [4]int
	Tag   string
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r Rect) Rect {
	r.Max.X++
	r.Max.Y++
	return r
}

func main() {
	var z Point
	a := Point{1, 2}
	b := Point{Y: 2, X: 1}
	c := Point{X: 5}
	fmt.Println(z, a, b, c)
	fmt.Println("a == b:", a == b, "a == c:", a == c, "z == Point{}:", z == Point{})

	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	r2 := r
	r2.Max.X = 10
	r2.Name = "r2"
	fmt.Println(r, r2)
	fmt.Println("areas:", area(r), area(r2), area(grow(r)), area(r))
	fmt.Printf("%v\n%+v\n", r, r2)

	pts := [3]Point{{1, 1}, {2, 2}}
	pts[2].X = 9
	pts[0] = pts[1]
	pts[1].Y = 7
	fmt.Println(pts)

	var g Grid
	g.Cells[2] = 5
	h := g
	h.Cells[0] = 1
	h.Tag = "copy"
	fmt.Println(g, h, g == h)
	h.Cells[0] = 0
	h.Tag = ""
	fmt.Println(g == h)

	anon := struct {
		Name string
		Age  int
	}{"gopher", 13}
	fmt.Println(anon, anon.Name, anon.Age)
	fmt.Printf("%+v\n", anon)

	same := struct{ X, Y int }{1, 2}
	fmt.Println(Point(same) == a)

	rects := []Rect{r, r2}
	total := 0
	for _, x := range rects {
		total += area(x)
		x.Name = "changed"
	}
	fmt.Println(total, rects[0].Name, rects[1].Name)
}
