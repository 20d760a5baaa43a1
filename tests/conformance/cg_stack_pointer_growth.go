// A pointer to a stack variable passed down a deep recursion with large frames: the stack grows and is copied, and the pointer is adjusted; a parameter moved to the heap.
package main

import "fmt"

type Acc struct{ sum int }

func add(a *Acc, n int) {
	if n == 0 {
		return
	}
	var pad [20]int
	pad[n%20] = n
	a.sum += pad[n%20]
	add(a, n-1)
}

func param(v int) *int {
	return &v
}

func main() {
	var acc Acc
	p := &acc
	add(p, 2000)
	fmt.Println(acc.sum, p.sum)
	q := param(41)
	*q++
	fmt.Println(*q)
}
