// A call with several results can be the whole argument list of another
// call, also of the variadic fmt.Println and fmt.Print: each result becomes
// one operand.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func named() (s string, n int, ok bool) {
	return "named", 3, true
}

func pair() (int8, uint8) {
	return -1, 255
}

func main() {
	fmt.Println(divmod(100, 7))
	fmt.Println(named())
	fmt.Print(pair())
	fmt.Println()
}
