// Package runtime (issue 4): govm offers GC, KeepAlive, ReadMemStats and
// MemStats (and, issue 5, Gosched and NumGoroutine); the package's other
// names are refused by name, and so is
// reading MemStats.GCCPUFraction, a float64 (declaring a MemStats, and
// unsafe.Offsetof of that field, are fine).
//
// go 1.19 builds this file without errors.

package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type T struct{ m runtime.MemStats }

func main() {
	var m runtime.MemStats
	var t T
	p := &m
	_ = unsafe.Offsetof(m.GCCPUFraction)
	_ = m.GCCPUFraction                    // ERROR "govm does not support float64 yet"
	fmt.Println(t.m.GCCPUFraction > 0)     // ERROR "govm does not support float64 yet"
	runtime.Goexit()                       // ERROR "govm does not support runtime\.Goexit yet"
	_ = runtime.NumCPU                     // ERROR "govm does not support runtime\.NumCPU yet"
	var fr runtime.Frame                   // ERROR "govm does not support runtime\.Frame yet"
	runtime.SetFinalizer(p, nil)           // ERROR "govm does not support runtime\.SetFinalizer yet"
	_ = m == *p                            // ERROR "govm does not support comparison of runtime\.MemStats yet"
	runtime.KeepAlive(nil)                 // ERROR "govm does not support nil interface values yet"
	_ = fr
	runtime.GC()
}
