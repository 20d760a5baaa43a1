// Integer division by a zero variable panics with
// "panic: runtime error: integer divide by zero" and exit status 2; output
// written before the panic stays written.
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	fmt.Println("10 / 2 =", div(10, 2))
	zero := 0
	fmt.Println("about to divide by", zero)
	fmt.Println(div(1, zero))
	fmt.Println("not reached")
}
