// The lesson of docs/stepping.md: a value that stays in its frame, one that
// escapes to the heap, and garbage that the collector frees.
package main

import "runtime"

type point struct{ x, y int }

func onStack() int {
	p := point{1, 2}
	return p.x + p.y
}

func onHeap() *point {
	p := point{3, 4}
	return &p
}

func main() {
	a := onStack()
	b := onHeap()
	for i := 0; i < 3; i++ {
		onHeap()
	}
	runtime.GC()
	println(a, b.y)
}
