// Composite literals, continued: maps and literal types (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.

package main

type P struct{ X, Y int }

func main() {
	var i int
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key .a. in map literal"
	_ = map[string]int{1}              // ERROR "missing key in map literal"
	_ = map[P]string{{1, 2}: "a", {1, 2}: "b"}
	_ = map[string]*P{"a": {1, 2}, "b": {Z: 1}} // ERROR "unknown field 'Z' in struct literal of type P"
	_ = int{1}                                  // ERROR "invalid composite literal type int"
	_ = []int{{1}}                              // ERROR "invalid composite literal type int"
	_ = []int{i: 1}                             // ERROR "index i must be integer constant"
	_ = []int{"a"}                              // ERROR "cannot use .a. \(untyped string constant\) as int value in array or slice literal"
	_ = [2][2]int{{1, 2, 3}}                    // ERROR "index 2 is out of bounds \(>= 2\)"
}
