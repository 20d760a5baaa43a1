// Slicing with a low bound above the high bound panics with
// "slice bounds out of range [3:2]" and exit status 2.
package main

import "fmt"

func window(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(window(s, 1, 3))
	fmt.Println(window(s, 3, 2))
	fmt.Println("not reached")
}
