// Slicing a string past its length panics:
// "slice bounds out of range [:5] with length 3".
package main

import "fmt"

func main() {
	s := "abc"
	hi := 2
	fmt.Println(s[:hi])
	hi = 5
	fmt.Println(s[1:hi])
}
