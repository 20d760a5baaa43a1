// errorcheck -m
// An address returned from a function outlives its frame: the variable
// (or the allocation) moves to the heap.
package main

import "fmt"

type Point struct{ X, Y int }

func newInt() *int {
	x := 42 // ERROR "moved to heap: x"
	return &x
}

func newPoint(x, y int) *Point {
	return &Point{x, y} // ERROR "&Point{...} escapes to heap"
}

func viaNew() *int {
	p := new(int) // ERROR "new\(int\) escapes to heap"
	*p = 7
	return p
}

func field() *int {
	var pt Point // ERROR "moved to heap: pt"
	return &pt.Y
}

func element() *int {
	var a [4]int // ERROR "moved to heap: a"
	return &a[2]
}

func sliceOfArray() []int {
	var a [8]int // ERROR "moved to heap: a"
	return a[2:5]
}

func notReturned() int {
	x := 5
	p := &x
	return *p
}

func main() {
	p := newInt()
	q := newPoint(1, 2)
	r := viaNew()
	println(*p, q.X, *r, *field(), *element(), len(sliceOfArray()), notReturned())
	fmt.Println("done") // ERROR "... argument does not escape" ".done. escapes to heap"
}
