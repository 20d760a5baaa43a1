// p.x, b[j] = 1, 2 with p nil and j out of range: the assignments are
// carried out in order, so the nil dereference comes first; the order
// reversed, the index check does (cg_assign_panic_index_first.go).
package main

import "fmt"

type T struct{ x int }

func main() {
	b := []int{4}
	var p *T
	j := 5
	fmt.Println("start", len(b), p == nil, j)
	p.x, b[j] = 1, 2
	fmt.Println("not reached")
}
