// Indexing a slice past its length with a variable index panics with
// "index out of range [5] with length 3" and exit status 2, even though the
// backing array has room (capacity does not count).
package main

import "fmt"

func get(s []int, i int) int {
	return s[i]
}

func main() {
	s := make([]int, 3, 10)
	for i := range s {
		s[i] = i * i
	}
	fmt.Println(get(s, 2), len(s), cap(s))
	i := 5
	fmt.Println(get(s, i))
	fmt.Println("not reached")
}
