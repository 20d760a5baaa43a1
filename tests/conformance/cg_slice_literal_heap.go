// Slice literals and []byte("const") whose backing arrays escape (gc
// allocates them as one [n]T object with runtime.newobject) and whose
// arrays stay in the frame; an empty literal is non-nil.
package main

import "fmt"

type P struct{ x, y int }

var keep [][]int
var bkeep []byte

func lits(n int) []int {
	s := []int{n, n + 1, n + 2}
	keep = append(keep, s)
	return s
}

func local(n int) int {
	s := []int{n, 2 * n, 3 * n}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	a := lits(1)
	b := lits(10)
	a[0] = 100
	fmt.Println(a, b, keep, len(a), cap(a))
	fmt.Println(local(4))
	ps := []*P{{1, 2}, {3, 4}}
	ps[1].y = 40
	fmt.Println(*ps[0], *ps[1], len(ps))
	bkeep = []byte("hello, world")
	bkeep[0] = 'H'
	fmt.Println(string(bkeep), len(bkeep), cap(bkeep))
	small := []byte("abc")
	small[2] = 'C'
	fmt.Println(string(small), cap(small))
	e := []int{}
	fmt.Println(e == nil, len(e), cap(e))
	words := []string{"x", "yy", "zzz"}
	keepw := words[1:]
	words[2] = "Z"
	fmt.Println(keepw, len(keepw), cap(keepw))
	nested := [][]int{{1}, {2, 3}, {}}
	fmt.Println(nested, len(nested[2]))
}
