// no_alloc (solution): digitSum keeps its digits in a buffer of constant
// size. A make whose size is a constant, and whose slice never outlives
// the call, is placed in digitSum's own frame: no heap allocation.
package main

import "fmt"

// width returns how many decimal digits n has.
func width(n int) int {
	w := 1
	for n >= 10 {
		n /= 10
		w++
	}
	return w
}

// digitSum returns the sum of n's decimal digits. It is the hot function:
// main calls it for every number from 1 to 1000.
func digitSum(n int) int {
	// An int has at most 20 decimal digits: the capacity is a constant.
	digits := make([]int, 0, 20)
	for w := width(n); w > 0; w-- {
		digits = append(digits, n%10)
		n /= 10
	}
	sum := 0
	for _, d := range digits {
		sum += d
	}
	return sum
}

func main() {
	total := 0
	for n := 1; n <= 1000; n++ {
		total += digitSum(n)
	}
	fmt.Println("sum of the digit sums of 1..1000:", total)
}
