// make([]T, len, cap) with a variable capacity below the length panics with
// "makeslice: cap out of range" and exit status 2.
package main

import "fmt"

func main() {
	c := 10
	s := make([]int, 5, c)
	fmt.Println(len(s), cap(s))
	c = 2
	t := make([]int, 5, c)
	fmt.Println("not reached", len(t))
}
