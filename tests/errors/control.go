// Conditions, labels, break, continue and fallthrough.
//
// Checked against go 1.19: identical messages and positions. gc checks
// branches and labels in its parser (syntax.checkBranches); so does govm,
// before type checking.

package main

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
	}
	for x { // ERROR "non-boolean condition in for statement"
	}
L: // ERROR "label L defined and not used"
	for {
		break
	}
M:
	if x > 0 {
		break M // ERROR "invalid break label M"
	}
N:
	switch x {
	case 1:
		continue N // ERROR "invalid continue label N"
	}
	for {
		break Q // ERROR "break label not defined: Q"
	}
	switch x {
	case 1:
		if x > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 2:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	break // ERROR "break is not in a loop, switch, or select"
}
