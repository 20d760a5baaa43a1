// b[j], c = 2, q.x: after an assignment to memory (b[j]), a value that
// reads memory is copied before the assignments (gc's ascompatee), so the
// nil dereference of q comes before b[j]'s bounds check.
package main

import "fmt"

type T struct{ x int }

func main() {
	b := []int{4}
	var q *T
	j, c := 5, 1
	fmt.Println("start", b, q == nil, j, c)
	b[j], c = 2, q.x
	fmt.Println("not reached", c)
}
