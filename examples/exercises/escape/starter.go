// escape (starter): make summarize keep its local s in its own frame,
// where the compiler now moves it to the heap. The task is in README.md.
package main

import "fmt"

type Summary struct {
	Min, Max, Sum int
}

// last remembers the latest summary, for a debugging page.
var last *Summary

// summarize returns the smallest, the largest and the sum of xs (not empty).
func summarize(xs []int) Summary {
	var s Summary
	s.Min, s.Max = xs[0], xs[0]
	for _, x := range xs {
		if x < s.Min {
			s.Min = x
		}
		if x > s.Max {
			s.Max = x
		}
		s.Sum += x
	}
	last = &s
	return s
}

func main() {
	a := summarize([]int{3, 1, 4, 1, 5, 9, 2, 6})
	b := summarize([]int{2, 7, 1, 8, 2, 8})
	fmt.Println("a:", a.Min, a.Max, a.Sum)
	fmt.Println("b:", b.Min, b.Max, b.Sum)
	fmt.Println("last sum:", last.Sum)
}
