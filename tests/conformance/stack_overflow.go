// Infinite recursion exhausts the 1 GB maximum stack. Go prints
// "runtime: goroutine stack exceeds 1000000000-byte limit" then
// "fatal error: stack overflow" and exits with status 2. The test compares
// only the first line of stderr.
package main

import "fmt"

func forever(n int) int {
	return forever(n+1) + 1
}

func main() {
	fmt.Println("recursing")
	fmt.Println(forever(0))
}
