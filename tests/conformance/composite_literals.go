// Composite literals and named composite types: elided &T in []*T,
// map[K]*T and [N]*T literals; slices of slices of structs; conversion
// between a named slice type and its underlying type (same backing array);
// named array types compared and copied; arrays of slices (the slices are
// shared by a copy); struct values in maps updated by copy-modify-store;
// %T of named types, including one declared inside a function.
package main

import "fmt"

type P struct{ X, Y int }
type Ps []P
type Names [3]string

func sum(ps Ps) (t int) {
	for _, p := range ps {
		t += p.X + p.Y
	}
	return
}

func main() {
	ptrs := []*P{{1, 2}, {3, 4}, nil}
	fmt.Println(*ptrs[0], *ptrs[1], ptrs[2] == nil)
	mp := map[string]*P{"a": {5, 6}}
	mp["a"].X++
	fmt.Println(*mp["a"])
	arrp := [2]*P{{7, 8}}
	fmt.Println(*arrp[0], arrp[1])
	nested := [][]P{{{1, 1}}, {{2, 2}, {3, 3}}}
	fmt.Println(nested, sum(nested[1]))
	ps := Ps(nested[1])
	ps[0].X = 20
	fmt.Println(nested[1], sum(ps), []P(ps))
	n1 := Names{"a", "b", "c"}
	n2 := n1
	n2[2] = "C"
	fmt.Println(n1 == n2, n1 != n2, n1, n2)
	as := [2][]int{{1}, {2, 3}}
	as2 := as
	as2[1][0] = 20
	as2[0] = nil
	fmt.Println(as, as2)
	sw := []byte("two")
	switch string(sw) {
	case "one":
		fmt.Println(1)
	case "two":
		fmt.Println(2)
	}
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
	for _, v := range s[:2] {
		s[1] = v * 100
	}
	fmt.Println(s)
	type Pair struct {
		K string
		V []int
	}
	pairs := []Pair{{"a", []int{1}}, {K: "b"}}
	pairs[1].V = append(pairs[1].V, 2, 3)
	cp := pairs[1]
	cp.V[0] = 99
	fmt.Printf("%+v %v\n", pairs, cp)
	var zero Pair
	fmt.Println(zero.V == nil, zero)
	mm := map[string]Pair{}
	mm["x"] = Pair{"x", nil}
	v := mm["x"]
	v.V = append(v.V, 1)
	mm["x"] = v
	fmt.Println(mm, len(mm["y"].V))
	grid := [3][3]rune{}
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = '#'
	for _, row := range grid {
		fmt.Println(string(row[:]))
	}
	b := [4]byte{'a', 'b'}
	fmt.Printf("%q %v\n", string(b[:2]), b)
	ss := make([][]string, 2)
	ss[0] = append(ss[0], "x")
	fmt.Println(ss, len(ss[1]), ss[1] == nil)
	type Matrix [2][2]int
	id := Matrix{{1, 0}, {0, 1}}
	var z Matrix
	fmt.Println(id == Matrix{{1, 0}, {0, 1}}, z == Matrix{}, id)
	fmt.Printf("%T %T %T\n", id, ps, n1)
}
