// A deferred call that recovers and then panics again: Go reports the
// first panic as recovered, then the new one.
package main

import "fmt"

func rethrow() {
	r := recover()
	fmt.Println("recovered", r, "and panicking again")
	panic("second failure")
}

func run() {
	defer rethrow()
	panic("first failure")
}

func main() {
	defer fmt.Println("main's defer still runs")
	run()
}
