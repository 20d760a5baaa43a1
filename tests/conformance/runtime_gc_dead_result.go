// Package runtime (issue 4): a call result the program drops (`_ = f()`)
// is dead at once, as is every temporary of a finished statement: the
// collector must not keep what it points to alive, even while the
// function that called f is still running.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [8]int
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head}
	}
	return head
}

func garbage() {
	_ = build(5000)
}

func main() {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	_ = build(5000)
	runtime.GC()
	runtime.ReadMemStats(&b)
	fmt.Println("dropped result freed:", b.Frees >= a.Frees+5000)
	garbage()
	runtime.GC()
	runtime.ReadMemStats(&a)
	fmt.Println("garbage() freed:", a.Frees >= b.Frees+5000)
	fmt.Println("heap did not keep the list:", a.HeapAlloc < b.HeapAlloc+5000*80/2)
}
