// make, new, append, copy, delete, len and cap (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.

package main

func main() {
	var s []int
	var b []byte
	var str string
	m := map[string]int{}
	_ = make([]int)                // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, -1)            // ERROR "invalid argument: index \-1 \(constant of type int\) must not be negative"
	_ = make([]int, 5, 2)          // ERROR "invalid argument: length and capacity swapped"
	_ = make(int, 1)               // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make(map[string]int, 1, 2) // ERROR "invalid operation: make\(map\[string\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = append(1, 2)               // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	_ = append(s, "a")             // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to append"
	_ = copy(s, 1)                 // ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]int\) and 1 \(untyped int constant\)"
	_ = copy(b, s)                 // ERROR "invalid argument: arguments to copy b \(variable of type \[\]byte\) and s \(variable of type \[\]int\) have different element types byte and int"
	_, _ = str, m
}
