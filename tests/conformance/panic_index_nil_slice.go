// Indexing a nil slice panics with "index out of range [0] with length 0"
// and exit status 2: a nil slice has length 0; len, cap, range and append
// work on it.
package main

import "fmt"

func first(s []string) string {
	return s[0]
}

func main() {
	var names []string
	fmt.Println(len(names), cap(names), names == nil)
	for range names {
		fmt.Println("never")
	}
	more := append(names, "a")
	fmt.Println(first(more), names == nil)
	fmt.Println(first(names))
	fmt.Println("not reached")
}
