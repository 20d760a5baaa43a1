// Type declarations: recursive types, struct fields, array lengths, map
// keys, field selectors (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.

package main

var n = 3

type R [2]R            // ERROR "invalid recursive type R"
type A1 struct{ b B1 } // ERROR "invalid recursive type A1"
type B1 struct{ a A1 }
type K = K                     // ERROR "invalid recursive type K"
type List struct{ next *List } // fine: through a pointer
type T struct {
	a int
	a string // ERROR "a redeclared"
}
type Arr [n]int      // ERROR "invalid array length n"
type Neg [-1]int     // ERROR "invalid array length \-1 \(untyped int constant\)"
type Str ["a"]int    // ERROR "array length .a. \(untyped string constant\) must be integer"
type Open [...]int   // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"
type M map[[]int]int // ERROR "invalid map key type \[\]int"

func main() {}
