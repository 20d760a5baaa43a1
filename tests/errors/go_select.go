// Go statements and select (issue 5): types2's errors for misuse, and
// govm's refusals (a go statement runs a package-level function).
//
// Checked against go 1.19 (go build): same positions and messages for the
// errors (1.19 says "y declared but not used", today's Go "declared and not
// used: y"); the refusals (go with a builtin or a package's function) are
// valid Go, which gc builds.

package main

import "fmt"

func f() int { return 1 }
func g(a, b int) {}
func two() (int, int) { return 1, 2 }

func main() {
	var c chan int
	x := 1
	go len("abc")  // ERROR "go discards result of len\(.abc.\) \(constant 3 of type int\)"
	go int(x)      // ERROR "go requires function call, not conversion int\(x\) \(value of type int\)"
	go f()
	go g(two())
	go println(x)  // ERROR "govm does not support go statements calling built-in println yet"
	go fmt.Print() // ERROR "govm does not support go statements calling fmt\.Print yet"
	select {
	case c <- 1:
	case x = <-c:
	case y, ok := <-c: // ERROR "declared and not used: y" "declared and not used: ok"
	case <-c:
	default:
	default: // ERROR "multiple defaults \(first at go_select.go:LINE-1:2\)"
	}
}
