// An out-of-range index of an unsigned type is reported as unsigned, with
// the length (Go's panicIndexU), where a negative signed one is not.
package main

import "fmt"

func main() {
	s := "hello"
	var i uint64 = 18446744073709551615
	fmt.Println("before")
	fmt.Println(s[i])
}
