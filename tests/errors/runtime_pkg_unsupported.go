// Package runtime (issue 4): govm offers GC, KeepAlive, ReadMemStats and
// MemStats (and, issue 5, Gosched and NumGoroutine); the package's other
// names are refused by name. (Reading MemStats.GCCPUFraction, a float64,
// is fine since issue 6.)
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
	_ = m.GCCPUFraction                    // fine since issue 6
	fmt.Println(t.m.GCCPUFraction > 0)     // fine since issue 6
	runtime.Goexit()                       // ERROR "govm does not support runtime\.Goexit yet"
	_ = runtime.NumCPU                     // ERROR "govm does not support runtime\.NumCPU yet"
	var fr runtime.Frame                   // ERROR "govm does not support runtime\.Frame yet"
	runtime.SetFinalizer(p, nil)           // ERROR "govm does not support runtime\.SetFinalizer yet"
	_ = m == *p                            // fine since issue 6 (floats compare as floats)
	runtime.KeepAlive(nil)                 // fine since issue 6 (nil interface values)
	_ = fr
	runtime.GC()
}
