// Tuple assignment in Go's two phases: index operands and pointer
// indirections on the left and the values on the right first, then the
// assignments left to right (spec "Assignment statements"); calls on the
// left run before calls on the right.
package main

import "fmt"

type T struct{ x, y int }

func f(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func main() {
	// The spec's examples.
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 2 // i = 1, x[0] = 2
	fmt.Println(i, x)
	i = 0
	x[i], i = 3, 2 // x[0] = 3, i = 2
	fmt.Println(i, x)
	x[0], x[0] = 4, 5 // x[0] = 5
	fmt.Println(x)

	// Calls: the left side's first, then the right side's.
	x[f("i", 0)], x[f("j", 1)] = f("x", 10), f("y", 20)
	fmt.Println(x)

	// A pointer's target is fixed before any assignment.
	p := &T{1, 2}
	q := &T{3, 4}
	p, p.x = q, 9
	fmt.Println(*p, *q)

	// Writing through a pointer does not change a value read on the right.
	n := 7
	pn := &n
	var m int
	*pn, m = 8, n
	fmt.Println(n, m)

	// Fibonacci-style and struct swaps.
	u, v := 0, 1
	for k := 0; k < 10; k++ {
		u, v = v, u+v
	}
	fmt.Println(u, v)
	s1, s2 := T{1, 2}, T{3, 4}
	s1, s2 = s2, s1
	fmt.Println(s1, s2)
	s1.x, s1.y = s1.y, s1.x
	fmt.Println(s1)

	// Arrays: the index is fixed before the assignments.
	var arr [4]int
	j := 1
	j, arr[j] = 3, 11
	arr[j], j = 12, 0
	fmt.Println(arr, j)

	// Maps: the key as it was.
	mm := map[string]int{}
	key := "a"
	key, mm[key] = "b", 1
	mm[key], key = 2, "c"
	fmt.Println(mm, key)

	// Slices: the slice header as it was.
	sl := []int{1, 2, 3}
	old := sl
	sl, sl[0] = []int{9}, 100
	fmt.Println(sl, old)
	_, sl[0] = f("blank", 0), 5
	fmt.Println(sl)
}
