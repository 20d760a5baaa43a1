// Slice bounds of unsigned types are reported as unsigned (Go's
// panicSliceBU): here the low bound passes the length check on the high
// bound but is past it.
package main

import "fmt"

func main() {
	s := "hello"
	var lo uint = 18446744073709551615
	hi := 3
	fmt.Println(s[:hi])
	fmt.Println(s[lo:hi])
}
