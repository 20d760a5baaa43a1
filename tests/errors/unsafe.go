// Package unsafe: Sizeof, Alignof and Offsetof are constants; the rest of
// the package is not supported yet (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.

package main

import "unsafe"

type E struct{ x int }
type T struct {
	a int8
	E
}
type P struct{ *E }

const size = unsafe.Sizeof(T{})    // fine: 16
const off = unsafe.Offsetof(T{}.x) // fine: 8

var arr [size]byte // a constant

func main() {
	var t T
	var p P
	_ = unsafe.Offsetof(t)   // ERROR "invalid argument: t is not a selector expression"
	_ = unsafe.Offsetof(p.x) // ERROR "invalid argument: field x is embedded via a pointer in P"
	_ = unsafe.Offsetof(t.y) // ERROR "invalid argument: T has no single field y"
	_ = unsafe.Sizeof()      // ERROR "invalid operation: not enough arguments for unsafe\.Sizeof\(\) \(expected 1, found 0\)"
	_ = unsafe.Foo           // ERROR "undefined: unsafe\.Foo"
	_ = unsafe.Alignof(t, t) // ERROR "invalid operation: too many arguments for unsafe\.Alignof\(t, t\) \(expected 1, found 2\)"
	_ = len(arr) + off       // ERROR "invalid operation: len\(arr\) \+ off \(mismatched types int and uintptr\)"
}
