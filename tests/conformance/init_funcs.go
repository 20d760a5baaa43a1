// Several init functions run in source order, after every package-level
// variable has been initialized and before main.
package main

import "fmt"

var counter = start()

func start() int {
	fmt.Println("var initializer runs first")
	return 10
}

func init() {
	fmt.Println("init 1 sees counter =", counter)
	counter++
}

func main() {
	fmt.Println("main sees counter =", counter)
	fmt.Println("steps:", steps)
}

func init() {
	fmt.Println("init 2 sees counter =", counter)
	counter *= 2
	steps += "b"
}

var steps = "a"

func init() {
	fmt.Println("init 3")
	steps += "c"
}
