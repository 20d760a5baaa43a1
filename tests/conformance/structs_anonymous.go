// Struct types without a type declaration: struct literals of an anonymous
// type, assignability between identical anonymous types, comparison, copy
// by value, pointers to them, arrays and slices of them, and fmt printing.
package main

import "fmt"

func area(r struct{ W, H int }) int {
	return r.W * r.H
}

func scale(r *struct{ W, H int }, k int) {
	r.W *= k
	r.H *= k
}

func main() {
	r := struct{ W, H int }{3, 4}
	var s struct{ W, H int }
	fmt.Println(r, s, r == s)
	s = r
	s.W = 10
	fmt.Println(r, s, area(r), area(s))
	scale(&r, 2)
	fmt.Println(r)
	p := &r
	p.H++
	fmt.Println(r.H, (*p).H)

	people := []struct {
		Name string
		Age  int
	}{{"ann", 30}, {"bob", 25}, {Name: "cy"}}
	total := 0
	for _, q := range people {
		total += q.Age
	}
	people[2].Age = 1
	fmt.Println(total, people)
	fmt.Printf("%+v\n", people[0])

	var grid [2]struct {
		On    bool
		Count int
	}
	grid[1].On = true
	grid[1].Count = 3
	g2 := grid
	g2[0].Count = 9
	fmt.Println(grid, g2, grid == g2)

	nested := struct {
		ID  int
		Pos struct{ X, Y int }
		Tag [2]string
	}{ID: 1}
	nested.Pos.X = 5
	nested.Tag[1] = "t"
	fmt.Printf("%v %+v\n", nested, nested)
	cp := nested
	cp.Tag[0] = "copy"
	fmt.Println(nested.Tag, cp.Tag, nested == cp)
	var empty struct{}
	fmt.Println(empty, empty == struct{}{})
}
