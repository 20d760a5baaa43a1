// Collatz sequences: the steps for a few numbers, the longest chain below
// 10000, and the peak value reached.
package main

import "fmt"

func steps(n int) (count int, peak int) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
		count++
	}
	return
}

func main() {
	n := 6
	for n != 1 {
		fmt.Print(n, " -> ")
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
	}
	fmt.Println(1)
	for start := 1; start < 100; start = start*3 + 1 {
		c, p := steps(start)
		fmt.Println(start, "takes", c, "steps, peak", p)
	}
	best, bestLen := 0, 0
	for i := 1; i < 10000; i++ {
		if c, _ := steps(i); c > bestLen {
			best, bestLen = i, c
		}
	}
	fmt.Println("longest below 10000:", best, "with", bestLen, "steps")
}
