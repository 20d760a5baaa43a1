// Stepping across a collection: a list of six nodes on the heap, the last
// three cut off, runtime.GC() frees them. `back` across the cycle brings
// the freed objects back.
package main

import "runtime"

type node struct {
	next *node
	val  int
}

var head *node

func build(n int) {
	for i := n; i > 0; i-- {
		head = &node{next: head, val: i}
	}
}

func main() {
	build(6)
	p := head.next.next
	p.next = nil
	runtime.GC()
	println(head.next.val, p.val)
}
