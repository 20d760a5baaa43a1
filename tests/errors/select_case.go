// A select case that is neither a send nor a receive (issue 5): types2
// checks neither it nor its body, so what they use stays unused.
//
// Checked against go 1.19 (go build): same positions (an expression
// statement's is its call's '(', its operator's), and "declared and not
// used: c", today's wording (1.19: "c declared but not used").

package main

func f() int { return 1 }

func main() {
	var c chan int // ERROR "declared and not used: c"
	select {
	case f(): // ERROR "select case must be send or receive \(possibly with assignment\)"
	case c: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case 1 + 2: // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
}
