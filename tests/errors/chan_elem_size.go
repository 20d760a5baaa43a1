// gc's back end refuses a channel whose element takes 64 KiB or more
// (types.CalcSize: "channel element type too large (>64kB)"), after type
// checking succeeded, at the make's '(' or the declared variable (issue 5).
//
// Checked against go 1.19 (go build): same positions and messages.

package main

type Big [1 << 16]byte

var g chan [1 << 16]byte // ERROR "channel element type too large \(>64kB\)"

func main() {
	var c chan Big // ERROR "channel element type too large \(>64kB\)"
	d := make(chan [1 << 16]byte) // ERROR "channel element type too large \(>64kB\)"
	e := make(chan [1<<16 - 1]byte, 1)
	_, _, _ = c, d, e
}
