// Package runtime (issue 4): the collector's pacing. The program allocates
// 256 MiB in 1 KiB objects while keeping only the last 10 MiB of them alive
// (a ring), samples HeapAlloc every 1024 allocations, and checks that the
// heap never grew past 3 x the live heap + 4 MiB: with GOGC=100 the heap
// goal is about twice the live heap. The live heap is measured at the end,
// after a runtime.GC(), with the ring still alive.
//
// (govm) This needs the collector: without it HeapAlloc grows to 256 MiB.
//
// gc-stress: skip (256K allocations, each a full collection of a 10 MiB heap under --gc-stress)
package main

import (
	"fmt"
	"runtime"
)

type object [1024]byte

const (
	total = 256 << 20
	live  = 10 << 20
	every = 1024
)

func main() {
	ring := make([]*object, live/1024)
	var m runtime.MemStats
	var maxHeap uint64
	for i := 0; i < total/1024; i++ {
		o := new(object)
		o[0] = byte(i)
		ring[i%len(ring)] = o
		if i%every == 0 {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > maxHeap {
				maxHeap = m.HeapAlloc
			}
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	liveHeap := m.HeapAlloc
	fmt.Println("live heap at least the ring:", liveHeap >= live)
	fmt.Println("max < 3*live + 4 MiB:", maxHeap < 3*liveHeap+4<<20)
	fmt.Println("collected during the loop:", m.NumGC > 1)
	sum := 0
	for _, o := range ring {
		sum += int(o[0])
	}
	fmt.Println("ring intact:", sum)
	runtime.KeepAlive(ring)
}
