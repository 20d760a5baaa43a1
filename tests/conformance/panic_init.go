// A panic while initializing package variables, before main runs: the
// message is the usual one and the program exits with status 2.
package main

import "fmt"

var ready = setup()
var ratio = total / count
var total = 100
var count = zero()

func setup() bool {
	fmt.Println("setup runs first")
	return true
}

func zero() int {
	fmt.Println("count is zero")
	return 0
}

func main() {
	fmt.Println("main never runs", ready, ratio)
}
