// Golden: frames pushed and popped by a few calls with arguments and
// multiple results.
package main

import "fmt"

func add(a, b int) int {
	return a + b
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	s := add(2, 3)
	q, r := divmod(17, s)
	fmt.Println(s, q, r)
}
