// main with parameters; a variable alone as a statement.
//
// Checked against go 1.19: identical messages and positions.

package main

func main(args int) int { // ERROR "func main must have no arguments and no return values"
	x := args
	x // ERROR "x \(variable of type int\) is not used"
	return x
}
