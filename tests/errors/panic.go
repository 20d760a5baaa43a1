// panic's arguments (issue 6): exactly one, and the call has no value.
// A call of panic ends a function with results (a terminating statement),
// also inside parentheses.
//
// Checked against go 1.19 (go build -gcflags=-e): same messages at the
// same positions.

package main

func sign(n int) int {
	if n < 0 {
		return -1
	}
	panic("zero or positive")
}

func paren(n int) int {
	if n < 0 {
		return -1
	}
	(panic("x"))
}

func notLast(n int) int {
	panic("x")
	n++
} // ERROR "missing return"

func main() {
	panic()         // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	panic(1, 2)     // ERROR "invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
	x := panic("a") // ERROR "panic\(.a.\) \(no value\) used as value"
	_ = x
	_, _, _ = sign(1), paren(1), notLast(1)
}
