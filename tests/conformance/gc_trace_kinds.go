// The collector's trace events (issue 4): tests/run-trace-json.py runs this
// program with --trace-memory=gc-mark so that one small trace holds every
// kind the collector emits: gc-start, gc-roots, gc-grey and gc-black (a
// live list reached from a global, then from the stack), free (a list
// dropped before the collection), gc-end, and shrink (a stack grown deep by
// a recursion that has returned is halved after each cycle). What it prints
// does not depend on the collector: Go and govm agree on it.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
}

var kept *node

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, val: i}
	}
	return head
}

func sum(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val
	}
	return s
}

// deep takes about 200 bytes of stack per call.
func deep(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[n%16]
}

func main() {
	kept = build(3)
	_ = build(4) // garbage at once: freed by the first cycle
	local := build(2)
	fmt.Println("deep:", deep(200))
	runtime.GC()
	runtime.GC()
	fmt.Println("kept:", sum(kept), "local:", sum(local))
}
