// Package runtime (issue 4): runtime.ReadMemStats(nil) faults inside the
// runtime, which Go reports as a fatal error (not a recoverable panic):
// "fatal error: unexpected signal during runtime execution", exit status 2.
// Output written before it is kept.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	var p *runtime.MemStats
	fmt.Println("before")
	runtime.ReadMemStats(p)
	fmt.Println("not reached")
}
