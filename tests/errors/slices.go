// Arrays and slices: indices, slicing, make (issue 3).
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.

package main

func main() {
	var a [3]int
	var s []int
	m := map[string]int{}
	_ = a[5]               // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = s[-1]              // ERROR "invalid argument: index \-1 \(constant of type int\) must not be negative"
	_ = [...]int{1, 2}[:5] // ERROR "invalid operation: \[\.\.\.\]int\{…\} \(value of type \[2\]int\) \(slice of unaddressable value\)"
	_ = a[1:5]             // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
	_ = a[2:1]             // ERROR "invalid slice indices: 1 < 2"
	_ = s[1:2:1]           // ERROR "invalid slice indices: 1 < 2"
	_ = m[1:2]             // ERROR "invalid operation: cannot slice m \(variable of type map\[string\]int\)"
	_ = []int{1, 2}[5]
	_ = [2]int{1}[5] // ERROR "invalid argument: index 5 out of bounds \[0:2\]"
	_ = m
}
