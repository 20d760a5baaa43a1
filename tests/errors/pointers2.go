// Pointers, nil and comparisons, continued (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.

package main

type T struct{ a int }

func main() {
	var m map[string]int
	var s []int
	var p *T
	_ = p == nil && s != nil && m == nil && nil != p // fine
	_ = m == m                                       // ERROR "invalid operation: m == m \(map can only be compared to nil\)"
	x := nil                                         // ERROR "use of untyped nil in assignment"
	_ = x
	var n = nil     // ERROR "use of untyped nil in variable declaration"
	var i int = nil // ERROR "cannot use nil as int value in variable declaration"
	_ = nil.x       // ERROR "nil\.x undefined \(type untyped nil has no field or method x\)"
	_ = *nil        // ERROR "invalid operation: cannot indirect nil"
	_ = new(1)      // ERROR "1 is not a type"
	_, _ = n, i
}
