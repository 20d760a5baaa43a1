// Package runtime (issue 4): runtime.GC and runtime.ReadMemStats. Prints
// only relations that hold in Go and in govm whatever the numbers are:
// a cycle completes before runtime.GC returns (NumGC grows), NumForcedGC
// counts the runtime.GC calls, and MemStats' own invariants (Go's
// mstats.go comments) hold in every snapshot.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  [8]int
}

var keep *node

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head}
		head.val[0] = i
	}
	return head
}

// A list dropped as soon as it is built (in a frame that has returned).
func garbage() {
	_ = build(5000)
}

func invariants(label string, m *runtime.MemStats) {
	fmt.Println(label, "Mallocs-Frees == HeapObjects:", m.Mallocs-m.Frees == m.HeapObjects)
	fmt.Println(label, "Alloc == HeapAlloc:", m.Alloc == m.HeapAlloc)
	fmt.Println(label, "TotalAlloc >= HeapAlloc:", m.TotalAlloc >= m.HeapAlloc)
	fmt.Println(label, "HeapInuse >= HeapAlloc:", m.HeapInuse >= m.HeapAlloc)
	fmt.Println(label, "HeapSys >= HeapInuse:", m.HeapSys >= m.HeapInuse)
	fmt.Println(label, "Sys >= HeapSys:", m.Sys >= m.HeapSys)
	fmt.Println(label, "Mallocs >= Frees:", m.Mallocs >= m.Frees)
	fmt.Println(label, "EnableGC:", m.EnableGC, "DebugGC:", m.DebugGC)
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	invariants("start", &before)

	keep = build(1000)
	garbage()
	runtime.GC()
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	invariants("after", &after)

	fmt.Println("NumGC grew by at least 3:", after.NumGC >= before.NumGC+3)
	fmt.Println("NumForcedGC grew by exactly 3:", after.NumForcedGC == before.NumForcedGC+3)
	fmt.Println("NumGC >= NumForcedGC:", after.NumGC >= after.NumForcedGC)
	fmt.Println("Mallocs grew:", after.Mallocs >= before.Mallocs+6000)
	fmt.Println("TotalAlloc grew:", after.TotalAlloc > before.TotalAlloc)
	fmt.Println("something was freed:", after.Frees > before.Frees)
	fmt.Println("LastGC set:", after.LastGC > 0)
	fmt.Println("NextGC set:", after.NextGC > 0)

	// The live list survived the cycles.
	n, sum := 0, 0
	for p := keep; p != nil; p = p.next {
		n++
		sum += p.val[0]
	}
	fmt.Println("live list:", n, sum)
}
