// Pointers into slices and arrays: &s[i] aliases the element while the
// backing array stays the same; after an append that reallocates, the old
// pointer still points into the old array; pointers to array elements
// inside structs; a slice of pointers versus a slice of values; a pointer
// to an array used with indexing, len and slicing.
package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

func main() {
	s := make([]int, 2, 2)
	p := &s[1]
	*p = 5
	fmt.Println(s)
	s = append(s, 7)
	*p = 6
	fmt.Println(s, *p)

	items := []Item{{"a", 1}, {"b", 2}}
	first := &items[0]
	first.Qty += 10
	for _, it := range items {
		it.Qty = 0
	}
	fmt.Println(items)
	for i := range items {
		items[i].Qty *= 2
	}
	fmt.Println(items, first.Qty)

	ptrs := []*Item{}
	for i := range items {
		ptrs = append(ptrs, &items[i])
	}
	ptrs[1].Name = "B"
	fmt.Println(items[1].Name, *ptrs[0])

	vals := []Item{}
	for _, it := range items {
		vals = append(vals, it)
	}
	vals[0].Name = "changed"
	fmt.Println(items[0].Name, vals[0].Name)

	var grid struct {
		Cells [3]int
	}
	c := &grid.Cells[2]
	*c = 8
	fmt.Println(grid)

	arr := [4]int{1, 2, 3, 4}
	pa := &arr
	pa[3] = 40
	sub := pa[1:3]
	sub[0] = 20
	fmt.Println(arr, len(pa), cap(sub))
	pb := pa
	pb[0] = 10
	fmt.Println(arr[0], pa == pb)
	copyArr := *pa
	copyArr[0] = 0
	fmt.Println(arr[0], copyArr[0])

	pp := []*int{new(int), new(int)}
	*pp[0] = 3
	alias := pp[0]
	*alias++
	fmt.Println(*pp[0], *pp[1], pp[0] == alias, pp[0] == pp[1])
}
