// Sending copies the value: a struct or an array sent and then changed by
// the sender arrives as it was at the send; a pointer sent shares its
// target. Channels of large elements ([32]int, 256 bytes) work the same.
package main

import "fmt"

type rec struct {
	name string
	vals [3]int
	p    *int
}

func main() {
	ch := make(chan rec, 2)
	n := 1
	r := rec{"first", [3]int{1, 2, 3}, &n}
	ch <- r
	r.name = "changed"
	r.vals[0] = 100
	n = 42
	ch <- r
	a := <-ch
	b := <-ch
	fmt.Println(a.name, a.vals, *a.p)
	fmt.Println(b.name, b.vals, *b.p)

	big := make(chan [32]int, 3)
	var arr [32]int
	for i := 0; i < 3; i++ {
		for j := range arr {
			arr[j] = i*100 + j
		}
		big <- arr
	}
	for i := 0; i < 3; i++ {
		got := <-big
		fmt.Println(got[0], got[31], len(big))
	}
}
