// Runtime errors are panics like any other: recoverable, their value
// printing as the error's message.
package main

import "fmt"

func report() {
	if r := recover(); r != nil {
		fmt.Println("recovered:", r)
	}
}

func index(xs []int, i int) int {
	defer report()
	return xs[i]
}

func slice(s string, i int) string {
	defer report()
	return s[i:]
}

func store(m map[string]int) {
	defer report()
	m["k"] = 1
}

func deref(p *Point) int {
	defer report()
	return p.Y
}

func divide(a, b int) int {
	defer report()
	return a / b
}

func closeTwice() {
	defer report()
	c := make(chan int)
	close(c)
	close(c)
}

type Point struct{ X, Y int }

func main() {
	fmt.Println(index([]int{1}, 3))
	fmt.Println(slice("abc", 5))
	store(nil)
	fmt.Println(deref(nil))
	fmt.Println(divide(1, 0))
	closeTwice()
	fmt.Println("still running")
}
