// b[j], p.x = 1, 2 with p nil and j out of range: b[j] is assigned first,
// so its bounds check panics (see cg_assign_panic_nil_first.go).
package main

import "fmt"

type T struct{ x int }

func main() {
	b := []int{4}
	var p *T
	j := 5
	fmt.Println("start", len(b), p == nil, j)
	b[j], p.x = 1, 2
	fmt.Println("not reached")
}
