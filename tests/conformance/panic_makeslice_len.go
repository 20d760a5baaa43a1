// make([]T, n) with a negative variable length panics with
// "makeslice: len out of range" and exit status 2 (a negative constant
// would be a compile error instead).
package main

import "fmt"

func buffer(n int) []byte {
	return make([]byte, n)
}

func main() {
	fmt.Println(len(buffer(4)))
	n := 3 - 5
	b := buffer(n)
	fmt.Println("not reached", len(b))
}
