// Composite literals: structs, arrays, slices, maps, elided types
// (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.

package main

type T struct {
	a int
	B string
}
type P struct{ X, Y int }

func main() {
	_ = []*P{{1, 2}, {Y: 1}, nil, &P{}} // fine
	_ = T{1}                            // ERROR "too few values in T\{…\}"
	_ = T{1, "a", 3}                    // ERROR "too many values in T\{…\}"
	_ = T{a: 1, "x"}                    // ERROR "mixture of field:value and value elements in struct literal"
	_ = T{c: 1}                         // ERROR "unknown field 'c' in struct literal of type T"
	_ = T{a: 1, a: 2}                   // ERROR "duplicate field name a in struct literal"
	_ = [3]int{1, 2, 3, 4}              // ERROR "index 3 is out of bounds \(>= 3\)"
	_ = [3]int{5: 1}                    // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = []int{1: 1, 1: 2}               // ERROR "duplicate index 1 in array or slice literal"
	_ = []P{{1, 2}, {3}}                // ERROR "too few values in struct\{X int; Y int\}\{…\}"
}
