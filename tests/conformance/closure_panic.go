// A panic inside nested closures (issue 6, func): the traceback names them
// as gc does, main.main.func1 and main.main.func1.1.
package main

import "fmt"

func main() {
	xs := []int{1, 2, 3}
	outer := func(i int) int {
		inner := func() int {
			return xs[i]
		}
		return inner()
	}
	fmt.Println(outer(1))
	fmt.Println(outer(5))
}
