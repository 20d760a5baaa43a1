// gc_gogc.go: a heap that grows and shrinks, and how GOGC paces it.
//
// The program goes through phases: it builds a large table of records
// (the live heap grows), replaces them (garbage at the same live size),
// releases most of them (the live heap shrinks) and churns again. Run it
// with GODEBUG=gctrace=1 to see one line per collection, and with
// different GOGC values:
//
//   GODEBUG=gctrace=1 govm run examples/gc_gogc.go
//   GODEBUG=gctrace=1 govm run --gogc 50 examples/gc_gogc.go
//   GODEBUG=gctrace=1 govm run --gogc 400 examples/gc_gogc.go
//   GODEBUG=gctrace=1 govm run --gogc off examples/gc_gogc.go
//
// Each gctrace line's "A->B->C MB" is the heap when the cycle started and
// after it, and "D MB goal" the goal that triggered it: the next goal is
// the live heap plus GOGC% of (live heap + stacks + globals), at least
// 4 MiB * GOGC/100. A smaller GOGC collects more often and keeps the heap
// smaller; GOGC=off never collects on its own (only runtime.GC() does).
//
// The program prints only relations that hold whatever the numbers, so
// that govm and real Go print the same (real Go's runtime allocates objects
// of its own, and its pacer differs in detail): whether the phase collected
// on its own (NumGC grew by more than the one forced cycle at its end), and
// whether the live heap measured after that forced cycle is the records'
// slots (1 KiB each) give or take 1 MiB.
package main

import (
	"fmt"
	"runtime"
)

type record struct {
	id      int
	payload [120]int // 968 bytes: a 1 KiB slot
}

var table []*record

// fill allocates n records into the table, round robin: once the table is
// full, each new record makes an old one garbage.
func fill(n, from int) {
	for i := 0; i < n; i++ {
		table[i%len(table)] = &record{id: from + i}
	}
}

func report(phase string, live int, last *runtime.MemStats) {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	records := uint64(live) << 10
	fmt.Println(phase, "collected on its own:", m.NumGC-last.NumGC > 1,
		"live heap is the records:", m.HeapAlloc >= records && m.HeapAlloc < records+1<<20)
	*last = m
}

// The phases are functions of their own because govm has no liveness
// analysis: a temporary in main's frame holding the first table would keep
// its array, and so every record, alive until main returns (Go knows the
// temporary is dead). A frame that has returned holds nothing.

// grow makes a table of n records.
func grow(n int) {
	table = make([]*record, n)
	fill(n, 0)
}

// shrink keeps the first n records in a new, smaller table: the old
// table's array and the other records become garbage.
func shrink(n int) {
	table = append([]*record(nil), table[:n]...)
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)

	grow(8000) // 8000 records live: about 8 MiB
	report("grow:", 8000, &m)

	fill(32000, 8000) // 32000 more, still 8000 live
	report("churn:", 8000, &m)

	shrink(500) // 500 live
	report("shrink:", 500, &m)

	fill(8000, 40000) // churn at the small size: the goal is back near 4 MiB
	report("small:", 500, &m)
}
