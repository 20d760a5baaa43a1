// Package runtime (issue 4): runtime.MemStats has Go 1.19's layout, so its
// size and field offsets are gc's (the one float64, GCCPUFraction, is
// declared: its offset may be taken, but govm refuses to read it).
// BySize[i].Size are Go's size classes; a fresh MemStats is all zero.
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

func main() {
	var m runtime.MemStats
	fmt.Println("Sizeof:", unsafe.Sizeof(m), unsafe.Alignof(m))
	fmt.Println("Alloc:", unsafe.Offsetof(m.Alloc), "HeapObjects:", unsafe.Offsetof(m.HeapObjects))
	fmt.Println("PauseTotalNs:", unsafe.Offsetof(m.PauseTotalNs), "PauseNs:", unsafe.Offsetof(m.PauseNs))
	fmt.Println("PauseEnd:", unsafe.Offsetof(m.PauseEnd), "NumGC:", unsafe.Offsetof(m.NumGC))
	fmt.Println("NumForcedGC:", unsafe.Offsetof(m.NumForcedGC), "GCCPUFraction:", unsafe.Offsetof(m.GCCPUFraction))
	fmt.Println("EnableGC:", unsafe.Offsetof(m.EnableGC), "DebugGC:", unsafe.Offsetof(m.DebugGC))
	fmt.Println("BySize:", unsafe.Offsetof(m.BySize), len(m.BySize), unsafe.Sizeof(m.BySize[0]))
	fmt.Println("BySize fields:", unsafe.Offsetof(m.BySize[0].Size), unsafe.Offsetof(m.BySize[0].Mallocs),
		unsafe.Offsetof(m.BySize[0].Frees))
	fmt.Println("fresh:", m.NumGC, m.HeapAlloc, m.EnableGC, m.BySize[5].Size)

	runtime.ReadMemStats(&m)
	fmt.Println("size classes:", m.BySize[0].Size, m.BySize[1].Size, m.BySize[2].Size, m.BySize[10].Size,
		m.BySize[60].Size)

	// A MemStats on the heap, and one inside a larger struct.
	p := new(runtime.MemStats)
	runtime.ReadMemStats(p)
	var w struct {
		tag int
		m   runtime.MemStats
	}
	w.tag = 7
	runtime.ReadMemStats(&w.m)
	fmt.Println("heap and field:", p.EnableGC, w.m.EnableGC, w.tag, unsafe.Offsetof(w.m))
	runtime.KeepAlive(p)
}
