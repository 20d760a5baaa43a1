// A negative variable index panics with "index out of range [-1]" (no
// length is printed for a negative index) and exit status 2.
package main

import "fmt"

func at(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	i := len(s) - 1
	fmt.Println(at(s, i))
	i -= 3
	fmt.Println(at(s, i))
	fmt.Println("not reached")
}
