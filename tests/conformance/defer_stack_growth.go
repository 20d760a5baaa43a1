// Deferred calls deep enough to grow the stack (which moves it) while a
// panic runs them: recovering still stops the panic, not recovering still
// lets it go on.
package main

import "fmt"

func deep(n int) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + pad[n%32] - n + 1
}

func heavy() {
	fmt.Println("heavy deferred call:", deep(5000))
}

func handler() {
	fmt.Println("deep again:", deep(20000))
	r := recover()
	fmt.Println("recovered:", r)
}

func f() {
	defer heavy()
	panic("after growth")
}

func g() (n int) {
	defer handler()
	n = 3
	f()
	return 4
}

func main() {
	fmt.Println("g returned", g())
	f()
}
