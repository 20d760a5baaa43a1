// Calling a nil func value (issue 6, func) panics as a nil dereference,
// exit 2, the traceback ending in the caller.
package main

import "fmt"

var handler func(int) int

func run(f func(int) int) int {
	return f(1) + 1
}

func main() {
	fmt.Println("before")
	fmt.Println(run(handler))
}
