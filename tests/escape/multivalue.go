// errorcheck -m
// f(g()) with a multi-valued g: gc assigns g's results to temporaries
// (.autotmp_N) first, and those are what fmt converts to interface.
package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func words() (string, string) { return "multi", "value" }

func ptrs() (*int, *int) {
	a, b := 1, 2 // ERROR "moved to heap: a" "moved to heap: b"
	return &a, &b
}

func add(p, q *int) int { return *p + *q } // ERROR "p does not escape" "q does not escape"

func main() {
	fmt.Println(divmod(17, 5)) // ERROR "... argument does not escape" ".autotmp_0 escapes to heap" ".autotmp_1 escapes to heap"
	fmt.Println(words()) // ERROR "... argument does not escape" ".autotmp_2 escapes to heap" ".autotmp_3 escapes to heap"
	println(add(ptrs()))
}
