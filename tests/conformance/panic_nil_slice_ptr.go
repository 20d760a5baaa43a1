// Indexing through a nil pointer to an array panics with "invalid memory
// address or nil pointer dereference", exit status 2; len of a nil
// *array is still its constant length.
package main

import "fmt"

func sum(a *[4]int) int {
	t := 0
	for i := 0; i < len(a); i++ {
		t += a[i]
	}
	return t
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	fmt.Println(sum(&arr))
	var none *[4]int
	fmt.Println(len(none))
	fmt.Println(sum(none))
	fmt.Println("not reached")
}
