// Slices: literals, make with len and cap, slicing (including the 3-index
// form), len and cap of each, sharing one backing array, nil versus empty.
package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	lit := []int{1, 2, 3, 4, 5}
	show("lit", lit)
	m1 := make([]int, 3)
	show("make(3)", m1)
	m2 := make([]int, 2, 10)
	show("make(2,10)", m2)

	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:5]
	show("arr[2:5]", s)
	show("arr[:3]", arr[:3])
	show("arr[5:]", arr[5:])
	show("arr[:]", arr[:])
	t := arr[2:4:6]
	show("arr[2:4:6]", t)
	show("s[1:]", s[1:])
	show("s[:cap(s)]", s[:cap(s)])

	s[0] = 20
	t[1] = 30
	fmt.Println("arr after writes through s and t:", arr)
	fill(s[1:], -1)
	fmt.Println("arr after fill:", arr)

	var nilS []int
	empty := []int{}
	made := make([]int, 0)
	fmt.Println(nilS == nil, empty == nil, made == nil)
	fmt.Println(len(nilS), cap(nilS), len(empty), cap(empty))
	fmt.Println(nilS, empty, made)
	fmt.Printf("%v %v %d\n", nilS, empty, nilS)
	for range nilS {
		fmt.Println("never")
	}
	show("nil[:0]", nilS[:0])

	strs := []string{"a", "b", "c", "d"}
	sub := strs[1:3]
	sub[0] = "B"
	fmt.Println(strs, sub, len(sub), cap(sub))
	fmt.Printf("%q\n", strs)

	x := lit[1:3]
	y := x[1:4]
	show("x", x)
	show("y", y)
	y[2] = 500
	fmt.Println(lit)

	b := []byte("hey")
	fmt.Println(b, len(b), string(b[1:]))
}
