// A global struct with an array field, slices of structs, map of slices, nested arrays, append(s[:1], s[2:]...), range over *array, map with struct keys.
package main

import "fmt"

type P struct {
	N string
	A [2]int
	M map[string][]int
}

var g P
var gs []P

func main() {
	g.N = "glob"
	g.A[1] = 4
	i := 0
	g.A[i] += 3
	gs = append(gs, g, P{N: "b"})
	gs[1].A[0] = 9
	fmt.Println(g.N, g.A, len(gs), gs[1].A, gs[0].N == "glob")
	x, y := P{N: "s", A: [2]int{1, 2}}, P{N: "s", A: [2]int{1, 2}}
	fmt.Println(x.N == y.N, x.A == y.A)
	m := map[string][]int{}
	m["a"] = append(m["a"], 1, 2)
	m["a"][0] = 5
	fmt.Println(m["a"], len(m["a"]))
	grid := [3][3]int{}
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			grid[r][c] = r*3 + c
		}
	}
	fmt.Println(grid)
	s := []int{1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	var np *int
	fmt.Println(np == nil, s != nil)
	pa := &[3]int{1, 2, 3}
	for i, v := range pa {
		pa[i] = v * v
	}
	fmt.Println(pa[2], len(pa), *pa)
	bs := []byte("abc")
	fmt.Println(string(bs[1:]), string(rune(0x4e16)))
	type pair struct{ a, b int }
	ps := map[pair]bool{{1, 2}: true}
	fmt.Println(ps[pair{1, 2}], ps[pair{2, 1}])
}
