// Fan-in with select: two producers send on their own channels at their own
// pace; main selects over both until each is closed, turning a closed
// channel into nil so that its case is never chosen again. The interleaving
// varies, so main prints the per-source counts and sums and the merged
// values sorted.
package main

import "fmt"

func produce(base int, n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- base + i
	}
	close(out)
}

func insert(s []int, v int) []int {
	s = append(s, v)
	for i := len(s) - 1; i > 0 && s[i-1] > s[i]; i-- {
		s[i-1], s[i] = s[i], s[i-1]
	}
	return s
}

func main() {
	a := make(chan int)
	b := make(chan int, 3)
	go produce(100, 7, a)
	go produce(200, 5, b)
	var merged []int
	na, nb, sa, sb := 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			na++
			sa += v
			merged = insert(merged, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			nb++
			sb += v
			merged = insert(merged, v)
		}
	}
	fmt.Println("from a:", na, sa)
	fmt.Println("from b:", nb, sb)
	fmt.Println(merged)
}
