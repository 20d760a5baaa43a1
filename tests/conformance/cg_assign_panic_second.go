// x[1], x[3] = 4, 5 (the spec's example): the values are evaluated, x[1]
// is set, then setting x[3] panics.
package main

import "fmt"

func f(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func main() {
	x := []int{1, 2, 3}
	fmt.Println("before", x)
	x[f("i", 1)], x[f("j", 3)] = f("x", 4), f("y", 5)
	fmt.Println("not reached", x)
}
