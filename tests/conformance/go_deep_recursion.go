// Deep recursion in four goroutines at once: each starts on its own small
// stack and grows it independently (to different depths) while the others
// are suspended in the middle of theirs; every frame's values survive the
// moves. Results are sent back tagged, so arrival order does not matter.
package main

import "fmt"

type res struct {
	id  int
	sum int
}

func deep(n int, acc int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return acc
	}
	r := deep(n-1, acc+n)
	return r + pad[n%8] - n
}

func climb(id int, depth int, out chan<- res) {
	out <- res{id, deep(depth, 0)}
}

func main() {
	out := make(chan res)
	depths := [4]int{10000, 50000, 2000, 100000}
	for i, d := range depths {
		go climb(i, d, out)
	}
	var sums [4]int
	for i := 0; i < 4; i++ {
		r := <-out
		sums[r.id] = r.sum
	}
	for i, d := range depths {
		fmt.Println("goroutine", i, "depth", d, "sum", sums[i], sums[i] == d*(d+1)/2)
	}
}
