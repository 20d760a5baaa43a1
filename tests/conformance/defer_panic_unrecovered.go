// A panic runs the deferred calls of every frame on its way out, the
// innermost first, then the program reports it (the traceback is the
// goroutine's when the panic started) and exits with status 2.
package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func inner(xs []int, i int) int {
	defer cleanup("inner")
	return xs[i]
}

func middle(xs []int) int {
	defer cleanup("middle 1")
	defer cleanup("middle 2")
	return inner(xs, 7) + 1
}

func main() {
	defer fmt.Println("main's defer")
	fmt.Println(middle([]int{1, 2, 3}))
	fmt.Println("not reached")
}
