// Slicing with low > high panics with the other message shape:
// "slice bounds out of range [3:2]".
package main

import "fmt"

func main() {
	s := "abcdef"
	lo, hi := 1, 2
	fmt.Println(s[lo:hi])
	lo = 3
	fmt.Println(s[lo:hi])
}
