// escape (solution): storing &s in a global let s outlive summarize's
// frame, so the compiler moved s to the heap. Keeping a copy of the value
// instead (last is a Summary, not a *Summary) lets s stay in the frame.
package main

import "fmt"

type Summary struct {
	Min, Max, Sum int
}

// last remembers the latest summary, for a debugging page.
var last Summary

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
	last = s
	return s
}

func main() {
	a := summarize([]int{3, 1, 4, 1, 5, 9, 2, 6})
	b := summarize([]int{2, 7, 1, 8, 2, 8})
	fmt.Println("a:", a.Min, a.Max, a.Sum)
	fmt.Println("b:", b.Min, b.Max, b.Sum)
	fmt.Println("last sum:", last.Sum)
}
