// Package runtime (issue 4): misuse of GC, KeepAlive, ReadMemStats and
// MemStats is reported as gc reports it, through their Go signatures.
//
// Checked against go 1.19 (go build): same positions; go 1.19 says "as type
// *runtime.MemStats" where today's Go (and govm) say "as *runtime.MemStats
// value", and today's Go adds "(but have GC)" to a name differing only in
// case, as it does for fmt.

package main

import "runtime"

func main() {
	var m runtime.MemStats
	runtime.Foo()           // ERROR "undefined: runtime\.Foo$"
	runtime.gc()            // ERROR "undefined: runtime\.gc"
	runtime.ReadMemStats(m) // ERROR "cannot use m \(variable of type runtime\.MemStats\) as \*runtime\.MemStats value in argument to runtime\.ReadMemStats"
	runtime.GC(1)           // ERROR "too many arguments in call to runtime\.GC\n\thave \(number\)\n\twant \(\)"
	x := runtime.GC()       // ERROR "runtime\.GC\(\) \(no value\) used as value"
	runtime.KeepAlive()     // ERROR "not enough arguments in call to runtime\.KeepAlive\n\thave \(\)\n\twant \(any\)"
	var n runtime.memStats  // ERROR "undefined: runtime\.memStats"
	_ = m.Bogus             // ERROR "m\.Bogus undefined \(type runtime\.MemStats has no field or method Bogus\)"
	_ = x
	_ = n
}
