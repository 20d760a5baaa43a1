// A nil pointer to a struct whose field lies past 2 GiB: the offset does
// not fit a LOAD/STORE immediate, the address is computed after a nil
// check, and the store panics as Go's does (diff3 B17).
package main

import "fmt"

type H struct {
	a [1<<31 + 8]byte
	b int
}

func main() {
	var h *H
	fmt.Println(h == nil, len(h.a))
	h.b = 5
	fmt.Println("unreachable")
}
