// More branches: continue outside a loop, labels that are fine.
//
// Checked against go 1.19: identical messages and positions.

package main

func main() {
	continue // ERROR "continue is not in a loop"
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	switch {
	case true:
		fallthrough
	default:
	}
	fallthrough // ERROR "fallthrough statement out of place"
L: // ERROR "label L defined and not used"
	for {
	}
L: // ERROR "label L already defined at .*control2.go:26:1"
	for {
	}
}
