// A list of six nodes held by a global; the last three are cut off and a
// runtime.GC() frees exactly them: the trace shows the roots (the global in
// bss), the three free lines and the cycle's end.
package main

import (
	"fmt"
	"runtime"
)

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

// cut keeps the first n nodes.
func cut(n int) {
	p := head
	for i := 1; i < n; i++ {
		p = p.next
	}
	p.next = nil
}

func main() {
	build(6)
	cut(3)
	runtime.GC()
	for p := head; p != nil; p = p.next {
		fmt.Println(p.val)
	}
}
