// Slice aliasing: two appends to one slice with spare capacity write the
// same element; an append past capacity detaches the result; the delete
// and insert idioms built from append and copy; range evaluates the slice
// once, so appending inside the loop does not extend it; filtering in
// place reuses the backing array.
package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func evens(s []int) []int {
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	base := make([]int, 3, 5)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a, b, a[3] == b[3])
	c := append(base[:3:3], 3)
	c[0] = 9
	fmt.Println(base, c, cap(base[:3:3]))

	s := []int{0, 1, 2, 3, 4, 5}
	t := remove(s, 2)
	fmt.Println(t, s)
	u := insert([]int{10, 20, 30}, 1, 15)
	fmt.Println(u, len(u))
	v := insert(u[:2], 0, 5)
	fmt.Println(v, u)

	grow := []int{1, 2, 3}
	for i, x := range grow {
		grow = append(grow, x*10)
		if i > 10 {
			break
		}
	}
	fmt.Println(grow)

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8}
	ev := evens(nums)
	fmt.Println(ev, nums)

	m := [][]int{{1, 2}, {3, 4}}
	row := m[0]
	m[0] = append(m[0], 99)
	row[0] = -1
	fmt.Println(m, row)

	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:3]
	sl = append(sl, 100)
	fmt.Println(arr, sl)
	sl = append(sl, 200, 300)
	sl[0] = 0
	fmt.Println(arr, sl)

	var stack []string
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack, len(stack), cap(stack))
	stack = append(stack, "d")
	fmt.Println(stack)
}
