// Pointers, nil and comparisons (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.

package main

type T struct{ a int }

func f() int { return 1 }

func main() {
	var t T
	var p *T = &t
	var s []int
	var a [3]int
	_ = &T{}
	_ = &f()   // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	_ = &1     // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	_ = *t     // ERROR "invalid operation: cannot indirect t \(variable of type T\)"
	_ = p < p  // ERROR "invalid operation: p < p \(operator < not defined on pointer\)"
	_ = s == s // ERROR "invalid operation: s == s \(slice can only be compared to nil\)"
	var st struct{ s []int }
	_ = st == st   // ERROR "invalid operation: st == st \(struct containing \[\]int cannot be compared\)"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	_ = t == nil   // ERROR "invalid operation: t == nil \(mismatched types T and untyped nil\)"
	_ = a == nil   // ERROR "invalid operation: a == nil \(mismatched types \[3\]int and untyped nil\)"
}
