// A deferred call that panics while a panic is running: both are reported,
// the first one first; the deferred calls left still run.
package main

import "fmt"

func broken() {
	var m map[int]int
	m[1] = 2
}

func main() {
	defer fmt.Println("runs after both panics started")
	defer broken()
	panic("the first panic")
}
